#pragma once

#include "pipeline/auto_tune.h"
#include "pipeline/segmentation.h"
#include "support/outcome.h"

#include <QFuture>
#include <QList>
#include <QObject>

#include <memory>
#include <optional>

namespace gugus::ui {

class Document;
class JobRunner;

/// The segmentation work on the Document's data and recipe: k sweeps, segmentations and re-cuts
/// of the tree, DBSCAN's k-distance curve, and auto-tune. One job runner per kind: a new sweep
/// cancels the sweep still running, a new segmentation or re-cut the one still running, and so
/// on, but a sweep never cancels a segmentation, nor a save an auto-tune. When the Document's
/// data is replaced, the jobs still running on the old data end cancelled. Every method returns
/// a future that finishes (on the GUI thread, after the Document is updated) with how the job
/// ended; the *Finished signals say the same to views, which show the failures.
class SegmentationController : public QObject {
    Q_OBJECT
public:
    explicit SegmentationController(Document* document, QObject* parent = nullptr);

    /// The runners, for the status bar: sweeps, segmentations, k-distance curves, auto-tunes.
    QList<JobRunner*> runners() const;

    /// Runs the k sweep options.kMin..kMax; points arrive as sweepGrew, the whole sweep becomes
    /// the Document's. Fails at once (error "") without data.
    QFuture<Outcome> sweep(const core::SegmentationOptions& options);
    /// Segments with `options`; the result becomes the Document's segmentation (and its sweep when
    /// k was chosen automatically). With a pinned segmentation, segments are numbered to match it
    /// (the same group keeps its number and colour); otherwise by size.
    QFuture<Outcome> segment(const core::SegmentationOptions& options);
    /// Cuts the current hierarchical result at `height` (fails at once without a tree); numbered
    /// as segment() numbers.
    QFuture<Outcome> recut(double height);
    /// The k-distance curve for DBSCAN with `minSamples` (kDistanceCurve() afterwards).
    QFuture<Outcome> kDistance(int minSamples);
    /// Auto-tune within the recipe's feature columns (tuneResult() afterwards).
    QFuture<Outcome> autoTune(const core::AutoTuneOptions& options);

    /// The points of the running (or last) sweep received so far.
    const core::SweepResult& partialSweep() const { return m_partialSweep; }
    std::shared_ptr<const core::KDistanceCurve> kDistanceCurve() const { return m_curve; }
    /// The last auto-tune's result (nullptr before one finished, or after new data) and the
    /// number of feature columns it searched within.
    const core::AutoTuneResult* tuneResult() const { return m_tune ? &*m_tune : nullptr; }
    std::size_t tuneFeatureCount() const { return m_tuneFeatureCount; }

signals:
    void sweepStarted();
    void sweepGrew(const core::SweepResult& partial);
    void sweepFinished(const gugus::ui::Outcome& outcome);
    void segmentationFinished(const gugus::ui::Outcome& outcome);
    void recutFinished(const gugus::ui::Outcome& outcome);
    void kDistanceFinished(const gugus::ui::Outcome& outcome);
    void tuneFinished(const gugus::ui::Outcome& outcome);
    /// A segmentation with an autoencoder reduction started training its network.
    void autoencoderStarted();
    /// Epoch `epoch` (1-based) of that network's training ended with `loss` (mean squared error
    /// in the scaled columns); epochs of a replaced segmentation are dropped.
    void autoencoderEpoch(int epoch, double loss);

private:
    void addSweepPoint(const core::SweepPoint& point);

    Document* m_document;
    JobRunner* m_sweeps;
    JobRunner* m_segmentations; ///< segmentations and re-cuts: both replace the segmentation
    JobRunner* m_kDistances;
    JobRunner* m_tunes;
    quint64 m_sweepGeneration = 0;    ///< drops late points of a replaced sweep
    quint64 m_trainingGeneration = 0; ///< drops late epochs of a replaced segmentation
    core::SweepResult m_partialSweep;
    std::shared_ptr<const core::KDistanceCurve> m_curve;
    std::optional<core::AutoTuneResult> m_tune;
    std::size_t m_tuneFeatureCount = 0;
};

} // namespace gugus::ui
