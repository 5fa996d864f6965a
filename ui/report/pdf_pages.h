#pragma once

#include "common/progress.h"
#include "report/report_document.h"

#include <QFont>
#include <QRectF>

#include <vector>

class QPaintDevice;
class QPainter;

/// Internal to ui/report: the PDF's page layout (pdf_layout.cpp) and painting (pdf_paint.cpp).
namespace gugus::report::detail {

/// The block as a T, or null (blocks are a std::variant).
template <class T> const T* as(const Block& b) {
    return std::get_if<T>(&b);
}

/// Spacing (points) that layout measures with and painting draws with: one definition, so the
/// two passes cannot disagree.
inline constexpr double kTablePadX = 4.0;
inline constexpr double kTablePadY = 3.2;
inline constexpr double kBulletIndent = 13.0;
inline constexpr double kCalloutPad = 9.0;

/// Lays a ReportDocument out on A4 pages, then paints them. Two passes because the footer says
/// "page 3 of 12". All lengths are device units; `u` converts points to them.
///
/// Pagination rules: a section heading may start a page; a heading is never the last thing on
/// a page; tables break between rows only and repeat their header row; a figure is never split
/// (a figure taller than a page is scaled down to fit); a segment page always starts a page.
class PdfPages {
public:
    /// `device` measures text: the PDF writer, or an image of the same resolution for previews.
    PdfPages(const ReportDocument& document, QPaintDevice& device, double u);

    int pageCount() const { return int(m_pages.size()) + 1; } ///< with the cover
    /// Paints page `index` (0 = the cover) on a blank page of the device.
    void paintPage(QPainter& painter, int index) const;

private:
    /// One block, or part of one (table rows or bullet items [from, to)), placed on a page.
    struct Piece {
        std::size_t block = 0;
        double y = 0.0; ///< top, device units
        double height = 0.0;
        int from = 0;
        int to = 0;
        double scale = 1.0; ///< figures shrunk to fit a page
    };
    using Page = std::vector<Piece>;

    // Layout.
    void layOut();
    void newPage();
    double room() const { return m_content.bottom() - m_y; }
    void place(std::size_t block, double height, double after, int from = 0, int to = 0,
               double scale = 1.0);
    double measure(std::size_t block) const; ///< whole block at content width
    double headingHeight(const block::Heading& h) const;
    double textHeight(const QString& text, const QFont& font, double width) const;
    /// A table's column widths and row heights.
    struct TableGeometry {
        std::vector<double> columns;
        double header = 0.0;
        std::vector<double> rows;
    };
    TableGeometry tableGeometry(const block::Table& table) const;
    double bulletHeight(const QString& item) const;
    double figureHeight(const block::Figure& figure, double* chartHeight) const;

    // Painting.
    void paintCover(QPainter& p) const;
    void paintFrame(QPainter& p, int page) const; ///< running header and footer
    void paintPiece(QPainter& p, const Piece& piece) const;
    void paintHeading(QPainter& p, const block::Heading& h, const QRectF& r) const;
    void paintText(QPainter& p, const QString& text, const QFont& font, const QColor& color,
                   const QRectF& r) const;
    void paintBullets(QPainter& p, const block::Bullets& b, const Piece& piece) const;
    void paintFacts(QPainter& p, const block::Facts& f, const QRectF& r) const;
    void paintTable(QPainter& p, const block::Table& t, const Piece& piece) const;
    void paintFigure(QPainter& p, const block::Figure& f, const Piece& piece) const;
    void paintCallout(QPainter& p, const block::Callout& c, const QRectF& r) const;
    void paintBanner(QPainter& p, const block::SegmentBanner& b, const QRectF& r) const;

    const ReportDocument& m_doc;
    QPaintDevice& m_device;
    double m_u;
    QRectF m_page;    ///< the whole sheet
    QRectF m_content; ///< inside the margins
    std::vector<Page> m_pages;
    double m_y = 0.0; ///< layout cursor on the last page
};

/// The report's type and spacing, in points.
namespace pdf {
inline constexpr double kBody = 9.5;
inline constexpr double kLead = 11.0;
inline constexpr double kCaption = 7.5;
inline constexpr double kTable = 8.0;
inline constexpr double kTableDense = 7.2;
inline constexpr double kH1 = 19.0;
inline constexpr double kH2 = 11.5;
inline constexpr double kGap = 9.0; ///< space after a block
} // namespace pdf

} // namespace gugus::report::detail
