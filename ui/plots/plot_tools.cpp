#include "plots/plot_tools.h"

#include <qcustomplot.h>

#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>
#include <QSvgGenerator>
#include <QVBoxLayout>

namespace gugus::ui {

namespace {

/// Chart-wide translation context for the export menu.
class PlotTools {
    Q_DECLARE_TR_FUNCTIONS(PlotTools)
};

} // namespace

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

bool exportPlot(QCustomPlot* plot, const QString& path, int width, int height) {
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("pdf")) {
        return plot->savePdf(path, width, height);
    }
    if (suffix == QLatin1String("svg")) {
        QSvgGenerator svg;
        svg.setFileName(path);
        const int w = width > 0 ? width : plot->width();
        const int h = height > 0 ? height : plot->height();
        svg.setSize(QSize(w, h));
        svg.setViewBox(QRect(0, 0, w, h));
        svg.setTitle(plot->objectName());
        QCPPainter painter;
        if (!painter.begin(&svg)) {
            return false;
        }
        plot->toPainter(&painter, w, h);
        return painter.end();
    }
    return plot->savePng(path, width, height, 2.0);
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
    if (QFileInfo(path).suffix().isEmpty()) {
        target += selected.contains(QLatin1String("svg"))   ? QStringLiteral(".svg")
                  : selected.contains(QLatin1String("pdf")) ? QStringLiteral(".pdf")
                                                            : QStringLiteral(".png");
    }
    if (!exportPlot(plot, target)) {
        QMessageBox::warning(parent, PlotTools::tr("Export failed"),
                             PlotTools::tr("The chart could not be written to %1.").arg(target));
    }
}

} // namespace gugus::ui
