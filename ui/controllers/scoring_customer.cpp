// ScoringController's one-customer jobs (Segments ▸ Score one customer…): the model (a file or the
// current segmentation's) and the scoring of one customer, each on the customer runner.
#include "controllers/scoring_controller.h"

#include "common/small_file.h"
#include "state/document.h"
#include "support/job_runner.h"
#include "support/read_file.h"

#include <QFileInfo>

namespace gugus::ui {

namespace {

using ModelPtr = std::shared_ptr<const core::SegmentModel>;

} // namespace

QFuture<Outcome> ScoringController::loadCustomerModel(const QString& path) {
    return m_customer->run<ModelPtr>(
        tr("Reading the model %1").arg(QFileInfo(path).fileName()),
        [path](core::Progress&) {
            return std::make_shared<const core::SegmentModel>(
                core::SegmentModel::fromJson(readWholeFile(path, core::kMaxModelFileBytes)));
        },
        [this](JobOutcome<ModelPtr> outcome) {
            if (outcome.value) {
                emit customerModelReady(*outcome.value, false);
            } else if (!outcome.cancelled) {
                emit customerModelFailed(outcome.error);
            }
        });
}

QFuture<Outcome> ScoringController::useCurrentModel() {
    const auto seg = m_document->segmentationPtr();
    const auto data = m_document->data();
    if (!seg || !data) {
        return finishedWith(Outcome::failure(QString()));
    }
    const std::vector<std::string> names = shownNames(m_document);
    return m_customer->run<ModelPtr>(
        tr("Preparing the current segmentation's model"),
        [seg, data, names](core::Progress&) {
            return std::make_shared<const core::SegmentModel>(core::SegmentModel::fromSegmentation(
                data->table, seg->options, seg->result, names));
        },
        [this](JobOutcome<ModelPtr> outcome) {
            if (outcome.value) {
                emit customerModelReady(*outcome.value, true);
            } else if (!outcome.cancelled) {
                emit customerModelFailed(outcome.error);
            }
        });
}

QFuture<Outcome> ScoringController::scoreCustomer(ModelPtr model,
                                                  std::vector<core::CustomerValue> values,
                                                  double minSupport) {
    using Result = std::shared_ptr<const core::CustomerScore>;
    return m_customer->run<Result>(
        tr("Scoring one customer"),
        [model, values, minSupport](core::Progress&) {
            return std::make_shared<const core::CustomerScore>(
                core::scoreCustomer(*model, values, minSupport));
        },
        [this](JobOutcome<Result> outcome) {
            if (outcome.value) {
                emit customerScored(**outcome.value);
            } else if (!outcome.cancelled) {
                emit customerScoringFailed(outcome.error);
            }
        });
}

} // namespace gugus::ui
