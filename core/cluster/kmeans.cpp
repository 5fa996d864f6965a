// KMeans::fit: validation, the restarts and the choice of the varying parts (the one factory).
#include "cluster/kmeans.h"

#include "cluster/kmeans_internal.h"
#include "common/error.h"
#include "common/parallel.h"
#include "numeric/distance_kernel.h"

#include <algorithm>
#include <cmath>
#include <memory>
#include <string>

namespace gugus::core {

namespace {

void validate(const KMeansOptions& o, const FeatureMatrix& x) {
    if (o.k < 1) {
        throw Error(ErrorCode::InvalidOption, "k", -1, -1, std::to_string(o.k));
    }
    if (o.nInit < 1) {
        throw Error(ErrorCode::InvalidOption, "n_init", -1, -1, std::to_string(o.nInit));
    }
    if (o.maxIter < 1) {
        throw Error(ErrorCode::InvalidOption, "max_iter", -1, -1, std::to_string(o.maxIter));
    }
    if (!std::isfinite(o.tol) || o.tol < 0.0) {
        throw Error(ErrorCode::InvalidOption, "tol", -1, -1, std::to_string(o.tol));
    }
    if (x.cols() < 1) {
        throw Error(ErrorCode::NoFeatures);
    }
    if (x.rows() < o.k) {
        throw Error(ErrorCode::TooFewRows, "", -1, -1,
                    "k = " + std::to_string(o.k) + " > rows = " + std::to_string(x.rows()));
    }
    if (o.init == KMeansInit::Given) {
        if (o.initialCentres.rows() != o.k || o.initialCentres.cols() != x.cols()) {
            throw Error(ErrorCode::InvalidOption, "initial_centres", -1, -1,
                        "expected " + std::to_string(o.k) + " x " + std::to_string(x.cols()) +
                            ", got " + std::to_string(o.initialCentres.rows()) + " x " +
                            std::to_string(o.initialCentres.cols()));
        }
        detail::requireFinite(o.initialCentres, "initial_centres");
    }
    if (o.algorithm == KMeansAlgorithm::MiniBatch) {
        const MiniBatchOptions& mb = o.miniBatch;
        if (mb.batchSize < 1) {
            throw Error(ErrorCode::InvalidOption, "batch_size", -1, -1,
                        std::to_string(mb.batchSize));
        }
        if (mb.maxNoImprovement < 0) {
            throw Error(ErrorCode::InvalidOption, "max_no_improvement", -1, -1,
                        std::to_string(mb.maxNoImprovement));
        }
        if (!(mb.reassignmentRatio >= 0.0 && mb.reassignmentRatio <= 1.0)) {
            throw Error(ErrorCode::InvalidOption, "reassignment_ratio", -1, -1,
                        std::to_string(mb.reassignmentRatio));
        }
        if (mb.initSize < 0) {
            throw Error(ErrorCode::InvalidOption, "init_size", -1, -1, std::to_string(mb.initSize));
        }
    }
    detail::requireFinite(x, "x");
}

CentreMatrix startCentres(const KMeansOptions& o, const FeatureMatrix& x, Random& rng,
                          const Progress& progress) {
    switch (o.init) {
    case KMeansInit::KMeansPlusPlus:
        return detail::kmeansPlusPlus(x, o.k, rng, progress);
    case KMeansInit::Random:
        return detail::randomRows(x, o.k, rng);
    case KMeansInit::Given:
        return o.initialCentres;
    }
    return o.initialCentres;
}

/// Most restarts seeded together (k-means++ reads the rows k times per restart; together the
/// reads are shared): as many as there are features, so that the seedings' distance vectors (n
/// doubles each) never take more memory than the rows themselves.
int seedingsTogether(const FeatureMatrix& x) {
    return int(std::max<std::int64_t>(x.cols(), 1));
}

/// The starts of restarts [first, first + count), each from its own random stream
/// (Random::derive(seed, run)), so a start does not depend on the other restarts or on the thread
/// that runs it. k-means++ starts are seeded together (the same bits as one by one).
std::vector<CentreMatrix> startsOf(const KMeansOptions& o, const FeatureMatrix& x, int first,
                                   int count, const Progress& progress) {
    std::vector<Random> rngs;
    rngs.reserve(std::size_t(count));
    for (int run = first; run < first + count; ++run) {
        rngs.emplace_back(Random::derive(o.seed, std::uint64_t(run)));
    }
    if (o.init == KMeansInit::KMeansPlusPlus) {
        std::vector<Random*> streams;
        for (Random& rng : rngs) {
            streams.push_back(&rng);
        }
        return detail::kmeansPlusPlusTogether(x, o.k, streams, progress);
    }
    std::vector<CentreMatrix> starts;
    for (Random& rng : rngs) {
        starts.push_back(startCentres(o, x, rng, progress));
    }
    return starts;
}

/// Lloyd's step: below detail::kLargeWork the plain pass (and restarts side by side, together:
/// the rows stay in cache and one read serves several restarts); from it, Hamerly's bounds with
/// exact sums, which read only the bounds and the rows that need measuring. The choice depends on
/// the data's size only, never on the thread count, so the bits do not either.
std::unique_ptr<detail::AssignmentStep> makeStep(KMeansAlgorithm algorithm, const FeatureMatrix& x,
                                                 int k) {
    if (algorithm == KMeansAlgorithm::Elkan) {
        return std::make_unique<detail::ElkanStep>(x, k);
    }
    if (x.rows() * x.cols() >= detail::kLargeWork) {
        return std::make_unique<detail::HamerlyStep>(x, k);
    }
    return std::make_unique<detail::LloydStep>(x);
}

/// Restarts run side by side, one per thread, when one Lloyd iteration over the rows is too little
/// work to share: a parallel region per iteration then costs more in barriers than it brings (a
/// 100,000 x 18 sweep spent ~38 % of its time in libgomp): below detail::kLargeWork.
/// Side by side, a thread runs up to this many Lloyd restarts together (iterateTogether), so one
/// read of the rows serves all of them.
constexpr int kRestartsTogether = 5;

/// One restart from its start (see startsOf).
detail::RunResult runFrom(const KMeansOptions& o, const FeatureMatrix& x, CentreMatrix start,
                          double tolScaled, detail::AssignmentStep& step,
                          const detail::IterationHook& onIteration, const Progress& progress) {
    step.start();
    return detail::iterate(x, std::move(start), step, o.maxIter, tolScaled, onIteration, progress);
}

} // namespace

KMeans::KMeans(KMeansOptions options) : m_options(std::move(options)) {}

KMeansResult KMeans::fit(const FeatureMatrix& x, Progress& progress) const {
    const KMeansOptions& o = m_options;
    validate(o, x);
    if (o.algorithm == KMeansAlgorithm::MiniBatch) {
        return detail::miniBatchFit(x, o, progress);
    }
    // A given start is deterministic, so restarts would repeat it (scikit-learn also runs once).
    const int runs = o.init == KMeansInit::Given ? 1 : o.nInit;
    const double tolScaled = o.tol == 0.0 ? 0.0 : o.tol * detail::meanFeatureVariance(x);

    // Progress: each restart owns maxIter + 1 units (initialisation, then one per iteration); a
    // run that converges early jumps to the end of its share.
    const std::int64_t perRun = std::int64_t(o.maxIter) + 1;
    const std::int64_t total = runs * perRun;
    progress.report(0, total, "kmeans");
    progress.throwIfCancelled();

    KMeansResult result;
    detail::RunResult best;
    // Restarts are considered in run order whatever ran first: strictly lower wins, so equal
    // inertias keep the earliest run.
    const auto consider = [&](int run, detail::RunResult&& r) {
        result.runInertias.push_back(r.inertia);
        if (run == 0 || r.inertia < best.inertia) {
            best = std::move(r);
            result.bestRun = run;
        }
    };
    const int threads = threadCount();
    if (runs > 1 && threads > 1 && x.rows() * x.cols() < detail::kLargeWork) {
        // Waves of restarts, one group per thread (Lloyd: up to kRestartsTogether restarts run
        // together; Elkan: one); progress is reported between waves, from this thread.
        const detail::IterationHook onIteration = [&](int) { progress.throwIfCancelled(); };
        const int perGroup = o.algorithm == KMeansAlgorithm::Lloyd ? kRestartsTogether : 1;
        const int waveSize = threads * perGroup;
        std::vector<detail::RunResult> wave(static_cast<std::size_t>(waveSize));
        for (int first = 0; first < runs; first += waveSize) {
            const int count = std::min(waveSize, runs - first);
            const int groups = (count + perGroup - 1) / perGroup;
            parallelBlocks(groups, 1, [&](std::int64_t g, std::int64_t, std::int64_t) {
                const int begin = int(g) * perGroup;
                const int end = std::min(count, begin + perGroup);
                std::vector<CentreMatrix> starts =
                    startsOf(o, x, first + begin, end - begin, progress);
                if (perGroup == 1) {
                    const auto step = makeStep(o.algorithm, x, o.k);
                    wave[std::size_t(begin)] = runFrom(o, x, std::move(starts.front()), tolScaled,
                                                       *step, onIteration, progress);
                    return;
                }
                std::vector<detail::RunResult> together = detail::iterateTogether(
                    x, std::move(starts), o.maxIter, tolScaled, onIteration, progress);
                for (int b = begin; b < end; ++b) {
                    wave[std::size_t(b)] = std::move(together[std::size_t(b - begin)]);
                }
            });
            for (int b = 0; b < count; ++b) {
                consider(first + b, std::move(wave[std::size_t(b)]));
            }
            progress.report((first + count) * perRun, total, "kmeans");
        }
    } else {
        const std::unique_ptr<detail::AssignmentStep> step = makeStep(o.algorithm, x, o.k);
        const int seeded = seedingsTogether(x);
        std::vector<CentreMatrix> starts;
        for (int run = 0; run < runs; ++run) {
            if (run % seeded == 0) {
                starts = startsOf(o, x, run, std::min(seeded, runs - run), progress);
            }
            const std::int64_t base = run * perRun + 1;
            const detail::IterationHook onIteration = [&](int iteration) {
                progress.report(base + iteration, total, "kmeans");
                progress.throwIfCancelled();
            };
            consider(run, runFrom(o, x, std::move(starts[std::size_t(run % seeded)]), tolScaled,
                                  *step, onIteration, progress));
            progress.report((run + 1) * perRun, total, "kmeans");
        }
    }

    result.centres = std::move(best.centres);
    result.labels = std::move(best.labels);
    result.inertia = best.inertia;
    result.iterations = best.iterations;
    result.converged = best.converged;
    result.sizes.assign(std::size_t(o.k), 0);
    for (const int label : result.labels) {
        result.sizes[std::size_t(label)] += 1;
    }
    return result;
}

Labels assignNearest(const FeatureMatrix& x, const CentreMatrix& centres) {
    if (centres.rows() < 1 || centres.cols() != x.cols()) {
        throw Error(ErrorCode::InvalidOption, "centres", -1, -1,
                    std::to_string(centres.rows()) + " x " + std::to_string(centres.cols()) +
                        " centres for " + std::to_string(x.cols()) + " features");
    }
    Labels labels(std::size_t(x.rows()), -1);
    detail::assignRows(x, centres, labels, nullptr, nullptr);
    return labels;
}

const char* kmeansAlgorithmKey(KMeansAlgorithm algorithm) noexcept {
    switch (algorithm) {
    case KMeansAlgorithm::Lloyd:
        return "lloyd";
    case KMeansAlgorithm::Elkan:
        return "elkan";
    case KMeansAlgorithm::MiniBatch:
        return "minibatch";
    }
    return "lloyd";
}

const char* kmeansInitKey(KMeansInit init) noexcept {
    switch (init) {
    case KMeansInit::KMeansPlusPlus:
        return "k-means++";
    case KMeansInit::Random:
        return "random";
    case KMeansInit::Given:
        return "given";
    }
    return "k-means++";
}

} // namespace gugus::core
