#include "segments/sweep_chart.h"

#include "plots/plot_tools.h"
#include "support/format.h"
#include "support/live_update.h"

#include <qcustomplot.h>

#include <QGridLayout>
#include <QLabel>
#include <QVBoxLayout>

#include <cmath>

namespace gugus::ui {

namespace {

enum Metric { Inertia, Silhouette, CalinskiHarabasz, DaviesBouldin };

double metricOf(const core::SweepPoint& p, int metric) {
    switch (metric) {
    case Inertia:
        return p.scores.inertia;
    case Silhouette:
        return p.scores.silhouette;
    case CalinskiHarabasz:
        return p.scores.calinskiHarabasz;
    default:
        return p.scores.daviesBouldin;
    }
}

} // namespace

SweepChart::SweepChart(QWidget* parent) : QWidget(parent), m_suggestion(new QLabel(this)) {
    auto* grid = new QGridLayout;
    const char* names[] = {"elbow", "silhouette_by_k", "calinski_harabasz_by_k",
                           "davies_bouldin_by_k"};
    for (int i = 0; i < 4; ++i) {
        m_plots[i] = new QCustomPlot(this);
        m_plots[i]->setMinimumSize(240,
                                   200); // two across beside the settings and the list at 1,280 px
        m_plots[i]->plotLayout()->insertRow(0);
        m_plots[i]->plotLayout()->addElement(0, 0, new QCPTextElement(m_plots[i], QString()));
        setUpPlot(m_plots[i], QString::fromLatin1(names[i]));
        keepLabelsInside(m_plots[i]); // "knee: k = 8" at the right edge turns to the left
        m_plots[i]->xAxis->ticker()->setTickCount(8);
        auto ticker = QSharedPointer<QCPAxisTickerFixed>::create();
        ticker->setTickStep(1.0);
        ticker->setScaleStrategy(QCPAxisTickerFixed::ssMultiples);
        m_plots[i]->xAxis->setTicker(ticker);
        connect(m_plots[i], &QCustomPlot::mousePress, this, [this, i](QMouseEvent* event) {
            const double k = m_plots[i]->xAxis->pixelToCoord(event->position().x());
            for (const auto& p : m_sweep.points) {
                if (std::abs(p.k - k) < 0.5) {
                    emit kClicked(p.k);
                    return;
                }
            }
        });
        grid->addWidget(m_plots[i], i / 2, i % 2);
    }
    m_criteria = new QCustomPlot(this);
    m_criteria->setMinimumSize(280, 200);
    m_criteria->plotLayout()->insertRow(0);
    m_criteria->plotLayout()->addElement(0, 0, new QCPTextElement(m_criteria, QString()));
    setUpPlot(m_criteria, QStringLiteral("bic_aic_by_k"));
    keepLabelsInside(m_criteria); // "lowest BIC" at the bottom goes above its point
    m_criteria->xAxis->setTicker(m_plots[0]->xAxis->ticker());
    m_criteria->legend->setVisible(true);
    connect(m_criteria, &QCustomPlot::mousePress, this, [this](QMouseEvent* event) {
        const double k = m_criteria->xAxis->pixelToCoord(event->position().x());
        for (const auto& p : m_sweep.points) {
            if (std::abs(p.k - k) < 0.5) {
                emit kClicked(p.k);
                return;
            }
        }
    });
    grid->addWidget(m_criteria, 2, 0, 1, 2);
    m_suggestion->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_suggestion);
    layout->addLayout(grid, 1);
    onLanguageChange(this, [this] { redraw(); });
    redraw();
}

void SweepChart::setSweep(const core::SweepResult& sweep, bool complete) {
    m_sweep = sweep;
    m_complete = complete;
    redraw();
}

void SweepChart::clear() {
    m_sweep = {};
    m_complete = false;
    redraw();
}

void SweepChart::setSelectedK(int k) {
    m_selectedK = k;
    redraw();
}

void SweepChart::redraw() {
    const QString titles[] = {tr("Inertia (elbow curve)"), tr("Silhouette (higher is better)"),
                              tr("Calinski–Harabasz (higher is better)"),
                              tr("Davies–Bouldin (lower is better)")};
    const QString yLabels[] = {tr("Within-segment sum of squares"), tr("Mean silhouette"),
                               tr("Calinski–Harabasz index"), tr("Davies–Bouldin index")};
    const QColor lineColor(0x00, 0x72, 0xB2);
    for (int m = 0; m < 4; ++m) {
        QCustomPlot* plot = m_plots[m];
        applyLocale(plot);
        plot->clearGraphs();
        plot->clearItems();
        static_cast<QCPTextElement*>(plot->plotLayout()->element(0, 0))->setText(titles[m]);
        plot->xAxis->setLabel(tr("Number of segments (k)"));
        plot->yAxis->setLabel(yLabels[m]);
        QVector<double> ks;
        QVector<double> values;
        for (const auto& p : m_sweep.points) {
            const double v = metricOf(p, m);
            if (std::isfinite(v)) {
                ks << p.k;
                values << v;
            }
        }
        QCPGraph* graph = plot->addGraph();
        graph->setPen(QPen(lineColor, 2));
        graph->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, lineColor, Qt::white, 7));
        graph->setData(ks, values, true);
        const auto markK = [&](int k, const QColor& color, const QString& label) {
            for (int i = 0; i < ks.size(); ++i) {
                if (int(ks[i]) != k) {
                    continue;
                }
                QCPGraph* mark = plot->addGraph();
                mark->setLineStyle(QCPGraph::lsNone);
                mark->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, color, 11));
                mark->setData(QVector<double>{ks[i]}, QVector<double>{values[i]}, true);
                if (!label.isEmpty()) {
                    auto* text = new QCPItemText(plot);
                    text->position->setCoords(ks[i], values[i]);
                    text->setPositionAlignment(Qt::AlignLeft | Qt::AlignBottom);
                    text->setPadding(QMargins(6, 0, 0, 6));
                    text->setText(label);
                    text->setColor(color);
                    QFont f = text->font();
                    f.setBold(true);
                    text->setFont(f);
                }
            }
        };
        if (m_complete && m_sweep.kneeK && m == Inertia) {
            markK(*m_sweep.kneeK, QColor(0xD5, 0x5E, 0x00), tr("knee: k = %1").arg(*m_sweep.kneeK));
        }
        if (m_selectedK > 0) {
            markK(m_selectedK, QColor(0x00, 0x9E, 0x73), QString());
        }
        plot->rescaleAxes();
        if (!ks.isEmpty()) {
            plot->xAxis->setRange(ks.front() - 0.5, ks.back() + 0.5);
            const QCPRange r = plot->yAxis->range();
            const double pad = std::max(r.size() * 0.12, std::abs(r.center()) * 0.02 + 1e-12);
            plot->yAxis->setRange(r.lower - pad, r.upper + pad);
        }
        plot->replot(QCustomPlot::rpQueuedReplot);
    }
    redrawCriteria();
    if (m_sweep.points.empty()) {
        m_suggestion->setText(
            tr("Run the k sweep to compare numbers of segments. Click a k on any chart to "
               "choose it."));
    } else if (!m_complete) {
        m_suggestion->setText(tr("Sweep running: %n value(s) of k done…", "", pointCount()));
    } else {
        QString reason;
        switch (m_sweep.reason) {
        case core::SuggestionReason::KneeAgreesWithSilhouette:
            reason =
                tr("the elbow of the inertia curve, where the silhouette is also near its best");
            break;
        case core::SuggestionReason::BestSilhouette:
            reason = tr("the best silhouette (the elbow is absent or clearly worse)");
            break;
        case core::SuggestionReason::Knee:
            reason = tr("the elbow of the inertia curve (no silhouette available)");
            break;
        }
        m_suggestion->setText(tr("<b>Suggested k = %1</b>: %2. Click a k on any chart to choose "
                                 "another.")
                                  .arg(m_sweep.suggestedK)
                                  .arg(reason));
        if (m_sweep.lowestBicK) {
            m_suggestion->setText(m_suggestion->text() + QLatin1Char(' ') +
                                  tr("The lowest BIC is at k = %1, the lowest AIC at k = %2.")
                                      .arg(*m_sweep.lowestBicK)
                                      .arg(m_sweep.lowestAicK.value_or(0)));
        }
    }
}

void SweepChart::redrawCriteria() {
    bool any = false;
    for (const auto& p : m_sweep.points) {
        any = any || p.bic.has_value();
    }
    m_criteria->setVisible(any);
    QCustomPlot* plot = m_criteria;
    applyLocale(plot);
    plot->clearGraphs();
    plot->clearItems();
    static_cast<QCPTextElement*>(plot->plotLayout()->element(0, 0))
        ->setText(tr("BIC and AIC (lower is better)"));
    plot->xAxis->setLabel(tr("Number of segments (k)"));
    plot->yAxis->setLabel(tr("Information criterion"));
    if (!any) {
        return;
    }
    // Okabe-Ito blue and vermilion, as the other charts.
    const QColor colors[] = {QColor(0x00, 0x72, 0xB2), QColor(0xD5, 0x5E, 0x00)};
    const QString names[] = {tr("BIC"), tr("AIC")};
    for (int c = 0; c < 2; ++c) {
        QVector<double> ks;
        QVector<double> values;
        for (const auto& p : m_sweep.points) {
            const std::optional<double>& v = c == 0 ? p.bic : p.aic;
            if (v && std::isfinite(*v)) {
                ks << p.k;
                values << *v;
            }
        }
        QCPGraph* graph = plot->addGraph();
        graph->setName(names[c]);
        graph->setPen(QPen(colors[c], 2));
        graph->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, colors[c], Qt::white, 7));
        graph->setData(ks, values, true);
    }
    // The minima, marked once the sweep is complete (partial sweeps would move them).
    const std::optional<int> lowest[] = {m_sweep.lowestBicK, m_sweep.lowestAicK};
    for (int c = 0; c < 2 && m_complete; ++c) {
        const auto* data = plot->graph(c)->data().data();
        for (auto it = data->constBegin(); it != data->constEnd(); ++it) {
            if (!lowest[c] || int(it->key) != *lowest[c]) {
                continue;
            }
            QCPGraph* mark = plot->addGraph();
            mark->removeFromLegend();
            mark->setLineStyle(QCPGraph::lsNone);
            mark->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, colors[c], 11));
            mark->setData(QVector<double>{it->key}, QVector<double>{it->value}, true);
            // Both minima at one k: one label, not two printed over each other.
            const bool shared = lowest[0] && lowest[1] && *lowest[0] == *lowest[1];
            if (shared && c == 1) {
                continue;
            }
            auto* text = new QCPItemText(plot);
            text->position->setCoords(it->key, it->value);
            text->setPositionAlignment(Qt::AlignLeft | Qt::AlignTop);
            text->setPadding(QMargins(6, 6, 0, 0));
            text->setText(shared ? tr("lowest BIC and AIC: k = %1").arg(*lowest[c])
                                 : tr("lowest %1: k = %2").arg(names[c]).arg(*lowest[c]));
            text->setColor(shared ? QColor(Qt::black) : colors[c]);
        }
    }
    plot->rescaleAxes();
    if (!m_sweep.points.empty()) {
        plot->xAxis->setRange(m_sweep.points.front().k - 0.5, m_sweep.points.back().k + 0.5);
        const QCPRange r = plot->yAxis->range();
        const double pad = std::max(r.size() * 0.12, std::abs(r.center()) * 0.02 + 1e-12);
        plot->yAxis->setRange(r.lower - pad, r.upper + pad);
    }
    plot->replot(QCustomPlot::rpQueuedReplot);
}

} // namespace gugus::ui
