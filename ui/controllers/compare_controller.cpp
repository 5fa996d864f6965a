#include "controllers/compare_controller.h"

#include "state/document.h"
#include "support/job_runner.h"

namespace gugus::ui {

CompareController::CompareController(Document* document, QObject* parent)
    : QObject(parent), m_document(document),
      m_runner(new JobRunner(JobRunner::Policy::ReplaceRunning, this)),
      m_latest(finishedWith(Outcome::done())) {
    connect(document, &Document::pinnedChanged, this, &CompareController::update);
    connect(document, &Document::segmentationChanged, this, &CompareController::update);
}

const core::CrossTab* CompareController::comparison() const {
    // Only for the Document's pair, also while a view hears of a new one before this does.
    const Document::Pinned* pinned = m_document->pinned();
    const bool samePair = m_pinned == (pinned ? pinned->segmentation : nullptr) &&
                          m_current == m_document->segmentationPtr();
    return samePair && m_table ? &*m_table : nullptr;
}

void CompareController::update() {
    const Document::Pinned* pinned = m_document->pinned();
    auto old = pinned ? pinned->segmentation : nullptr;
    auto current = m_document->segmentationPtr();
    if (old == m_pinned && current == m_current) {
        return; // computed or being computed
    }
    m_pinned = old;
    m_current = current;
    ++m_pair;
    m_table.reset();
    if (!old || !current) {
        m_runner->cancel();
        m_latest = finishedWith(Outcome::done());
        emit compared();
        return;
    }
    m_latest = m_runner->run<core::CrossTab>(
        tr("Comparing segmentations"),
        [old, current](core::Progress&) {
            return core::crossTabulate(old->result.tableLabels, old->result.k,
                                       current->result.tableLabels, current->result.k);
        },
        // Not the pair itself: holding it here could make the GUI thread its last owner.
        [this, pair = m_pair](JobOutcome<core::CrossTab> outcome) {
            if (outcome.value && pair == m_pair) {
                m_table = std::move(*outcome.value);
                emit compared();
            }
        });
}

} // namespace gugus::ui
