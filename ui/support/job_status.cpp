#include "support/job_status.h"

#include "support/live_update.h"

#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QStatusBar>

namespace gugus::ui {

JobStatus::JobStatus(QStatusBar* bar)
    : QObject(bar), m_bar(bar), m_label(new QLabel(bar)), m_progress(new QProgressBar(bar)),
      m_cancel(new QPushButton(bar)) {
    m_progress->setRange(0, 1000);
    m_progress->setMaximumWidth(220);
    m_progress->setTextVisible(false);
    bar->addPermanentWidget(m_label);
    bar->addPermanentWidget(m_progress);
    bar->addPermanentWidget(m_cancel);
    m_progress->hide();
    m_cancel->hide();
    connect(m_cancel, &QPushButton::clicked, this, &JobStatus::cancelShown);
    const auto retranslate = [this] {
        m_cancel->setText(tr("Cancel"));
        m_cancel->setToolTip(tr("Stop the running job"));
    };
    retranslate();
    onLanguageChange(m_cancel, retranslate);
}

void JobStatus::watch(JobRunner* runner) {
    m_runners << runner;
    // A runner that dies with jobs in flight never reports their end.
    connect(runner, &QObject::destroyed, this, [this, runner] {
        m_jobs.removeIf([&](const Job& job) { return job.runner == runner; });
        show();
    });
    connect(runner, &JobRunner::started, this, [this, runner](quint64 id, const QString& title) {
        m_jobs.append({runner, id, title, 0, QString()});
        show();
    });
    connect(runner, &JobRunner::progressChanged, this,
            [this, runner](quint64 id, int permille, const QString& stage) {
                for (Job& job : m_jobs) {
                    if (job.runner == runner && job.id == id) {
                        job.permille = permille;
                        job.stage = stage;
                    }
                }
                if (!m_jobs.isEmpty() && m_jobs.last().runner == runner && m_jobs.last().id == id) {
                    show();
                }
            });
    connect(runner, &JobRunner::finished, this,
            [this, runner](quint64 id, JobEnd end, const QString& error) {
                QString title;
                for (const Job& job : m_jobs) {
                    if (job.runner == runner && job.id == id) {
                        title = job.title;
                    }
                }
                m_jobs.removeIf(
                    [&](const Job& job) { return job.runner == runner && job.id == id; });
                show();
                if (end == JobEnd::Done) {
                    // Stays until the next message: the bar tells what happened last (a
                    // controller's own message, e.g. the segmentation's summary, may follow).
                    m_bar->showMessage(tr("%1: done.").arg(title));
                } else if (end == JobEnd::Failed) {
                    m_bar->showMessage(error, 8000);
                } else if (end == JobEnd::Cancelled) {
                    m_bar->showMessage(tr("Cancelled."), 8000);
                }
            });
}

void JobStatus::show() {
    if (m_jobs.isEmpty()) {
        m_progress->hide();
        m_cancel->hide();
        m_label->clear();
        return;
    }
    const Job& job = m_jobs.last();
    m_label->setText(job.title);
    m_progress->setValue(job.permille);
    m_progress->setToolTip(job.stage);
    m_progress->show();
    m_cancel->show();
}

void JobStatus::cancelShown() {
    if (!m_jobs.isEmpty()) {
        m_jobs.last().runner->cancelJob(m_jobs.last().id);
    }
}

void JobStatus::cancelAllButSaves() {
    for (const QPointer<JobRunner>& runner : m_runners) {
        if (runner && runner->policy() != JobRunner::Policy::RunAlongside) {
            runner->cancel();
        }
    }
}

QString JobStatus::shownTitle() const {
    return m_jobs.isEmpty() ? QString() : m_jobs.last().title;
}

} // namespace gugus::ui
