#include "dataset/dataset_view.h"

namespace gugus::ui {

DatasetView::DatasetView(Project* project, JobRunner* jobs, QWidget* parent)
    : QWidget(parent), m_project(project), m_jobs(jobs) {}

QList<QPair<QString, QWidget*>> DatasetView::screenshotParts() { return {{QStringLiteral("dataset"), this}}; }

} // namespace gugus::ui
