#include "explore/explore_view.h"

#include "controllers/explore_controller.h"
#include "explore/explore_defaults.h"
#include "plots/plot_tools.h"
#include "state/document.h"
#include "support/combo.h"
#include "support/format.h"
#include "support/live_update.h"
#include "support/slot_timing.h"
#include "support/when_shown.h"

#include <qcustomplot.h>

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QSpinBox>
#include <QTabWidget>
#include <QToolTip>

#include <cmath>
#include <utility>

namespace gugus::ui {

namespace {

enum Chart { HistogramChart, BoxChart, BarChart, CorrelationChart, GroupChart, ChartCount };
const char* const kChartNames[] = {"histogram", "boxplot", "bars", "correlation", "groupby"};
const QColor kBlue(0x00, 0x72, 0xB2);

QCPTextElement* titleOf(QCustomPlot* plot) {
    return static_cast<QCPTextElement*>(plot->plotLayout()->element(0, 0));
}

void selectData(QComboBox* combo, const QString& value) {
    const int i = combo->findData(value);
    combo->setCurrentIndex(i >= 0 ? i : 0);
}

QSharedPointer<QCPAxisTickerText> textTicker(const QStringList& labels, double first = 1.0) {
    auto ticker = QSharedPointer<QCPAxisTickerText>::create();
    for (int i = 0; i < labels.size(); ++i) {
        ticker->addTick(first + i, labels[i]);
    }
    return ticker;
}

} // namespace

ExploreView::ExploreView(Document* document, ExploreController* controller, QWidget* parent)
    : QWidget(parent), m_document(document), m_controller(controller) {
    m_form = new QFormLayout;
    m_numeric = new QComboBox(this);
    m_binRule = new QComboBox(this);
    for (BinRule rule : {BinRule::Sturges, BinRule::Scott, BinRule::FreedmanDiaconis,
                         BinRule::SquareRoot, BinRule::Fixed}) {
        addEnumItem(m_binRule, rule);
    }
    selectEnum(m_binRule, BinRule::FreedmanDiaconis);
    m_bins = new QSpinBox(this);
    m_bins->setRange(2, 500);
    m_bins->setValue(20);
    m_split = new QComboBox(this);
    m_categorical = new QComboBox(this);
    m_group = new QComboBox(this);
    m_bandWidth = new QDoubleSpinBox(this);
    m_bandWidth->setRange(0.0001, 1e12);
    m_bandWidth->setDecimals(4);
    m_bandWidth->setValue(10);
    for (QWidget* w : std::initializer_list<QWidget*>{m_numeric, m_binRule, m_bins, m_split,
                                                      m_categorical, m_group, m_bandWidth}) {
        m_form->addRow(QStringLiteral("-"), w);
    }
    auto* controls = new QWidget(this);
    controls->setLayout(m_form);
    controls->setMaximumWidth(330);

    m_tabs = new QTabWidget(this);
    for (int c = 0; c < ChartCount; ++c) {
        auto* plot = new QCustomPlot(m_tabs);
        plot->plotLayout()->insertRow(0);
        plot->plotLayout()->addElement(0, 0, new QCPTextElement(plot, QString()));
        setUpPlot(plot, QString::fromLatin1(kChartNames[c]));
        plot->setMinimumSize(420, 300);
        m_plots[c] = plot;
        m_tabs->addTab(plot, QString());
    }
    m_plots[CorrelationChart]->setMouseTracking(true);
    connect(m_plots[CorrelationChart], &QCustomPlot::mouseMove, this, [this](QMouseEvent* event) {
        QCustomPlot* plot = m_plots[CorrelationChart];
        const auto& c = chartData().correlation;
        const int i = int(std::lround(plot->xAxis->pixelToCoord(event->position().x())));
        const int j = int(std::lround(plot->yAxis->pixelToCoord(event->position().y())));
        const int n = int(c.columns.size());
        if (i < 0 || j < 0 || i >= n || j >= n ||
            !plot->axisRect()->rect().contains(event->position().toPoint())) {
            QToolTip::hideText();
            return;
        }
        QToolTip::showText(event->globalPosition().toPoint(),
                           tr("%1 × %2: r = %3")
                               .arg(columnLabel(c.columns[i].toStdString()),
                                    columnLabel(c.columns[j].toStdString()),
                                    formatNumber(c.at(i, j), 3)),
                           plot);
    });

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(controls);
    layout->addWidget(m_tabs, 1);

    for (QComboBox* c : {m_numeric, m_binRule, m_split, m_categorical, m_group}) {
        connect(c, &QComboBox::currentIndexChanged, this, [this] {
            if (!m_filling) {
                recompute();
            }
        });
    }
    connect(m_bins, &QSpinBox::valueChanged, this, &ExploreView::recompute);
    connect(m_bandWidth, &QDoubleSpinBox::valueChanged, this, &ExploreView::recompute);
    // Behind another tab, the charts follow new data, a new segmentation (or its colours, or
    // the column labels) when shown: opening a million rows starts no chart job and draws no
    // hidden chart while the Dataset view is on screen.
    auto* resplitLater = new WhenShown(this, timedSlot(this, "shown, was stale", [this] {
                                           fillColumnCombos();
                                           recompute();
                                           if (m_chartsCleared) {
                                               draw(); // empty, until the new data's charts
                                           }
                                       }));
    connect(document, &Document::dataChanged, this,
            timedSlot(this, "dataChanged", [this, resplitLater] {
                // The old data's charts (and a chart job still running on it) are dropped: they
                // must not show over the new data, also not for a moment when shown.
                m_controller->clear();
                m_chartsCleared = true;
                resplitLater->request();
            }));
    // A pending or running recompute draws when its worker returns (with the colours of that
    // moment), so a redraw now would only draw the old charts once more for nothing.
    auto* redrawLater = new WhenShown(this, timedSlot(this, "shown, was stale", [=, this] {
                                          if (!resplitLater->stale() && !computing()) {
                                              draw();
                                          }
                                      }));
    connect(document, &Document::segmentationChanged, this,
            timedSlot(this, "segmentationChanged", [resplitLater] { resplitLater->request(); }));
    connect(document, &Document::segmentStyleChanged, this,
            timedSlot(this, "segmentStyleChanged", [redrawLater] { redrawLater->request(); }));
    // Made after the others, so its check runs first on a show (the last filter installed sees
    // the event first): with new data waiting, the resplit relabels and draws anyway.
    auto* relabelLater = new WhenShown(this, timedSlot(this, "labels shown", [=, this] {
                                           if (!resplitLater->stale()) {
                                               fillColumnCombos();
                                               draw();
                                           }
                                       }));
    connect(document, &Document::displayChanged, this,
            timedSlot(this, "displayChanged", [relabelLater] { relabelLater->request(); }));
    connect(controller, &ExploreController::computed, this,
            timedSlot(this, "charts computed", [this] {
                m_chartsCleared = false;
                draw();
            }));
    onLanguageChange(this, [this] {
        retranslate();
        fillColumnCombos();
        recompute(); // group labels follow the locale
    });
    retranslate();
    fillColumnCombos();
    draw();
}

const ExploreData& ExploreView::chartData() const {
    return m_controller->data();
}

bool ExploreView::computing() const {
    return m_controller->busy();
}

void ExploreView::retranslate() {
    const QString labels[] = {tr("Measure"),      tr("Histogram bins"), tr("Number of bins"),
                              tr("Box plots by"), tr("Category chart"), tr("Average by"),
                              tr("Band width")};
    QWidget* fields[] = {m_numeric,     m_binRule, m_bins,     m_split,
                         m_categorical, m_group,   m_bandWidth};
    for (int i = 0; i < 7; ++i) {
        if (auto* label = qobject_cast<QLabel*>(m_form->labelForField(fields[i]))) {
            label->setText(labels[i]);
        }
    }
    setEnumText(m_binRule, BinRule::Sturges, tr("Sturges"));
    setEnumText(m_binRule, BinRule::Scott, tr("Scott"));
    setEnumText(m_binRule, BinRule::FreedmanDiaconis, tr("Freedman–Diaconis"));
    setEnumText(m_binRule, BinRule::SquareRoot, tr("Square root"));
    setEnumText(m_binRule, BinRule::Fixed, tr("Fixed number"));
    m_bandWidth->setToolTip(tr("Width of the bands a numeric grouping column is cut into, e.g. "
                               "10 years of age"));
    m_tabs->setTabText(HistogramChart, tr("Histogram"));
    m_tabs->setTabText(BoxChart, tr("Box plots"));
    m_tabs->setTabText(BarChart, tr("Categories"));
    m_tabs->setTabText(CorrelationChart, tr("Correlations"));
    m_tabs->setTabText(GroupChart, tr("Average by group"));
}

void ExploreView::fillColumnCombos() {
    const QString numeric = m_numeric->currentData().toString();
    const QString split = m_split->currentData().toString();
    const QString categorical = m_categorical->currentData().toString();
    const QString group = m_group->currentData().toString();
    m_filling = true;
    for (QComboBox* c : {m_numeric, m_split, m_categorical, m_group}) {
        c->clear();
    }
    m_numeric->addItem(tr("(none)"), QString());
    m_split->addItem(tr("(no split)"), QString());
    if (m_document->segmentation()) {
        m_split->addItem(tr("Segment"), QStringLiteral("\x01segment"));
    }
    m_categorical->addItem(tr("(none)"), QString());
    m_group->addItem(tr("(none)"), QString());
    const core::Table& table = m_document->table();
    for (const auto& col : table.columns()) {
        // The label shows, the raw name is the item's data (and its tooltip).
        const QString name = QString::fromStdString(col.name());
        const QString label = columnLabel(col.name());
        const auto add = [&](QComboBox* combo) {
            combo->addItem(label, name);
            combo->setItemData(combo->count() - 1, name, Qt::ToolTipRole);
        };
        switch (col.type()) {
        case core::ColumnType::Numeric:
            add(m_numeric);
            add(m_group);
            if (col.suggestCategorical()) {
                add(m_categorical);
            }
            break;
        case core::ColumnType::Binary:
            add(m_numeric);
            add(m_categorical);
            add(m_group);
            break;
        case core::ColumnType::Categorical:
            add(m_split);
            add(m_categorical);
            add(m_group);
            break;
        case core::ColumnType::Id:
            break;
        }
    }
    // Keep the user's choices where the table still has them; otherwise (a new table) start from
    // columns chosen by rules over its data.
    const ExploreColumns defaults = defaultExploreColumns(table, m_bandWidth->value());
    const auto choose = [](const QComboBox* combo, const QString& kept,
                           const std::string& fallback) {
        return !kept.isEmpty() && combo->findData(kept) >= 0 ? kept
                                                             : QString::fromStdString(fallback);
    };
    selectData(m_numeric, choose(m_numeric, numeric, defaults.numeric));
    if (!split.isEmpty() && m_split->findData(split) >= 0) {
        selectData(m_split, split);
    } else if (m_document->segmentation()) {
        selectData(m_split, QStringLiteral("\x01segment"));
    } else {
        selectData(m_split, QString::fromStdString(defaults.splitBy));
    }
    selectData(m_categorical, choose(m_categorical, categorical, defaults.categorical));
    selectData(m_group, choose(m_group, group, defaults.groupBy));
    m_filling = false;
}

void ExploreView::recompute() {
    if (!m_document->hasData()) {
        return;
    }
    const auto binRule = currentEnum(m_binRule, BinRule::FreedmanDiaconis);
    m_bins->setEnabled(binRule == BinRule::Fixed);
    ExploreRequest r;
    r.numeric = m_numeric->currentData().toString().toStdString();
    r.binRule = binRule;
    r.fixedBins = m_bins->value();
    const QString split = m_split->currentData().toString();
    if (split == QLatin1String("\x01segment") && m_document->segmentation()) {
        const auto segmentation = m_document->segmentationPtr();
        r.segments = std::shared_ptr<const std::vector<int>>(segmentation,
                                                             &segmentation->result.tableLabels);
        r.segmentCount = m_document->segmentCount();
    } else {
        r.splitBy = split.toStdString();
    }
    r.categorical = m_categorical->currentData().toString().toStdString();
    r.groupBy = m_group->currentData().toString().toStdString();
    r.bandWidth = m_bandWidth->value();
    m_controller->compute(r);
}

void ExploreView::draw() {
    ++m_draws;
    for (QCustomPlot* plot : m_plots) {
        plot->clearPlottables();
        plot->clearItems();
        applyLocale(plot);
        plot->xAxis->setTicker(QSharedPointer<QCPAxisTicker>::create());
        plot->yAxis->setTicker(QSharedPointer<QCPAxisTicker>::create());
        plot->xAxis->setTickLabelRotation(0);
        plot->xAxis->setLabel(QString());
        plot->yAxis->setLabel(QString());
        plot->yAxis->setRangeReversed(false);
    }
    // The correlation chart keeps a colour scale in the layout between redraws; drop it.
    QCustomPlot* corr = m_plots[CorrelationChart];
    for (int i = corr->plotLayout()->elementCount() - 1; i >= 0; --i) {
        if (auto* scale = qobject_cast<QCPColorScale*>(corr->plotLayout()->elementAt(i))) {
            corr->plotLayout()->remove(scale);
        }
    }
    corr->plotLayout()->simplify();
    drawHistogram();
    drawBoxes();
    drawCategories();
    drawCorrelation();
    drawGroups();
    for (QCustomPlot* plot : m_plots) {
        if (m_chartsCleared && computing()) {
            setMessage(plot, tr("Drawing the charts of the new data…"));
        }
        plot->replot(QCustomPlot::rpQueuedReplot);
    }
}

void ExploreView::setMessage(QCustomPlot* plot, const QString& text) {
    stopFittingBarLabels(plot);
    titleOf(plot)->setText(text);
    plot->xAxis->setRange(0, 1);
    plot->yAxis->setRange(0, 1);
}

void ExploreView::drawHistogram() {
    QCustomPlot* plot = m_plots[HistogramChart];
    const Histogram& h = chartData().histogram;
    const QString column = columnLabel(m_controller->request().numeric);
    if (column.isEmpty() || h.counts.empty()) {
        setMessage(plot, column.isEmpty() ? tr("Choose a numeric measure.")
                                          : tr("%1 has no values to draw.").arg(column));
        return;
    }
    auto* bars = new QCPBars(plot->xAxis, plot->yAxis);
    bars->setWidth(h.width);
    bars->setPen(QPen(Qt::white, 0.5));
    bars->setBrush(kBlue);
    double top = 0;
    for (std::size_t b = 0; b < h.counts.size(); ++b) {
        bars->addData(h.start + (double(b) + 0.5) * h.width, double(h.counts[b]));
        top = std::max(top, double(h.counts[b]));
    }
    const auto mark = [&](double x, const QColor& color, const QString& label, double y) {
        auto* line = new QCPItemStraightLine(plot);
        line->point1->setCoords(x, 0);
        line->point2->setCoords(x, 1);
        line->setPen(QPen(color, 1.6, Qt::DashLine));
        auto* text = new QCPItemText(plot);
        text->position->setTypeY(QCPItemPosition::ptAxisRectRatio);
        text->position->setCoords(x, y);
        text->setPositionAlignment(Qt::AlignLeft | Qt::AlignTop);
        text->setPadding(QMargins(4, 2, 2, 2));
        text->setBrush(QColor(255, 255, 255, 210));
        text->setColor(color);
        text->setText(label);
    };
    const std::string& raw = m_controller->request().numeric;
    const ColumnLabels& labels = m_document->columnLabels();
    mark(h.mean, QColor(0xD5, 0x5E, 0x00), tr("mean %1").arg(labels.value(raw, h.mean)), 0.02);
    mark(h.median, QColor(0x00, 0x9E, 0x73), tr("median %1").arg(labels.value(raw, h.median)),
         0.10);
    plot->xAxis->setLabel(column);
    plot->yAxis->setLabel(tr("Customers"));
    plot->xAxis->setRange(h.start - h.width, h.start + (double(h.counts.size()) + 1) * h.width);
    plot->yAxis->setRange(0, top * 1.1);
    QString title = tr("Distribution of %1 (%2 bins)").arg(column).arg(h.counts.size());
    if (h.skipped > 0) {
        title += QStringLiteral(" — ") + tr("%L1 missing values left out").arg(h.skipped);
    }
    titleOf(plot)->setText(title);
}

void ExploreView::drawBoxes() {
    QCustomPlot* plot = m_plots[BoxChart];
    const QString column = columnLabel(m_controller->request().numeric);
    if (column.isEmpty() || chartData().boxes.empty()) {
        setMessage(plot, tr("Choose a numeric measure."));
        return;
    }
    QStringList labels;
    double lo = std::numeric_limits<double>::max();
    double hi = std::numeric_limits<double>::lowest();
    int key = 1;
    for (const BoxStats& b : chartData().boxes) {
        const bool bySegment = b.segment >= -1;
        const QString label = bySegment ? m_document->segmentName(b.segment) : b.label;
        labels << QStringLiteral("%1\n(n = %2)").arg(label, QLocale().toString(b.count));
        if (b.count > 0) {
            auto* box = new QCPStatisticalBox(plot->xAxis, plot->yAxis);
            const QColor color = bySegment ? m_document->segmentColor(b.segment) : kBlue;
            QColor fill = color;
            fill.setAlpha(120);
            box->setBrush(fill);
            box->setPen(QPen(color.darker(150), 1.2));
            box->setMedianPen(QPen(Qt::black, 2));
            box->setWidth(0.6);
            box->setOutlierStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, color.darker(130), 4));
            QVector<double> outliers(b.outliers.begin(), b.outliers.end());
            box->addData(key, b.lowerWhisker, b.q1, b.median, b.q3, b.upperWhisker, outliers);
            lo = std::min(lo, b.lowerWhisker);
            hi = std::max(hi, b.upperWhisker);
            for (double o : b.outliers) {
                lo = std::min(lo, o);
                hi = std::max(hi, o);
            }
        }
        ++key;
    }
    plot->xAxis->setTicker(textTicker(labels));
    plot->xAxis->setTickLabelRotation(labels.size() > 6 ? 30 : 0);
    plot->xAxis->setRange(0.4, double(labels.size()) + 0.6);
    const double pad = (hi - lo) * 0.06 + 1e-9;
    plot->yAxis->setRange(lo - pad, hi + pad);
    plot->yAxis->setLabel(column);
    const QString split = m_split->currentText();
    titleOf(plot)->setText(!m_split->currentData().toString().isEmpty()
                               ? tr("%1 by %2 (points: beyond 1.5 × IQR)").arg(column, split)
                               : tr("%1 (points: beyond 1.5 × IQR)").arg(column));
}

void ExploreView::drawCategories() {
    QCustomPlot* plot = m_plots[BarChart];
    const auto& c = chartData().categories;
    const QString column = columnLabel(m_controller->request().categorical);
    if (column.isEmpty() || c.labels.isEmpty()) {
        setMessage(plot, tr("Choose a categorical column."));
        return;
    }
    std::int64_t total = 0;
    for (auto n : c.counts) {
        total += n;
    }
    auto* bars = new QCPBars(plot->xAxis, plot->yAxis);
    bars->setWidth(0.7);
    bars->setPen(Qt::NoPen);
    bars->setBrush(kBlue);
    double top = 0;
    for (int i = 0; i < c.labels.size(); ++i) {
        const double n = double(c.counts[std::size_t(i)]);
        bars->addData(i + 1, n);
        top = std::max(top, n);
        auto* text = new QCPItemText(plot);
        text->position->setCoords(i + 1, n);
        text->setPositionAlignment(Qt::AlignHCenter | Qt::AlignBottom);
        text->setText(QStringLiteral("%1\n%2").arg(
            QLocale().toString(c.counts[std::size_t(i)]),
            formatPercent(n / double(std::max<std::int64_t>(1, total)))));
    }
    plot->xAxis->setTicker(textTicker(c.labels));
    plot->xAxis->setTickLabelRotation(c.labels.size() > 5 ? 35 : 0);
    plot->xAxis->setRange(0.4, double(c.labels.size()) + 0.6);
    fitBarLabels(plot, plot->yAxis, top * 1.05);
    plot->yAxis->setLabel(tr("Customers"));
    QString title = tr("Customers by %1").arg(column);
    if (c.missing > 0) {
        title += QStringLiteral(" — ") + tr("%L1 missing").arg(c.missing);
    }
    titleOf(plot)->setText(title);
}

void ExploreView::drawCorrelation() {
    QCustomPlot* plot = m_plots[CorrelationChart];
    const auto& c = chartData().correlation;
    const int n = int(c.columns.size());
    if (n < 2) {
        setMessage(plot, tr("At least two numeric columns are needed for correlations."));
        return;
    }
    QCPColorGradient gradient;
    gradient.setColorStopAt(0.0, QColor(0x21, 0x66, 0xAC));
    gradient.setColorStopAt(0.5, QColor(0xF7, 0xF7, 0xF7));
    gradient.setColorStopAt(1.0, QColor(0xB2, 0x18, 0x2B));
    auto* map = new QCPColorMap(plot->xAxis, plot->yAxis);
    map->data()->setSize(n, n);
    map->data()->setRange(QCPRange(0, n - 1), QCPRange(0, n - 1));
    for (int i = 0; i < n; ++i) {
        for (int j = 0; j < n; ++j) {
            const double r = c.at(i, j);
            map->data()->setCell(i, j, std::isnan(r) ? 0.0 : r);
            if (n <= 20 && !std::isnan(r)) {
                auto* text = new QCPItemText(plot);
                text->position->setCoords(i, j);
                text->setText(QLocale().toString(r, 'f', 2));
                QFont f = text->font();
                f.setPointSizeF(n > 14 ? 6.5 : 8);
                text->setFont(f);
                text->setColor(std::abs(r) > 0.6 ? Qt::white : Qt::black);
            }
        }
    }
    map->setGradient(gradient);
    map->setDataRange(QCPRange(-1, 1));
    map->setInterpolate(false);
    auto* scale = new QCPColorScale(plot);
    plot->plotLayout()->addElement(1, 1, scale);
    scale->setGradient(gradient);
    scale->setDataRange(QCPRange(-1, 1));
    scale->axis()->setLabel(tr("Pearson correlation"));
    map->setColorScale(scale);
    QStringList names;
    for (const QString& column : c.columns) {
        names << columnLabel(column.toStdString());
    }
    plot->xAxis->setTicker(textTicker(names, 0));
    plot->yAxis->setTicker(textTicker(names, 0));
    plot->xAxis->setTickLabelRotation(90);
    plot->xAxis->setSubTicks(false);
    plot->yAxis->setSubTicks(false);
    plot->xAxis->grid()->setVisible(false);
    plot->yAxis->grid()->setVisible(false);
    plot->yAxis->setRangeReversed(true);
    plot->xAxis->setRange(-0.5, n - 0.5);
    plot->yAxis->setRange(-0.5, n - 0.5);
    titleOf(plot)->setText(tr("Correlations between numeric columns (hover a cell for its value)"));
}

void ExploreView::drawGroups() {
    QCustomPlot* plot = m_plots[GroupChart];
    const auto& g = chartData().groups;
    const std::string& measureColumn = m_controller->request().numeric;
    const QString measure = columnLabel(measureColumn);
    const QString group = columnLabel(m_controller->request().groupBy);
    if (measure.isEmpty() || group.isEmpty() || g.labels.isEmpty()) {
        setMessage(plot, tr("Choose a measure and a grouping column."));
        return;
    }
    auto* bars = new QCPBars(plot->xAxis, plot->yAxis);
    bars->setWidth(0.7);
    bars->setPen(Qt::NoPen);
    bars->setBrush(QColor(0x00, 0x9E, 0x73));
    // One format for every bar: the column's unit when it has one ("Rp 341,8 jt"), else the
    // same decimals on every bar.
    const ColumnLabels& labels = m_document->columnLabels();
    const bool hasUnit = !labels.display(measureColumn).unit.empty() ||
                         labels.display(measureColumn).scale != core::ValueScale::Units;
    const NumberColumn decimals(g.means);
    double top = 0;
    for (int i = 0; i < g.labels.size(); ++i) {
        const double mean = g.means[std::size_t(i)];
        bars->addData(i + 1, mean);
        top = std::max(top, mean);
        auto* text = new QCPItemText(plot);
        text->position->setCoords(i + 1, mean);
        text->setPositionAlignment(Qt::AlignHCenter | Qt::AlignBottom);
        text->setText(QStringLiteral("%1\nn = %2")
                          .arg(hasUnit ? labels.value(measureColumn, mean) : decimals.text(mean),
                               QLocale().toString(g.counts[std::size_t(i)])));
    }
    plot->xAxis->setTicker(textTicker(g.labels));
    plot->xAxis->setTickLabelRotation(g.labels.size() > 6 ? 35 : 0);
    plot->xAxis->setRange(0.4, double(g.labels.size()) + 0.6);
    fitBarLabels(plot, plot->yAxis, top * 1.05);
    plot->xAxis->setLabel(group);
    plot->yAxis->setLabel(tr("Average %1").arg(measure));
    QString title = tr("Average %1 by %2").arg(measure, group);
    if (g.skipped > 0) {
        title += QStringLiteral(" — ") + tr("%L1 rows with missing values left out").arg(g.skipped);
    }
    titleOf(plot)->setText(title);
}

QString ExploreView::columnLabel(const std::string& column) const {
    return column.empty() ? QString() : m_document->columnLabels().label(column);
}

QList<QPair<QString, QWidget*>> ExploreView::screenshotParts() {
    const QSize size = m_tabs->currentWidget()->size().expandedTo(QSize(1000, 640));
    QList<QPair<QString, QWidget*>> parts;
    for (int c = 0; c < ChartCount; ++c) {
        m_plots[c]->resize(size);
        parts.append({QString::fromLatin1(kChartNames[c]), m_plots[c]});
    }
    return parts;
}

} // namespace gugus::ui
