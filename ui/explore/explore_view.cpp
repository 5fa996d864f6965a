#include "explore/explore_view.h"

namespace gugus::ui {

ExploreView::ExploreView(Project* project, JobRunner* jobs, QWidget* parent)
    : QWidget(parent), m_project(project), m_jobs(jobs) {}

QList<QPair<QString, QWidget*>> ExploreView::screenshotParts() { return {{QStringLiteral("explore"), this}}; }

} // namespace gugus::ui
