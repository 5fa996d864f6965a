#pragma once

#include "report/report_content.h"

#include <QColor>
#include <QString>
#include <QStringList>
#include <QVector>

#include <memory>
#include <variant>
#include <vector>

namespace gugus::report {

class Chart;
class ReportText;

/// The report worded in one language as a flow of blocks, the one description the PDF pages
/// and the HTML file are both rendered from, so the two formats hold the same text. All text
/// is plain (renderers escape it); numbers are already formatted.
namespace block {

struct Heading {
    int level = 1; ///< 1 = section (starts a page in PDF when `newPage`), 2 = subsection
    QString text;
    QString kicker; ///< small caps line above a section heading, e.g. "Section 2"
    bool newPage = false;
};

struct Paragraph {
    enum class Kind { Body, Lead, Caption, Note };
    QString text;
    Kind kind = Kind::Body;
};

struct Bullets {
    QStringList items;
};

/// Big numbers with a label under each, in a row of tiles.
struct Facts {
    struct Fact {
        QString value;
        QString label;
        QColor color; ///< accent bar; invalid = the theme's
    };
    QVector<Fact> facts;
};

struct Table {
    struct Row {
        QStringList cells;
        QColor swatch; ///< a colour square before the first cell (segment colour); invalid = none
    };
    QStringList header;
    QVector<Row> rows;
    QVector<bool> numeric;   ///< per column: right-aligned
    QVector<double> weights; ///< per column relative width; empty = from the text
    bool dense = false;      ///< condensed type (wide tables)
};

/// One chart, or two side by side, with a caption.
struct Figure {
    QVector<std::shared_ptr<const Chart>> charts;
    QString caption;
};

/// A framed note with a coloured bar: the rating, the recommended action.
struct Callout {
    QString title;
    QString text;
    QColor color;
};

/// The coloured band at the top of a segment's page.
struct SegmentBanner {
    int number = 0; ///< 1-based
    QString name;
    QString subtitle; ///< "1,234 customers · 24.7% of all"
    QColor color;
};

} // namespace block

using Block = std::variant<block::Heading, block::Paragraph, block::Bullets, block::Facts,
                           block::Table, block::Figure, block::Callout, block::SegmentBanner>;

struct ReportCover {
    QString kicker; ///< "Customer segmentation report"
    QString title;
    QString subtitle;                       ///< the data set
    QVector<QPair<QString, QString>> facts; ///< label, value: date, author, data, version...
    QVector<QColor> colors;                 ///< the segments' colours, a strip on the cover
};

struct ReportDocument {
    QString language; ///< "en" / "id"
    QString title;
    QString runningHeader;
    QString pageOf; ///< "Page %1 of %2", translated
    ReportCover cover;
    std::vector<Block> blocks;
};

/// Words `content` in `text`'s language: cover, executive summary, sizes, profile heatmap, one
/// page per segment, charts and the method appendix, as far as `content.sections` asks.
ReportDocument buildReportDocument(const core::ReportContent& content, const ReportText& text);

} // namespace gugus::report
