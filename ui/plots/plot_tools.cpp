#include "plots/plot_tools.h"

#include "common/error.h"
#include "data/csv_writer.h"
#include "support/file_saver.h"

#include <qcustomplot.h>

#include <QApplication>
#include <QBuffer>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QPointer>
#include <QSvgGenerator>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <memory>

namespace gugus::ui {

namespace {

/// Chart-wide translation context for the export menu.
class PlotTools {
    Q_DECLARE_TR_FUNCTIONS(PlotTools)
};

} // namespace

namespace {

/// How far a value label reaches past its anchor along `axis`, in pixels.
double labelReach(const QCPItemText* text, const QCPAxis* axis) {
    const QFontMetricsF metrics(text->font());
    const QRectF box = metrics.boundingRect(QRectF(0, 0, 1e6, 1e6), 0, text->text());
    const QMargins pad = text->padding();
    return axis->orientation() == Qt::Horizontal ? box.width() + pad.left() + pad.right() + 2
                                                 : box.height() + pad.top() + pad.bottom() + 2;
}

/// The smallest upper end of [0, upper] that lets every label on `axis` end inside it: a label
/// at value v reaching r pixels on an axis of L pixels needs v / upper * L + r <= L.
double upperForLabels(QCustomPlot* plot, QCPAxis* axis, double minUpper) {
    const double length = axis->orientation() == Qt::Horizontal ? axis->axisRect()->width()
                                                                : axis->axisRect()->height();
    double upper = minUpper;
    for (int i = 0; i < plot->itemCount(); ++i) {
        const auto* text = qobject_cast<QCPItemText*>(plot->item(i));
        if (!text || !text->visible()) {
            continue;
        }
        const QCPItemPosition* at = text->position;
        double value = 0;
        if (at->keyAxis() == axis && at->typeX() == QCPItemPosition::ptPlotCoords) {
            value = at->coords().x();
        } else if (at->valueAxis() == axis && at->typeY() == QCPItemPosition::ptPlotCoords) {
            value = at->coords().y();
        } else {
            continue;
        }
        const double reach = labelReach(text, axis);
        // A label as long as the axis cannot fit beside any bar: leave it to the tooltip
        // rather than squeezing every bar to nothing.
        if (value > 0 && reach < 0.8 * length) {
            upper = std::max(upper, value / (1.0 - reach / length));
        }
    }
    return upper;
}

/// Widens `across`, the axis that places the bars, from `base` until every label on `valueAxis`
/// also fits sideways: a label centred on the first or last bar may be wider than the room
/// beside it. Always from `base`, so repeated layouts do not widen it further and further; a
/// label wider than half the axis is left as it is (it cannot fit, and squeezing every bar to
/// nothing would not help).
void widenAcross(QCustomPlot* plot, QCPAxis* valueAxis, QCPAxis* across, const QCPRange& base) {
    const QRectF inside = plot->axisRect()->rect();
    const bool horizontal = across->orientation() == Qt::Horizontal;
    const double length = horizontal ? inside.width() : inside.height();
    across->setRange(base);
    for (int pass = 0; pass < 3; ++pass) { // widening shrinks the scale: settle in a few steps
        double before = 0;                 // pixels missing at the low end of the axis across
        double after = 0;                  // and at its high end
        for (int i = 0; i < plot->itemCount(); ++i) {
            auto* text = qobject_cast<QCPItemText*>(plot->item(i));
            if (!text || !text->visible()) {
                continue;
            }
            const QCPItemPosition* at = text->position;
            if (at->valueAxis() != valueAxis && at->keyAxis() != valueAxis) {
                continue;
            }
            const QRectF box(text->topLeft->pixelPosition(), text->bottomRight->pixelPosition());
            if ((horizontal ? box.width() : box.height()) > 0.5 * length) {
                continue;
            }
            // Two pixels of air, so what is left after the last pass never touches the edge.
            constexpr double kAir = 2.0;
            if (horizontal) {
                before = std::max(before, inside.left() + kAir - box.left());
                after = std::max(after, box.right() + kAir - inside.right());
            } else { // pixels grow downwards: the axis' low end is at the bottom
                before = std::max(before, box.bottom() + kAir - inside.bottom());
                after = std::max(after, inside.top() + kAir - box.top());
            }
        }
        if (before <= 0.5 && after <= 0.5) {
            return;
        }
        const double perPixel = across->range().size() / std::max(1.0, length);
        across->setRange(across->range().lower - before * perPixel * 1.1,
                         across->range().upper + after * perPixel * 1.1);
    }
}

} // namespace

/// The object that holds a plot's fitBarLabels connection (deleting it ends the rule).
constexpr const char* kBarLabelRule = "gugusBarLabels";

void stopFittingBarLabels(QCustomPlot* plot) {
    delete plot->property(kBarLabelRule).value<QObject*>();
    plot->setProperty(kBarLabelRule, QVariant());
}

void fitBarLabels(QCustomPlot* plot, QCPAxis* valueAxis, double minUpper) {
    // One rule per plot: a redraw with new bars replaces the old one.
    stopFittingBarLabels(plot);
    auto* rule = new QObject(plot);
    plot->setProperty(kBarLabelRule, QVariant::fromValue(rule));
    QPointer<QCPAxis> axis(valueAxis);
    // The axis across the bars, as the caller set it; widened from there after each layout
    // unless the user has since moved it (then it is theirs).
    QPointer<QCPAxis> across(valueAxis->orientation() == Qt::Horizontal ? plot->yAxis
                                                                        : plot->xAxis);
    const QCPRange base = across->range();
    auto last = std::make_shared<QCPRange>(base);
    QObject::connect(
        plot, &QCustomPlot::afterLayout, rule, [plot, axis, across, base, last, minUpper] {
            if (!axis || !across) {
                return;
            }
            const double upper = upperForLabels(plot, axis, minUpper);
            if (std::abs(axis->range().upper - upper) > 1e-9 * std::max(1.0, upper)) {
                axis->setRange(0, upper); // drawn in this same replot: layout precedes painting
            }
            if (across->range() == *last) {
                widenAcross(plot, axis, across, base);
                *last = across->range();
            }
        });
    valueAxis->setRange(0, minUpper);
}

void keepLabelsInside(QCustomPlot* plot) {
    QObject::connect(plot, &QCustomPlot::afterLayout, plot, [plot] {
        const QRectF inside = plot->axisRect()->rect();
        for (int i = 0; i < plot->itemCount(); ++i) {
            auto* text = qobject_cast<QCPItemText*>(plot->item(i));
            if (!text || !text->visible() ||
                text->position->type() != QCPItemPosition::ptPlotCoords) {
                continue;
            }
            const auto box = [text] {
                return QRectF(text->topLeft->pixelPosition(), text->bottomRight->pixelPosition());
            };
            Qt::Alignment align = text->positionAlignment();
            QMargins pad = text->padding();
            const QRectF before = box();
            // Each direction is flipped only when the other side has the room.
            if (before.right() > inside.right() && (align & Qt::AlignLeft) &&
                before.width() <= text->position->pixelPosition().x() - inside.left()) {
                align = (align & ~Qt::AlignLeft) | Qt::AlignRight;
                pad = QMargins(pad.right(), pad.top(), pad.left(), pad.bottom());
            } else if (before.left() < inside.left() && (align & Qt::AlignRight) &&
                       before.width() <= inside.right() - text->position->pixelPosition().x()) {
                align = (align & ~Qt::AlignRight) | Qt::AlignLeft;
                pad = QMargins(pad.right(), pad.top(), pad.left(), pad.bottom());
            }
            if (before.bottom() > inside.bottom() && (align & Qt::AlignTop) &&
                before.height() <= text->position->pixelPosition().y() - inside.top()) {
                align = (align & ~Qt::AlignTop) | Qt::AlignBottom;
                pad = QMargins(pad.left(), pad.bottom(), pad.right(), pad.top());
            } else if (before.top() < inside.top() && (align & Qt::AlignBottom) &&
                       before.height() <= inside.bottom() - text->position->pixelPosition().y()) {
                align = (align & ~Qt::AlignBottom) | Qt::AlignTop;
                pad = QMargins(pad.left(), pad.bottom(), pad.right(), pad.top());
            }
            text->setPositionAlignment(align);
            text->setPadding(pad);
        }
    });
}

void applyLocale(QCustomPlot* plot) {
    const QLocale locale;
    plot->setLocale(locale);
    for (QCPAxis* axis : plot->axisRect() ? plot->axisRect()->axes() : QList<QCPAxis*>{}) {
        axis->setNumberFormat(QStringLiteral("gb"));
    }
}

QCustomPlot* addTitledPlot(QWidget* owner, const QString& name) {
    auto* plot = new QCustomPlot(owner);
    auto* layout = new QVBoxLayout(owner);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(plot);
    plot->plotLayout()->insertRow(0);
    plot->plotLayout()->addElement(0, 0, new QCPTextElement(plot, QString()));
    setUpPlot(plot, name);
    plot->setMinimumSize(400, 300);
    return plot;
}

QCPTextElement* plotTitle(QCustomPlot* plot) {
    return static_cast<QCPTextElement*>(plot->plotLayout()->element(0, 0));
}

void setUpPlot(QCustomPlot* plot, const QString& name) {
    plot->setBackground(Qt::white);
    plot->setNoAntialiasingOnDrag(true);
    QFont font = plot->font();
    font.setPointSizeF(9.5);
    for (QCPAxis* axis : plot->axisRect() ? plot->axisRect()->axes() : QList<QCPAxis*>{}) {
        axis->setTickLabelFont(font);
        QFont label = font;
        label.setPointSizeF(10);
        axis->setLabelFont(label);
    }
    applyLocale(plot);
    plot->setContextMenuPolicy(Qt::CustomContextMenu);
    QObject::connect(plot, &QWidget::customContextMenuRequested, plot, [plot, name](QPoint pos) {
        QMenu menu(plot);
        menu.addAction(PlotTools::tr("Export chart as PNG, SVG or PDF…"),
                       [plot, name] { askExportPlot(plot, name, plot); });
        menu.exec(plot->mapToGlobal(pos));
    });
}

void placeLegendOutside(QCustomPlot* plot) {
    if (plot->axisRect()->insetLayout()->take(plot->legend)) {
        plot->axisRect()->insetLayout()->simplify();
    }
    int row = 0; // below a title row (addTitledPlot), the axis rect is not in row 0
    for (int r = 0; r < plot->plotLayout()->rowCount(); ++r) {
        if (plot->plotLayout()->element(r, 0) == plot->axisRect()) {
            row = r;
        }
    }
    plot->plotLayout()->addElement(row, 1, plot->legend);
    // A tiny stretch: the axis rect takes the width, the legend only what it needs.
    plot->plotLayout()->setColumnStretchFactor(1, 0.001);
    plot->legend->setMargins(QMargins(6, 4, 6, 4));
}

namespace {

constexpr char kChartSaver[] = "gugusChartSaver";

/// The saver set on the plot's window, or on a window it was opened from (a dialog's parent).
FileSaver* chartSaverOf(QWidget* plot) {
    for (QWidget* window = plot->window(); window;
         window = window->parentWidget() ? window->parentWidget()->window() : nullptr) {
        if (auto* saver =
                qobject_cast<FileSaver*>(window->property(kChartSaver).value<QObject*>())) {
            return saver;
        }
    }
    return nullptr;
}

/// The saver of the menu's exports when the program has set none: no inputs to protect.
FileSaver* ownChartSaver() {
    static QPointer<FileSaver> own;
    if (!own) {
        own = new FileSaver({}, qApp);
        QObject::connect(own, &FileSaver::failed, own, [](const QString& error) {
            QMessageBox::warning(QApplication::activeWindow(), PlotTools::tr("Export failed"),
                                 error);
        });
    }
    return own;
}

/// The plot drawn with `painter` on a vector device (SVG, PDF) of w x h points.
bool drawVectors(QCustomPlot* plot, QPaintDevice* device, int w, int h) {
    QCPPainter painter;
    if (!painter.begin(device)) {
        return false;
    }
    painter.setMode(QCPPainter::pmVectorized);
    painter.setWindow(0, 0, w, h);
    plot->toPainter(&painter, w, h);
    return painter.end();
}

} // namespace

QFuture<Outcome> exportPlot(QCustomPlot* plot, const QString& path, FileSaver* saver, int width,
                            int height) {
    const QString suffix = QFileInfo(path).suffix().toLower();
    const int w = width > 0 ? width : plot->width();
    const int h = height > 0 ? height : plot->height();
    const std::string target = QFile::encodeName(path).toStdString();
    if (suffix == QLatin1String("png")) {
        // Drawn here at twice the size, for sharp print; compressed in the job.
        const QImage image = plot->toPixmap(w, h, 2.0).toImage();
        return saver->save(path, [image, target](core::Progress&) {
            QByteArray bytes;
            QBuffer buffer(&bytes);
            buffer.open(QIODevice::WriteOnly);
            if (!image.save(&buffer, "PNG")) {
                throw core::Error(core::ErrorCode::WriteFailed, target);
            }
            core::writeFileAtomically(target, std::string_view(bytes.constData(), bytes.size()));
        });
    }
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    bool drawn = false;
    if (suffix == QLatin1String("svg")) {
        QSvgGenerator svg;
        svg.setOutputDevice(&buffer);
        svg.setSize(QSize(w, h));
        svg.setViewBox(QRect(0, 0, w, h));
        svg.setTitle(plot->objectName());
        svg.setResolution(plot->logicalDpiX()); // text in the proportions of the screen
        drawn = drawVectors(plot, &svg, w, h);
    } else if (suffix == QLatin1String("pdf")) {
        QPdfWriter pdf(&buffer);
        // Text in the proportions of the screen: a font's points are resolved at the writer's
        // resolution and then scaled with the drawing (at the default 1,200 dpi, 17 times too
        // large).
        pdf.setResolution(plot->logicalDpiX());
        pdf.setCreator(QCoreApplication::applicationName());
        pdf.setTitle(plot->objectName());
        pdf.setPageLayout(
            QPageLayout(QPageSize(QSizeF(w, h), QPageSize::Point, QString(), QPageSize::ExactMatch),
                        QPageLayout::Portrait, QMarginsF()));
        drawn = drawVectors(plot, &pdf, w, h);
    }
    buffer.close();
    return saver->save(path, [bytes, drawn, target](core::Progress&) {
        if (!drawn) { // an unknown suffix, or a painter that could not start
            throw core::Error(core::ErrorCode::WriteFailed, target);
        }
        core::writeFileAtomically(target, std::string_view(bytes.constData(), bytes.size()));
    });
}

void setChartSaver(QWidget* window, FileSaver* saver) {
    // A QObject* property: a QPointer's worth of safety is not needed, the saver is the
    // window's (its controllers are the window's children).
    window->setProperty(kChartSaver, QVariant::fromValue(static_cast<QObject*>(saver)));
}

void askExportPlot(QCustomPlot* plot, const QString& name, QWidget* parent) {
    QString selected;
    const QString path = QFileDialog::getSaveFileName(
        parent, PlotTools::tr("Export chart"), name + QStringLiteral(".png"),
        PlotTools::tr("PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)"), &selected);
    if (path.isEmpty()) {
        return;
    }
    QString target = path;
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix != QLatin1String("png") && suffix != QLatin1String("svg") &&
        suffix != QLatin1String("pdf")) {
        target += selected.contains(QLatin1String("svg"))   ? QStringLiteral(".svg")
                  : selected.contains(QLatin1String("pdf")) ? QStringLiteral(".pdf")
                                                            : QStringLiteral(".png");
    }
    // The file dialog asked before replacing the name it was given, not this one.
    if (target != path && QFileInfo::exists(target) &&
        QMessageBox::question(
            parent, PlotTools::tr("Export chart"),
            PlotTools::tr("%1 already exists. Replace it?").arg(QFileInfo(target).fileName())) !=
            QMessageBox::Yes) {
        return;
    }
    FileSaver* saver = chartSaverOf(plot);
    exportPlot(plot, target, saver ? saver : ownChartSaver());
}

void replotSoon(QCustomPlot* plot) {
    if (!plot->testAttribute(Qt::WA_PendingResizeEvent)) {
        plot->replot(QCustomPlot::rpQueuedReplot);
    }
}

} // namespace gugus::ui
