#include "segments/overview_view.h"

#include "metrics/silhouette_rating.h"
#include "profile/segment_flags.h"
#include "profile/segment_summary.h"
#include "profile/segment_traits.h"
#include "segments/quality_words.h"
#include "segments/shown_name.h"
#include "segments/trait_words.h"
#include "state/document.h"
#include "support/eliding_header.h"
#include "support/format.h"
#include "support/live_update.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <QEvent>

#include <algorithm>
#include <cmath>

namespace gugus::ui {

namespace {

constexpr int kTraits = 3;
constexpr int kOffers = 3;

QTableWidgetItem* readOnly(const QString& text) {
    auto* item = new QTableWidgetItem(text);
    item->setFlags(item->flags() & ~Qt::ItemIsEditable);
    return item;
}

} // namespace

OverviewView::OverviewView(Document* document, QWidget* parent)
    : QWidget(parent), m_document(document), m_badge(new QLabel(this)), m_hint(new QLabel(this)),
      m_keepNames(new QPushButton(this)), m_table(new QTableWidget(this)) {
    m_badge->setTextFormat(Qt::RichText);
    m_badge->setWordWrap(true);
    m_badge->setMargin(8);
    m_hint->setWordWrap(true);
    m_table->setHorizontalHeader(new ElidingHeader(Qt::Horizontal, m_table));
    m_table->setColumnCount(ColumnCount);
    m_table->verticalHeader()->setVisible(false);
    m_table->setWordWrap(true);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                             QAbstractItemView::SelectedClicked);
    auto* header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Fixed);
    header->setSectionResizeMode(Segment, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(Size, QHeaderView::ResizeToContents);
    m_table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_table->setTextElideMode(Qt::ElideRight);
    // The text columns share the viewport's width (fitColumns) whenever it changes.
    m_table->viewport()->installEventFilter(this);
    // Row heights follow the wrapped text: recomputed when a column changes width.
    connect(header, &QHeaderView::sectionResized, this, [this] { fitRows(); });
    auto* names = new QHBoxLayout;
    names->addWidget(m_hint, 1);
    names->addWidget(m_keepNames);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_badge);
    layout->addLayout(names);
    layout->addWidget(m_table, 1);
    connect(m_table, &QTableWidget::itemChanged, this, &OverviewView::onItemChanged);
    connect(m_keepNames, &QPushButton::clicked, this, &OverviewView::keepSuggestedNames);
    followSegmentation(this, document, [this] { refresh(); });
    refresh();
}

bool OverviewView::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_table->viewport() && event->type() == QEvent::Resize) {
        fitColumns();
    }
    return QWidget::eventFilter(watched, event);
}

void OverviewView::fitColumns() {
    // Each text column as wide as its content asks, when the table has the room; else at
    // least its header (an empty column, e.g. no recommended action yet, keeps only that) or a
    // readable minimum, and the rest of the width shared in proportion to what each column
    // still lacks, so the traits, the longest text, get the most. Cells then wrap, rows stop at
    // kMaxLines lines (fitRows), and every cell's tooltip holds its whole text.
    // The smallest readable width of each text column (up to its content's): the traits are
    // what a manager reads first, so they keep the most.
    struct Text {
        Column column;
        int readable;
    };
    constexpr Text kText[] = {{Name, 100},   {Value, 110},    {Traits, 240},
                              {Offers, 110}, {Dominant, 100}, {Action, 100}};
    constexpr int kPadding = 16; // the cell's margins and the grid line
    const QFontMetrics header(m_table->horizontalHeader()->font());
    const QFontMetrics cells(m_table->font());
    int fixed = 0;
    for (const Column c : {Segment, Size}) {
        fixed += m_table->isColumnHidden(c) ? 0 : m_table->columnWidth(c);
    }
    struct Want {
        Column column;
        int minimum;
        int natural;
        bool empty; ///< no text in any row: keeps its header's width
    };
    QVector<Want> wants;
    int minimums = 0;
    int naturals = 0;
    for (const auto& [c, readable] : kText) {
        if (m_table->isColumnHidden(c)) {
            continue;
        }
        const QTableWidgetItem* title = m_table->horizontalHeaderItem(c);
        const int titleWidth = (title ? header.horizontalAdvance(title->text()) : 0) + kPadding;
        int natural = titleWidth;
        bool empty = true;
        for (int r = 0; r < m_table->rowCount(); ++r) {
            const QTableWidgetItem* item = m_table->item(r, c);
            const QString text = item ? item->text() : QString();
            empty = empty && text.trimmed().isEmpty();
            for (const QString& line : text.split(QLatin1Char('\n'))) {
                natural = std::max(natural, cells.horizontalAdvance(line) + kPadding);
            }
        }
        const int minimum = std::min(natural, std::max(titleWidth, readable));
        wants.push_back({c, minimum, natural, empty});
        minimums += minimum;
        naturals += natural;
    }
    const int room = std::max(0, m_table->viewport()->width() - fixed);
    if (naturals <= room) {
        // Everything fits on one line per entry: the spare width goes to the wordiest columns.
        int filled = 0;
        for (const Want& w : wants) {
            filled += w.empty ? 0 : w.natural;
        }
        const int spare = room - naturals;
        for (const Want& w : wants) {
            const int extra = w.empty || filled == 0 ? 0 : int(double(spare) * w.natural / filled);
            m_table->setColumnWidth(w.column, w.natural + extra);
        }
        return;
    }
    if (minimums > room) {
        // Too narrow even for the minimums: all shrink alike (headers elide, cells wrap).
        for (Want& w : wants) {
            w.minimum = std::max(40, int(double(w.minimum) * room / minimums));
        }
        minimums = 0;
        for (const Want& w : wants) {
            minimums += w.minimum;
        }
    }
    const int extra = std::max(0, room - minimums);
    const int lacking = naturals - minimums;
    for (const Want& w : wants) {
        const int share =
            lacking > 0 ? int(double(extra) * double(w.natural - w.minimum) / lacking) : 0;
        m_table->setColumnWidth(w.column, w.minimum + share);
    }
}

void OverviewView::fitRows() {
    // Wrapped text sets each row's height, up to kMaxLines lines: a longer cell ends in "…"
    // and its tooltip holds it all.
    m_table->resizeRowsToContents();
    const int most = maxRowHeight();
    for (int r = 0; r < m_table->rowCount(); ++r) {
        if (m_table->rowHeight(r) > most) {
            m_table->setRowHeight(r, most);
        }
    }
}

int OverviewView::maxRowHeight() const {
    return kMaxLines * QFontMetrics(m_table->font()).lineSpacing() + 8;
}

void OverviewView::keepSuggestedNames() {
    // Copied first: each rename refreshes the rows.
    const QVector<Row> rows = m_rows;
    for (const Row& row : rows) {
        if (row.suggestedName) {
            m_document->setSegmentName(row.segment, row.name);
        }
    }
}

void OverviewView::onItemChanged(QTableWidgetItem* item) {
    if (m_filling || item->row() >= m_rows.size()) {
        return;
    }
    const Row& row = m_rows[item->row()];
    if (item->column() == Action) {
        m_document->setSegmentAction(row.segment, item->text());
        return;
    }
    if (item->column() != Name) {
        return;
    }
    const QString name = item->text().trimmed();
    if (name != row.name || row.suggestedName) {
        m_document->setSegmentName(row.segment, name);
    }
}

void OverviewView::refresh() {
    m_filling = true;
    m_rows.clear();
    m_table->setRowCount(0);
    m_table->setHorizontalHeaderLabels({tr("#"), tr("Name"), tr("Customers"), tr("Value"),
                                        tr("Traits"), tr("Top offers"), tr("Dominant category"),
                                        tr("Recommended action")});
    m_table->horizontalHeaderItem(Value)->setToolTip(
        tr("Total and average per customer of the money columns (columns whose unit is a "
           "currency in the Dataset view's Display settings)"));
    m_table->horizontalHeaderItem(Action)->setToolTip(
        tr("Double-click to write what marketing should do with this segment; it goes into "
           "the report and the project file"));
    m_table->horizontalHeaderItem(Name)->setToolTip(
        tr("Double-click to rename; the name is used in every view"));
    m_table->horizontalHeaderItem(Offers)->setToolTip(
        tr("Products to offer, ranked by members who do not own them yet × lift"));
    m_keepNames->setText(tr("Keep suggested names"));
    m_keepNames->setToolTip(tr("Use the suggested names (in italics) in every view"));
    m_hint->setText(tr("Names in italics are suggestions from each segment's traits; "
                       "double-click a name to change it."));
    const Segmentation* seg = m_document->segmentation();
    if (!seg) {
        m_badge->setText(QString());
        m_badge->setStyleSheet(QString());
        m_filling = false;
        return;
    }
    const auto& profile = seg->result.profile;
    const auto& scores = seg->result.scores;
    const auto rating = core::silhouetteRating(scores.defined ? scores.silhouette : std::nan(""));
    m_badge->setStyleSheet(QStringLiteral("background: %1; border-radius: 4px;")
                               .arg(QualityWords::badgeColor(rating)));
    m_badge->setText(tr("<b>Separation: %1</b> — silhouette %2 · k = %3 · %L4 customers<br>%5")
                         .arg(QualityWords::rating(rating),
                              scores.defined ? formatNumber(scores.silhouette, 3) : tr("n/a"))
                         .arg(seg->result.k)
                         .arg(profile.rows)
                         .arg(QualityWords::meaning(rating).toHtmlEscaped()));

    const auto ranked = core::rankOffers(profile, core::productColumns(profile), 0.0);
    const ColumnLabels& labels = m_document->columnLabels();
    bool anySuggested = false;
    bool anyMoney = false;
    for (const auto& s : profile.segments) {
        if (s.segment < 0) {
            continue; // DBSCAN noise: not a segment to act on
        }
        Row row;
        row.segment = s.segment;
        row.size = s.size;
        row.share = s.share;
        const ShownName name = shownName(*m_document, s);
        row.suggestedName = name.suggested;
        row.name = name.text;
        anySuggested = anySuggested || row.suggestedName;
        addValue(row, s);
        for (const auto& f : core::segmentFlags(profile, s)) {
            // Short in the cell (the traits need the room), in full in its tooltip.
            const QString what =
                f.category.empty()
                    ? labels.label(f.column)
                    : QStringLiteral("%1 = %2").arg(labels.label(f.column),
                                                    QString::fromStdString(f.category));
            row.cautions << tr("Read with care, %1: %2").arg(TraitWords::flagsShort({f}), what);
            row.cautionDetails << TraitWords::flag(f, labels);
        }
        for (const auto& t : core::distinctiveTraits(profile, s, kTraits)) {
            row.traits << TraitWords::describe(t, labels);
        }
        QStringList offerText;
        for (const auto& offers : ranked) {
            if (offers.segment != s.segment) {
                continue;
            }
            for (const auto& p : core::offersByReach(offers, kOffers)) {
                row.offers << QString::fromStdString(p.product);
                offerText << tr("%1: %L2 to reach, lift %3")
                                 .arg(labels.label(p.product))
                                 .arg(p.gap)
                                 .arg(formatNumber(p.lift, 2));
            }
        }
        QString dominant;
        if (const auto d = core::dominantCategory(profile, s)) {
            row.dominantColumn = QString::fromStdString(d->column);
            row.dominantCategory = QString::fromStdString(d->category);
            dominant = tr("%1: %2 (%3 vs %4 of all)")
                           .arg(labels.label(d->column), row.dominantCategory,
                                formatPercent(d->share, 0), formatPercent(d->overallShare, 0));
        }
        anyMoney = anyMoney || !row.moneyColumns.isEmpty();
        m_rows << row;
        fillRow(m_rows.size() - 1, row, offerText, dominant);
    }
    m_table->setColumnHidden(Value, !anyMoney);
    // The whole text of every cell in its tooltip: narrow columns wrap it, a tooltip never cuts.
    for (int r = 0; r < m_table->rowCount(); ++r) {
        for (int c = Name; c < ColumnCount; ++c) {
            QTableWidgetItem* item = m_table->item(r, c);
            if (item && item->toolTip().isEmpty() && c != Name) {
                item->setToolTip(item->text());
            }
        }
    }
    m_table->resizeColumnToContents(Segment);
    m_table->resizeColumnToContents(Size);
    fitColumns();
    m_keepNames->setEnabled(anySuggested);
    fitRows();
    m_filling = false;
}

void OverviewView::fillRow(int r, const Row& row, const QStringList& offerText,
                           const QString& dominant) {
    m_table->insertRow(r);
    auto* number = readOnly(QString::number(row.segment + 1));
    number->setData(Qt::DecorationRole, m_document->segmentColor(row.segment));
    number->setTextAlignment(Qt::AlignCenter);
    m_table->setItem(r, Segment, number);
    auto* name = new QTableWidgetItem(row.name);
    if (row.suggestedName) {
        QFont italic = name->font();
        italic.setItalic(true);
        name->setFont(italic);
        name->setToolTip(tr("Suggested name: double-click to change it, or keep it"));
    }
    m_table->setItem(r, Name, name);
    auto* size = readOnly(tr("%L1\n%2 of all").arg(row.size).arg(formatPercent(row.share)));
    size->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_table->setItem(r, Size, size);
    QStringList value;
    const ColumnLabels& labels = m_document->columnLabels();
    for (int i = 0; i < row.moneyColumns.size(); ++i) {
        const std::string column = row.moneyColumns[i].toStdString();
        const std::string currency = labels.display(column).unit;
        value << tr("%1: %2 in total, %3 on average")
                     .arg(labels.label(column), ColumnLabels::money(row.sums[i], currency),
                          ColumnLabels::money(row.means[i], currency));
    }
    m_table->setItem(r, Value, readOnly(value.join(QLatin1Char('\n'))));
    QString traits = row.traits.isEmpty()
                         ? tr("close to the average customer on every column")
                         : QStringLiteral("• ") + row.traits.join(QStringLiteral("\n• "));
    QStringList lines;
    for (const QString& caution : row.cautions) {
        lines << QStringLiteral("⚠ ") + caution;
    }
    lines << traits;
    m_table->setItem(r, Traits, readOnly(lines.join(QLatin1Char('\n'))));
    if (!row.cautionDetails.isEmpty()) {
        m_table->item(r, Traits)->setToolTip(row.cautionDetails.join(QLatin1Char('\n')));
    }
    m_table->setItem(
        r, Offers,
        readOnly(offerText.isEmpty() ? tr("no clear offer") : offerText.join(QLatin1Char('\n'))));
    if (offerText.isEmpty()) {
        m_table->item(r, Offers)->setToolTip(
            tr("No product is owned at least %1 times as often here as by all "
               "customers while some members still lack it")
                .arg(formatNumber(core::kClearOfferLift, 2)));
    }
    m_table->setItem(r, Dominant, readOnly(dominant.isEmpty() ? QStringLiteral("–") : dominant));
    m_table->setItem(r, Action, new QTableWidgetItem(m_document->segmentAction(row.segment)));
}

void OverviewView::addValue(Row& row, const core::SegmentProfile& segment) const {
    const ColumnLabels& labels = m_document->columnLabels();
    for (const core::ColumnProfile& c : segment.columns) {
        if (!labels.isMoney(c.column) || c.type != core::ColumnType::Numeric) {
            continue;
        }
        const double factor = labels.display(c.column).factor();
        row.moneyColumns << QString::fromStdString(c.column);
        // The profile keeps means over the non-missing values: their sum is mean × count.
        row.sums << (c.count > 0 ? c.mean * double(c.count) * factor : 0.0);
        row.means << (c.count > 0 ? c.mean * factor : std::nan(""));
    }
}

} // namespace gugus::ui
