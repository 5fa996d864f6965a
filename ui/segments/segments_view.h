#pragma once

#include <QList>
#include <QPair>
#include <QWidget>

#include <functional>

namespace gugus::ui {

class JobRunner;
class Project;

/// (Stub: filled in by the SegmentsView work.)
class SegmentsView : public QWidget {
    Q_OBJECT
public:
    SegmentsView(Project* project, JobRunner* jobs, QWidget* parent = nullptr);

    /// Named parts for `gugus --screenshots`: file stem -> widget to grab (charts, the view).
    QList<QPair<QString, QWidget*>> screenshotParts();

    /// Runs the k sweep / the segmentation with the current settings on a worker (as the
    /// buttons do); `then(ok)` runs on the GUI thread when it ends.
    void runSweep(std::function<void(bool)> then = {});
    void runSegmentation(std::function<void(bool)> then = {});

private:
    Project* m_project;
    JobRunner* m_jobs;
};

} // namespace gugus::ui
