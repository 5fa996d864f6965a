#pragma once

#include "model/customer_score.h"
#include "support/outcome.h"

#include <QDialog>
#include <QFuture>
#include <QStringList>

#include <memory>
#include <optional>
#include <vector>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;
class QWidget;

namespace gugus::ui {

class CustomerForm;
class Document;
class ScoringController;
struct Segmentation;

/// Segments ▸ Score one customer…: a form generated from a model's recipe (the current
/// segmentation's, or a saved model file's; CustomerForm). "Score" runs core::scoreCustomer on
/// the controller's customer runner and shows the segment (colour, the name the Overview shows,
/// and its card when the model is the current segmentation's), the distance or membership
/// probability of every segment, the notes and the offers: products owned by at least the share
/// of the segment set in the Offers view, or, for a model file with no analysis open, the
/// documented default (core::kDefaultOfferSupport; model files keep no offer setting). The
/// dialog says which.
class CustomerScoreDialog : public QDialog {
    Q_OBJECT
public:
    CustomerScoreDialog(ScoringController* scoring, Document* document, QWidget* parent = nullptr);

    /// Reads the model file `path` (the form follows when it is read).
    QFuture<Outcome> loadModel(const QString& path);
    /// Takes the current segmentation's model.
    QFuture<Outcome> useCurrentSegmentation();
    /// Checks the form and scores the customer; a refusal is said in the dialog.
    QFuture<Outcome> score();

    /// The form (its columns, values, hints and units).
    CustomerForm* form() const { return m_form; }
    /// The columns of the form, in order (CustomerForm::columns).
    QStringList columns() const;
    /// CustomerForm::setValue: numbers in the column's display units.
    bool setValue(const QString& column, const QString& text);
    /// The training range hint of a number field, in its display units ("" for others).
    QString hint(const QString& column) const;
    /// The share of a segment that must own a product for the offers shown, and whether it is
    /// the Offers view's setting (else the documented default).
    double offerSupport() const;
    bool offerSupportIsAnalysts() const;
    QString segmentText() const;
    QString cardText() const;
    QString notesText() const;
    QString offersText() const;
    QString statusText() const;
    QTableWidget* valuesTable() const { return m_values; }

private:
    void retranslate();
    void setModel(std::shared_ptr<const core::SegmentModel> model, bool current);
    void clearForm();
    void showScore(const core::CustomerScore& score);
    void showFailure(const QString& error);
    void fitTableHeight();
    void wordModelInfo();
    QString valuesCaption(const core::CustomerScore& score) const;
    QString offersHtml(const core::CustomerScore& score) const;
    QColor colorOf(int segment) const;
    /// The name the Overview shows (and whether it is an unaccepted suggestion), or the model's.
    QString nameOf(int segment, bool* suggested = nullptr) const;

    ScoringController* m_scoring;
    Document* m_document;
    std::shared_ptr<const core::SegmentModel> m_model;
    /// The segmentation the model was made from when it is the current one (for the cards).
    std::shared_ptr<const Segmentation> m_segmentation;
    std::optional<core::CustomerScore> m_last;
    /// The offer setting the last Score used, for the words under its offers.
    struct {
        double share = 0.0;
        bool analysts = false;
    } m_scoredSupport;
    QComboBox* m_source;
    QLineEdit* m_path;
    QPushButton* m_browse;
    QPushButton* m_load;
    QLabel* m_modelInfo;
    CustomerForm* m_form;
    QLabel* m_segment;
    QLabel* m_card;
    QLabel* m_caption;
    QTableWidget* m_values;
    QLabel* m_notes;
    QLabel* m_offers;
    QLabel* m_status;
    QPushButton* m_score;
    QPushButton* m_close;
};

} // namespace gugus::ui
