#pragma once

#include "explore/explore_data.h"

#include <QList>
#include <QPair>
#include <QWidget>

#include <functional>

class QComboBox;
class QCustomPlot;
class QDoubleSpinBox;
class QFormLayout;
class QLabel;
class QSpinBox;
class QTabWidget;

namespace gugus::ui {

class Document;
class ExploreController;

/// The Explore (EDA) view: histogram (bin rule selectable), box plots (split by a categorical
/// column or by segment), category bars, correlation heatmap and a group-by chart (average of a
/// measure per category or band). The ExploreController computes the chart data on a worker;
/// every chart exports.
class ExploreView : public QWidget {
    Q_OBJECT
public:
    ExploreView(Document* document, ExploreController* controller, QWidget* parent = nullptr);

    /// Named parts for `gugus --screenshots`: file stem -> widget to grab.
    QList<QPair<QString, QWidget*>> screenshotParts();
    /// The last computed chart data (for tests) and whether a computation is pending.
    const ExploreData& chartData() const;
    bool computing() const;
    QComboBox* numericCombo() const { return m_numeric; }
    QComboBox* splitCombo() const { return m_split; }
    QComboBox* categoricalCombo() const { return m_categorical; }
    QComboBox* groupCombo() const { return m_group; }
    QCustomPlot* histogramPlot() const { return m_plots[0]; }
    QCustomPlot* correlationPlot() const { return m_plots[3]; }
    QCustomPlot* categoryPlot() const { return m_plots[2]; }
    QCustomPlot* groupPlot() const { return m_plots[4]; }
    /// How often the charts were drawn (tests: a change behind another tab is drawn once).
    int draws() const { return m_draws; }

private:
    void retranslate();
    void fillColumnCombos();
    void recompute();
    void draw();
    void drawHistogram();
    void drawBoxes();
    void drawCategories();
    void drawCorrelation();
    void drawGroups();
    void setMessage(QCustomPlot* plot, const QString& text);
    /// A column as people read it: its display label, or its name ("" stays "").
    QString columnLabel(const std::string& column) const;

    Document* m_document;
    ExploreController* m_controller;
    bool m_filling = false;
    int m_draws = 0;
    bool m_chartsCleared = false; ///< new data came: empty charts (saying so) until its own

    QFormLayout* m_form;
    QComboBox* m_numeric;
    QComboBox* m_binRule;
    QSpinBox* m_bins;
    QComboBox* m_split;
    QComboBox* m_categorical;
    QComboBox* m_group;
    QDoubleSpinBox* m_bandWidth;
    QTabWidget* m_tabs;
    QCustomPlot* m_plots[5];
};

} // namespace gugus::ui
