#pragma once

#include <QList>
#include <QPair>
#include <QWidget>

#include <functional>

namespace gugus::ui {

class JobRunner;
class Project;

/// (Stub: filled in by the DatasetView work.)
class DatasetView : public QWidget {
    Q_OBJECT
public:
    DatasetView(Project* project, JobRunner* jobs, QWidget* parent = nullptr);

    /// Named parts for `gugus --screenshots`: file stem -> widget to grab (charts, the view).
    QList<QPair<QString, QWidget*>> screenshotParts();

private:
    Project* m_project;
    JobRunner* m_jobs;
};

} // namespace gugus::ui
