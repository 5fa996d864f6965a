#pragma once

#include "support/job_runner.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

class QLabel;
class QProgressBar;
class QPushButton;
class QStatusBar;

namespace gugus::ui {

/// The running jobs in a status bar: the title and progress of the most recently started job
/// still running, and a Cancel button that stops that job. When it ends, the next most recent
/// running job (of any runner watched) takes its place. A finished job leaves "<title>: done."
/// until the next message; one that fails or that the user cancelled leaves a message for a few
/// seconds; a replaced one none (its successor shows).
class JobStatus : public QObject {
    Q_OBJECT
public:
    /// Adds its label, progress bar and Cancel button to `bar` as permanent widgets.
    explicit JobStatus(QStatusBar* bar);

    /// Shows the jobs of `runner` too.
    void watch(JobRunner* runner);
    /// Cancels the running jobs of every watched runner but saves (runners whose jobs run
    /// alongside each other), e.g. when the window closes: a file the user asked for is still
    /// written before the program exits.
    void cancelAllButSaves();

    /// The title of the job shown ("" when idle) and how many jobs run.
    QString shownTitle() const;
    int runningCount() const { return int(m_jobs.size()); }
    QPushButton* cancelButton() const { return m_cancel; }

private:
    struct Job {
        JobRunner* runner = nullptr;
        quint64 id = 0;
        QString title;
        int permille = 0;
        QString stage;
    };
    void show();
    void cancelShown();

    QStatusBar* m_bar;
    QList<Job> m_jobs; ///< running jobs, oldest first
    QList<QPointer<JobRunner>> m_runners;
    QLabel* m_label;
    QProgressBar* m_progress;
    QPushButton* m_cancel;
};

} // namespace gugus::ui
