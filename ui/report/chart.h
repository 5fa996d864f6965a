#pragma once

#include <QLocale>
#include <QPointF>
#include <QRectF>
#include <QString>
#include <QVector>

class QFont;
class QPainter;

namespace gugus::report {

/// A chart of the report, drawn with QPainter alone, so the same code paints vector output into
/// the PDF (QPdfWriter) and into the HTML's inline SVG (QSvgGenerator). QCustomPlot is a QWidget
/// and cannot be used without a QApplication (the CLI has only a QGuiApplication).
///
/// Sizes are designed in points; `u` converts points to the device's units (PDF: dpi / 72, SVG at
/// 72 dpi: 1). Pens always have a width in device units (never cosmetic), so lines scale with the
/// page. Charts hold their translated labels and the report's QLocale; painting is const.
class Chart {
public:
    virtual ~Chart() = default;
    /// The height in points the chart wants when it is `width` points wide.
    virtual double heightFor(double width) const = 0;
    /// Paints into `rect` (device units).
    virtual void paint(QPainter& painter, const QRectF& rect, double u) const = 0;
};

/// A linear axis range with "nice" tick values (1, 2, 2.5, 5 x 10^n steps).
struct Scale {
    double lo = 0.0;
    double hi = 1.0;
    QVector<double> ticks;
    double step = 0.2;
    /// Position of v on a pixel span [a, b].
    double map(double v, double a, double b) const {
        return hi > lo ? a + (v - lo) / (hi - lo) * (b - a) : 0.5 * (a + b);
    }
};
/// Covers [lo, hi] with about `ticks` ticks; `integer` keeps steps >= 1 (k on an axis).
Scale niceScale(double lo, double hi, int ticks = 5, bool integer = false);
/// A tick value in the locale with as many decimals as the step needs.
QString tickLabel(double value, double step, const QLocale& locale);

/// A frame with a grid, ticks, tick labels and axis titles; charts draw their data inside
/// plotArea() with map().
class XYFrame {
public:
    /// Lays the frame out in `rect`, measuring tick labels on the painter's device.
    XYFrame(QPainter& painter, const QRectF& rect, double u, Scale x, Scale y, QString xTitle,
            QString yTitle, QLocale locale);
    const QRectF& plotArea() const { return m_area; }
    QPointF map(double x, double y) const;
    const Scale& x() const { return m_x; }
    const Scale& y() const { return m_y; }
    /// Grid, axes, tick labels and titles.
    void draw(QPainter& painter) const;

private:
    QRectF m_area;
    double m_u;
    Scale m_x;
    Scale m_y;
    QString m_xTitle;
    QString m_yTitle;
    QLocale m_locale;
};

/// Width in points of `text` (measured on a 72 dpi device), for heightFor(), which has no
/// painter.
double pointWidth(const QFont& font, const QString& text);
double pointHeight(const QFont& font);

/// Text helpers measuring on the painter's device.
double textWidth(QPainter& painter, const QFont& font, const QString& text);
/// `text` shortened with "…" to fit `width` device units.
QString elided(QPainter& painter, const QFont& font, const QString& text, double width);

} // namespace gugus::report
