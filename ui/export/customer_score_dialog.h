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
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;
class QWidget;

namespace gugus::ui {

class Document;
class ScoringController;
struct Segmentation;

/// Segments ▸ Score one customer…: a form generated from a model's recipe (the current
/// segmentation's, or a saved model file's), one field per column the model reads: numbers with
/// the training range shown and read in the UI locale, categories as drop-downs of the training
/// categories (empty = missing), products as owns / does not own / not known; identifier columns
/// are not asked. "Score" runs core::scoreCustomer on the controller's customer runner and shows
/// the segment (colour, name, and its card when the model is the current segmentation's), the
/// distance or membership probability of every segment, the notes and the offers.
class CustomerScoreDialog : public QDialog {
    Q_OBJECT
public:
    /// Offers need this share of the segment to own the product (the Offers view's default).
    static constexpr double kOfferSupport = 0.3;

    CustomerScoreDialog(ScoringController* scoring, Document* document, QWidget* parent = nullptr);

    /// Reads the model file `path` (the form follows when it is read).
    QFuture<Outcome> loadModel(const QString& path);
    /// Takes the current segmentation's model.
    QFuture<Outcome> useCurrentSegmentation();
    /// Checks the form and scores the customer; a refusal is said in the dialog.
    QFuture<Outcome> score();

    /// The columns of the form, in order.
    QStringList columns() const;
    /// Types `text` into the field of `column` (a number field), or picks the item whose value
    /// is `text` in its drop-down ("" = missing / not known; products "1" / "0").
    bool setValue(const QString& column, const QString& text);
    /// The training range hint of a number field ("" for others).
    QString hint(const QString& column) const;
    QString segmentText() const;
    QString cardText() const;
    QString notesText() const;
    QString offersText() const;
    QString statusText() const;
    QTableWidget* valuesTable() const { return m_values; }

private:
    struct Field {
        enum class Kind { Number, Category, Product, Text };
        Kind kind = Kind::Number;
        QString column;
        QLineEdit* edit = nullptr;
        QComboBox* combo = nullptr;
        QLabel* hint = nullptr;
        double min = 0.0;
        double max = 0.0;
    };

    void retranslate();
    void setModel(std::shared_ptr<const core::SegmentModel> model, bool current);
    void clearForm();
    void addField(Field field, const QStringList& choices = {});
    void showScore(const core::CustomerScore& score);
    void showFailure(const QString& error);
    void fitTableHeight();
    void wordFields();
    QString valuesCaption(const core::CustomerScore& score) const;
    QString offersHtml(const core::CustomerScore& score) const;
    QColor colorOf(int segment) const;
    QString nameOf(int segment) const;

    ScoringController* m_scoring;
    Document* m_document;
    std::shared_ptr<const core::SegmentModel> m_model;
    /// The segmentation the model was made from when it is the current one (for the cards).
    std::shared_ptr<const Segmentation> m_segmentation;
    std::vector<Field> m_fields;
    std::optional<core::CustomerScore> m_last;
    QComboBox* m_source;
    QLineEdit* m_path;
    QPushButton* m_browse;
    QPushButton* m_load;
    QLabel* m_modelInfo;
    QWidget* m_formWidget;
    QFormLayout* m_form;
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
