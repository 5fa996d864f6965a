#pragma once

#include "pipeline/auto_tune.h"

#include <QWidget>

#include <functional>

class QLabel;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace gugus::ui {

class JobRunner;
class Document;

/// Auto-tune: searches k, algorithm and feature subsets within the current feature columns (the
/// perspective) on a worker, lists the best solutions with silhouette, smallest segment and
/// stability, says plainly whether the silhouette target is reached and what was traded, and
/// applies a chosen solution (applyRequested).
class TuneView : public QWidget {
    Q_OBJECT
public:
    TuneView(Document* document, JobRunner* jobs, QWidget* parent = nullptr);

    void run(std::function<void(bool)> then = {});
    const core::AutoTuneResult* result() const { return m_result ? &*m_result : nullptr; }
    QTableWidget* table() const { return m_table; }
    QString statement() const;
    /// Emits applyRequested for row `row` of the result table.
    void applyRow(int row);

signals:
    void applyRequested(core::Algorithm algorithm, int k, const QStringList& columns);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void showResult();

    Document* m_document;
    JobRunner* m_jobs;
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
    std::optional<core::AutoTuneResult> m_result;
    std::size_t m_featureCount = 0;
};

} // namespace gugus::ui
