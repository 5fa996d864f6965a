#pragma once

#include "profile/segment_profile.h"

#include <QStringList>
#include <QVector>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;
class QTableWidgetItem;

namespace gugus::ui {

class Document;

/// What a manager looks at first after a segmentation: a quality badge (the rating in plain
/// words, silhouette, k, customers), then one row per segment: colour and number, an editable
/// name (the user's, or else the suggested one from its traits), size and share, its three most
/// distinctive traits in words, its value (sum and mean per money column: columns whose unit is a
/// currency; the column is hidden when no column is money), the top offers ranked by reachable
/// customers × lift ("no clear offer" when lifts are near 1), and the dominant category of its most
/// distinctive categorical column. Renaming a segment here renames it everywhere (through the
/// Document).
class OverviewView : public QWidget {
    Q_OBJECT
public:
    enum Column { Segment, Name, Size, Value, Traits, Offers, Dominant, Action, ColumnCount };

    /// One segment row as shown, with the data it was worded from (for tests and the report).
    struct Row {
        int segment = 0;
        QString name;
        bool suggestedName = false; ///< the name is a suggestion, not the user's
        qint64 size = 0;
        double share = 0.0;
        QStringList moneyColumns;   ///< the money columns in profile order
        QVector<double> sums;       ///< per money column, in currency units (not stored units)
        QVector<double> means;      ///< the same per customer with a value
        QStringList traits;         ///< in words, strongest first (at most three)
        QStringList cautions;       ///< reasons to read it with care, short
        QStringList cautionDetails; ///< the same in full (TraitWords::flag)
        QStringList offers;         ///< product columns, best first; empty = no clear offer
        QString dominantColumn;
        QString dominantCategory;
    };

    explicit OverviewView(Document* document, QWidget* parent = nullptr);

    QLabel* badge() const { return m_badge; }
    QTableWidget* table() const { return m_table; }
    QVector<Row> rows() const { return m_rows; }
    /// The tallest a row gets: kMaxLines lines of the table's font (longer cells end in "…").
    int maxRowHeight() const;
    static constexpr int kMaxLines = 6;
    /// Gives every segment the user has not named its suggested name.
    void keepSuggestedNames();

private:
    void refresh();
    void fillRow(int row, const Row& data, const QStringList& offerText, const QString& dominant);
    /// The sums and means of the money columns for one segment.
    void addValue(Row& row, const core::SegmentProfile& segment) const;
    void onItemChanged(QTableWidgetItem* item);
    /// Sizes the text columns by their content within the table's width (the number and size
    /// columns keep their contents' width), so the Overview fits without a horizontal scroll bar
    /// on a 1,280 px screen; long cells wrap, and every cell's tooltip holds its whole text.
    void fitColumns();
    /// Rows as tall as their wrapped text, at most maxRowHeight().
    void fitRows();
    bool eventFilter(QObject* watched, QEvent* event) override;

    Document* m_document;
    QLabel* m_badge;
    QLabel* m_hint;
    QPushButton* m_keepNames;
    QTableWidget* m_table;
    QVector<Row> m_rows;
    bool m_filling = false;
};

} // namespace gugus::ui
