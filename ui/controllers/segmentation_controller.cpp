#include "controllers/segmentation_controller.h"

#include "reduce/pca.h"
#include "state/document.h"
#include "support/job_runner.h"

#include <QPointer>

namespace gugus::ui {

namespace {

constexpr auto kReplace = JobRunner::Policy::ReplaceRunning;

/// Everything a finished run shows, computed on the worker.
/// The pinned segmentation (numbers follow it) or null. Immutable: shared with the worker.
std::shared_ptr<const Segmentation> referenceOf(const Document* document) {
    return document->pinned() ? document->pinned()->segmentation : nullptr;
}

const core::Labels* labelsOf(const std::shared_ptr<const Segmentation>& reference) {
    return reference ? &reference->result.tableLabels : nullptr;
}

Segmentation segmentOnWorker(const core::Table& table, const core::Recipe& recipe,
                             const core::SegmentationOptions& options,
                             const std::shared_ptr<const Segmentation>& reference,
                             core::Progress& progress) {
    Segmentation out;
    out.options = options;
    out.result = core::runSegmentation(table, recipe, options, progress, labelsOf(reference));
    out.pca = core::fitPca(out.result.data.x, 2, progress);
    out.map = mapPointsOf(out);
    return out;
}

/// Nothing to run on: no data (or no tree to cut).
QFuture<Outcome> notStarted() {
    return finishedWith(Outcome::failure(QString()));
}

} // namespace

SegmentationController::SegmentationController(Document* document, QObject* parent)
    : QObject(parent), m_document(document), m_sweeps(new JobRunner(kReplace, this)),
      m_segmentations(new JobRunner(kReplace, this)), m_kDistances(new JobRunner(kReplace, this)),
      m_tunes(new JobRunner(kReplace, this)) {
    // A job describes the data it started on: new data ends it (cancelled, and it says so).
    connect(document, &Document::dataChanged, this, [this] {
        ++m_sweepGeneration;
        m_partialSweep = {};
        m_tune.reset();
        for (JobRunner* runner : runners()) {
            runner->cancel();
        }
    });
}

QList<JobRunner*> SegmentationController::runners() const {
    return {m_sweeps, m_segmentations, m_kDistances, m_tunes};
}

QFuture<Outcome> SegmentationController::sweep(const core::SegmentationOptions& o) {
    if (!m_document->hasData()) {
        return notStarted();
    }
    const auto data = m_document->data();
    const core::Recipe recipe = m_document->recipe();
    const quint64 generation = ++m_sweepGeneration;
    m_partialSweep = {};
    emit sweepStarted();
    // Partial results: each finished k is copied to the GUI thread and shown at once.
    QPointer<SegmentationController> self(this);
    return m_sweeps->run<core::SweepResult>(
        tr("Trying k = %1 to %2").arg(o.kMin).arg(o.kMax),
        [data, recipe, o, self, generation](core::Progress& progress) {
            return core::sweepTable(data->table, recipe, o, progress,
                                    [self, generation](const core::SweepPoint& point) {
                                        QMetaObject::invokeMethod(
                                            self,
                                            [self, generation, point] {
                                                if (self && generation == self->m_sweepGeneration) {
                                                    self->addSweepPoint(point);
                                                }
                                            },
                                            Qt::QueuedConnection);
                                    });
        },
        [this](JobOutcome<core::SweepResult> outcome) {
            if (outcome.value) {
                m_partialSweep = *outcome.value;
                m_document->setSweep(std::make_shared<const core::SweepResult>(*outcome.value));
            }
            const Outcome end = outcomeOf(outcome);
            emit sweepFinished(end);
            return end;
        });
}

void SegmentationController::addSweepPoint(const core::SweepPoint& point) {
    m_partialSweep.points.push_back(point);
    emit sweepGrew(m_partialSweep);
}

QFuture<Outcome> SegmentationController::segment(const core::SegmentationOptions& o) {
    if (!m_document->hasData()) {
        return notStarted();
    }
    const auto data = m_document->data();
    const core::Recipe recipe = m_document->recipe();
    const auto reference = referenceOf(m_document);
    core::SegmentationOptions options = o;
    const quint64 generation = ++m_trainingGeneration;
    if (options.reduction.method == core::ReductionMethod::Autoencoder) {
        // Each epoch's loss is copied to the GUI thread for the live chart.
        QPointer<SegmentationController> self(this);
        options.reduction.autoencoder.onEpoch = [self, generation](int epoch, double loss) {
            QMetaObject::invokeMethod(
                self,
                [self, generation, epoch, loss] {
                    if (self && generation == self->m_trainingGeneration) {
                        emit self->autoencoderEpoch(epoch, loss);
                    }
                },
                Qt::QueuedConnection);
        };
        emit autoencoderStarted();
    }
    return m_segmentations->run<std::shared_ptr<const Segmentation>>(
        o.k ? tr("Segmenting into %1 segments").arg(*o.k) : tr("Segmenting (choosing k)"),
        [data, recipe, options, reference](core::Progress& progress) {
            return std::make_shared<const Segmentation>(
                segmentOnWorker(data->table, recipe, options, reference, progress));
        },
        [this](JobOutcome<std::shared_ptr<const Segmentation>> outcome) {
            if (outcome.value) {
                const auto& seg = *outcome.value;
                if (seg->result.sweep) {
                    m_document->setSweep(
                        std::make_shared<const core::SweepResult>(*seg->result.sweep));
                }
                m_document->setSegmentation(seg);
            }
            const Outcome end = outcomeOf(outcome);
            emit segmentationFinished(end);
            return end;
        });
}

QFuture<Outcome> SegmentationController::recut(double height) {
    const auto current = m_document->segmentationPtr();
    if (!current || !current->result.tree) {
        return notStarted();
    }
    const auto data = m_document->data();
    const core::Recipe recipe = current->result.recipe.recipe();
    const auto reference = referenceOf(m_document);
    return m_segmentations->run<std::shared_ptr<const Segmentation>>(
        tr("Cutting the tree"),
        [data, recipe, current, height, reference](core::Progress& progress) {
            Segmentation out;
            out.options = current->options;
            out.options.cutHeight = height;
            out.options.k.reset();
            out.result = core::recutTree(data->table, recipe, current->result, std::nullopt, height,
                                         out.options, progress, labelsOf(reference));
            out.pca = current->pca;     // same rows, same features
            out.map = mapPointsOf(out); // new labels: a new share of points per segment
            return std::make_shared<const Segmentation>(std::move(out));
        },
        [this](JobOutcome<std::shared_ptr<const Segmentation>> outcome) {
            if (outcome.value) {
                m_document->setSegmentation(*outcome.value);
            }
            const Outcome end = outcomeOf(outcome);
            emit recutFinished(end);
            return end;
        });
}

QFuture<Outcome> SegmentationController::kDistance(int minSamples) {
    if (!m_document->hasData()) {
        return notStarted();
    }
    const auto data = m_document->data();
    const core::Recipe recipe = m_document->recipe();
    return m_kDistances->run<std::shared_ptr<const core::KDistanceCurve>>(
        tr("Computing the k-distance curve"),
        [data, recipe, minSamples](core::Progress& progress) {
            const core::PreparedData prepared =
                core::prepareFeatures(data->table, recipe, progress);
            return std::make_shared<const core::KDistanceCurve>(
                core::kDistance(prepared.x, minSamples, progress));
        },
        [this](JobOutcome<std::shared_ptr<const core::KDistanceCurve>> outcome) {
            if (outcome.value) {
                m_curve = *outcome.value;
            }
            const Outcome end = outcomeOf(outcome);
            emit kDistanceFinished(end);
            return end;
        });
}

QFuture<Outcome> SegmentationController::autoTune(const core::AutoTuneOptions& o) {
    if (!m_document->hasData()) {
        return notStarted();
    }
    const auto data = m_document->data();
    const core::Recipe recipe = m_document->recipe();
    const std::size_t featureCount = recipe.featureColumns().size();
    return m_tunes->run<core::AutoTuneResult>(
        tr("Auto-tuning"),
        [data, recipe, o](core::Progress& progress) {
            return core::autoTune(data->table, recipe, o, progress);
        },
        [this, featureCount](JobOutcome<core::AutoTuneResult> outcome) {
            if (outcome.value) {
                m_tune = std::move(*outcome.value);
                m_tuneFeatureCount = featureCount;
            }
            const Outcome end = outcomeOf(outcome);
            emit tuneFinished(end);
            return end;
        });
}

} // namespace gugus::ui
