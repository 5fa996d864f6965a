#include "segments/segments_view.h"

namespace gugus::ui {

SegmentsView::SegmentsView(Project* project, JobRunner* jobs, QWidget* parent)
    : QWidget(parent), m_project(project), m_jobs(jobs) {}

QList<QPair<QString, QWidget*>> SegmentsView::screenshotParts() { return {{QStringLiteral("segments"), this}}; }

void SegmentsView::runSweep(std::function<void(bool)> then) {
    if (then) {
        then(false);
    }
}

void SegmentsView::runSegmentation(std::function<void(bool)> then) {
    if (then) {
        then(false);
    }
}

} // namespace gugus::ui
