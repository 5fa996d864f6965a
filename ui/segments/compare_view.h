#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace gugus::ui {

class CompareController;
class Document;

/// Cross-tabulates two segmentations of the same customers: a pinned one (rows) against the
/// current one (columns), e.g. demographic segments against product segments. Cells hold the
/// customers in both and their share of the row; the adjusted Rand index sums up the agreement.
/// The table is counted by `compare` on a worker.
class CompareView : public QWidget {
    Q_OBJECT
public:
    CompareView(Document* document, CompareController* compare, QWidget* parent = nullptr);

    QTableWidget* table() const { return m_table; }
    QString summary() const;

private:
    void refresh();

    Document* m_document;
    CompareController* m_compare;
    QLabel* m_intro;
    QPushButton* m_pin;
    QLabel* m_summary;
    QTableWidget* m_table;
};

} // namespace gugus::ui
