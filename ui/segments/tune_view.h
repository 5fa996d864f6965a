#pragma once

#include "pipeline/auto_tune.h"
#include "support/outcome.h"

#include <QFuture>
#include <QWidget>

class QLabel;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace gugus::ui {

class Document;
class SegmentationController;

/// Auto-tune: searches k, algorithm and feature subsets within the current feature columns (the
/// perspective) on a worker, lists the best solutions with silhouette, smallest segment and
/// stability, says plainly whether the silhouette target is reached and what was traded, and
/// applies a chosen solution (applyRequested). The search runs in the SegmentationController.
class TuneView : public QWidget {
    Q_OBJECT
public:
    TuneView(Document* document, SegmentationController* controller, QWidget* parent = nullptr);

    /// Starts the search with the panel's k range and minimum share; the future finishes when
    /// the result is shown.
    QFuture<Outcome> run();
    const core::AutoTuneResult* result() const;
    QTableWidget* table() const { return m_table; }
    QString statement() const;
    /// Emits applyRequested for row `row` of the result table.
    void applyRow(int row);

signals:
    void applyRequested(core::Algorithm algorithm, int k, const QStringList& columns);

private:
    void retranslate();
    void showResult();

    Document* m_document;
    SegmentationController* m_controller;
    QLabel* m_intro;
    QLabel* m_kLabel;
    QSpinBox* m_kMin;
    QSpinBox* m_kMax;
    QLabel* m_shareLabel;
    QSpinBox* m_minShare;
    QPushButton* m_run;
    QPushButton* m_apply;
    QLabel* m_statement;
    QTableWidget* m_table;
};

} // namespace gugus::ui
