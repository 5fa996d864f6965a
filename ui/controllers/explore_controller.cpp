#include "controllers/explore_controller.h"

#include "state/document.h"
#include "support/job_runner.h"

namespace gugus::ui {

ExploreController::ExploreController(Document* document, QObject* parent)
    : QObject(parent), m_document(document),
      m_runner(new JobRunner(JobRunner::Policy::ReplaceRunning, this)),
      m_latest(finishedWith(Outcome::cancellation())) {}

bool ExploreController::busy() const {
    return m_runner->busy();
}

void ExploreController::clear() {
    m_runner->cancel();
    m_data = {};
    m_request = {};
}

QFuture<Outcome> ExploreController::compute(const ExploreRequest& request) {
    const auto data = m_document->data();
    if (!data) {
        return finishedWith(Outcome::failure(QString()));
    }
    m_latest = m_runner->run<ExploreData>(
        tr("Drawing charts"),
        [data, request](core::Progress& progress) {
            return computeExplore(data->table, request, progress);
        },
        [this, request](JobOutcome<ExploreData> outcome) {
            if (outcome.value) {
                m_data = std::move(*outcome.value);
                m_request = request;
                emit computed();
            }
        });
    return m_latest;
}

} // namespace gugus::ui
