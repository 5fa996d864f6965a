#include "select/k_sweep.h"

#include "common/error.h"
#include "metrics/cluster_metrics.h"
#include "numeric/knee.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <limits>

namespace gugus::core {

const char* suggestionReasonKey(SuggestionReason r) noexcept {
    switch (r) {
    case SuggestionReason::KneeAgreesWithSilhouette:
        return "knee-agrees-with-silhouette";
    case SuggestionReason::BestSilhouette:
        return "best-silhouette";
    case SuggestionReason::Knee:
        return "knee";
    }
    return "?";
}

ClusterScores scoreClustering(const FeatureMatrix& x, const Labels& labels, int k,
                              const SilhouetteOptions& options, std::uint64_t seed,
                              Progress& progress, SilhouetteResult* perRow,
                              const RowDistance* distance) {
    if (perRow) {
        *perRow = {};
    }
    ClusterScores s;
    s.inertia = inertia(x, labels, k);
    const auto clustered =
        std::int64_t(std::count_if(labels.begin(), labels.end(), [](int l) { return l >= 0; }));
    // Silhouette, CH and DB need 2 <= non-empty clusters <= rows - 1 (e.g. K-Means on data with
    // fewer distinct points than k can leave clusters empty). Such a k keeps its inertia and
    // reports the other scores as undefined instead of failing the whole sweep.
    std::vector<char> used(std::size_t(std::max(k, 0)), 0);
    for (const int l : labels) {
        if (l >= 0 && l < k) {
            used[std::size_t(l)] = 1;
        }
    }
    const auto nonEmpty = std::int64_t(std::count(used.begin(), used.end(), char(1)));
    if (nonEmpty < 2 || nonEmpty > clustered - 1) {
        constexpr double undefined = std::numeric_limits<double>::quiet_NaN();
        s.silhouette = s.calinskiHarabasz = s.daviesBouldin = undefined;
        s.defined = false;
        return s;
    }
    s.calinskiHarabasz = calinskiHarabasz(x, labels, k);
    s.daviesBouldin = daviesBouldin(x, labels, k);
    bool exact = options.mode == SilhouetteOptions::Mode::Exact ||
                 (options.mode == SilhouetteOptions::Mode::Auto && clustered <= options.exactLimit);
    if (options.mode == SilhouetteOptions::Mode::Sampled && options.sampleSize >= clustered) {
        exact = true;
    }
    SilhouetteResult sil;
    if (distance) {
        sil = silhouetteWith(*distance, labels, k, exact ? clustered : options.sampleSize, seed,
                             progress);
    } else {
        sil = exact ? silhouette(x, labels, k, progress)
                    : silhouetteSampled(x, labels, k, options.sampleSize, seed, progress,
                                        options.referenceSize);
    }
    s.silhouette = sil.mean;
    s.silhouetteSampleSize = sil.sampleSize;
    s.silhouetteSampled = sil.sampled;
    s.silhouetteStandardError = sil.standardError;
    s.silhouetteReferenceSize = sil.referenceSize;
    if (perRow) {
        *perRow = std::move(sil);
    }
    return s;
}

void suggestK(SweepResult& result) {
    result.kneeK.reset();
    result.lowestBicK.reset();
    result.lowestAicK.reset();
    if (result.points.empty()) {
        return;
    }
    // Information criteria (Gaussian mixtures): the lowest marks the k they favour; ties keep
    // the smaller k.
    std::optional<double> lowestBic;
    std::optional<double> lowestAic;
    for (const auto& p : result.points) {
        if (p.bic && (!lowestBic || *p.bic < *lowestBic)) {
            lowestBic = p.bic;
            result.lowestBicK = p.k;
        }
        if (p.aic && (!lowestAic || *p.aic < *lowestAic)) {
            lowestAic = p.aic;
            result.lowestAicK = p.k;
        }
    }
    std::vector<double> ks;
    std::vector<double> inertias;
    for (const auto& p : result.points) {
        ks.push_back(p.k);
        inertias.push_back(p.scores.inertia);
    }
    if (const auto knee = kneedleDecreasingConvex(ks, inertias)) {
        result.kneeK = result.points[*knee].k;
    }
    const SweepPoint* best = nullptr;
    for (const auto& p : result.points) {
        if (p.scores.defined && (!best || p.scores.silhouette > best->scores.silhouette)) {
            best = &p;
        }
    }
    if (!best) {
        // No k has a silhouette: fall back on the knee, else the smallest k tried.
        result.bestSilhouetteK = 0;
        result.suggestedK = result.kneeK.value_or(result.points.front().k);
        result.reason = SuggestionReason::Knee;
        return;
    }
    result.bestSilhouetteK = best->k;
    if (!result.kneeK) {
        result.suggestedK = best->k;
        result.reason = SuggestionReason::BestSilhouette;
        return;
    }
    const auto knee = std::find_if(result.points.begin(), result.points.end(),
                                   [&](const SweepPoint& p) { return p.k == *result.kneeK; });
    // Silhouette can be negative; "near-best" is measured on its [-1, 1] scale.
    const double bestSil = best->scores.silhouette;
    const double kneeSil = knee->scores.silhouette;
    if (knee->scores.defined && kneeSil >= bestSil - 0.1 * std::abs(bestSil)) {
        result.suggestedK = *result.kneeK;
        result.reason = SuggestionReason::KneeAgreesWithSilhouette;
    } else {
        result.suggestedK = best->k;
        result.reason = SuggestionReason::BestSilhouette;
    }
}

SweepResult sweepLabellings(const FeatureMatrix& x, int kMin, int kMaxAsked,
                            const SilhouetteOptions& silhouette, std::uint64_t seed,
                            Progress& progress, const LabelsForK& labelsFor,
                            const std::function<void(const SweepPoint&)>& onPoint,
                            const RowDistance* distance) {
    if (kMin < 2 || kMaxAsked < kMin) {
        throw Error(ErrorCode::InvalidOption, "k-range", -1, -1,
                    std::to_string(kMin) + ".." + std::to_string(kMaxAsked));
    }
    if (x.rows() <= kMin) {
        throw Error(ErrorCode::TooFewRows, "", -1, -1,
                    std::to_string(x.rows()) + " rows for k >= " + std::to_string(kMin));
    }
    // k above n-1 has no silhouette; the sweep stops at n-1.
    const int kMax = int(std::min<std::int64_t>(kMaxAsked, x.rows() - 1));
    const int steps = kMax - kMin + 1;
    SweepResult result;
    for (int k = kMin; k <= kMax; ++k) {
        const int step = k - kMin;
        SubProgress sub(progress, step, step + 1, steps);
        const auto start = std::chrono::steady_clock::now();
        const Labels labels = labelsFor(k, sub);
        SweepPoint point;
        point.k = k;
        point.sizes.assign(std::size_t(k), 0);
        for (const int l : labels) {
            if (l >= 0 && l < k) {
                ++point.sizes[std::size_t(l)];
            }
        }
        point.scores = scoreClustering(x, labels, k, silhouette, seed, sub, nullptr, distance);
        point.seconds =
            std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        result.points.push_back(point);
        progress.report(step + 1, steps, "sweep");
        if (onPoint) {
            onPoint(point);
        }
    }
    suggestK(result);
    return result;
}

SweepResult runKSweep(const FeatureMatrix& x, const SweepOptions& options, Progress& progress,
                      const std::function<void(const SweepPoint&)>& onPoint) {
    return sweepLabellings(
        x, options.kMin, options.kMax, options.silhouette, options.kmeans.seed, progress,
        [&](int k, Progress& sub) {
            KMeansOptions kmOptions = options.kmeans;
            kmOptions.k = k;
            return KMeans(kmOptions).fit(x, sub).labels;
        },
        onPoint);
}

} // namespace gugus::core
