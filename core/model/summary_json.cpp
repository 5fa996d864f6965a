#include "model/summary_json.h"

#include "model/column_display_json.h"
#include "model/reduction_json.h"

#include <algorithm>
#include <nlohmann/json.hpp>

namespace gugus::core {

namespace {

using nlohmann::json;

json sweepPointsJson(const SweepResult& sweep) {
    json points = json::array();
    for (const auto& p : sweep.points) {
        points.push_back(json{{"k", p.k},
                              {"inertia", p.scores.inertia},
                              {"silhouette", p.scores.silhouette},
                              {"silhouette_sample_size", p.scores.silhouetteSampleSize},
                              {"silhouette_standard_error", p.scores.silhouetteStandardError},
                              {"calinski_harabasz", p.scores.calinskiHarabasz},
                              {"davies_bouldin", p.scores.daviesBouldin},
                              {"sizes", p.sizes},
                              {"seconds", p.seconds}});
        if (p.bic) { // Gaussian mixtures
            points.back()["bic"] = *p.bic;
            points.back()["aic"] = p.aic ? json(*p.aic) : json(nullptr);
        }
    }
    json j{{"points", points},
           {"best_silhouette_k", sweep.bestSilhouetteK},
           {"suggested_k", sweep.suggestedK},
           {"reason", suggestionReasonKey(sweep.reason)}};
    j["knee_k"] = sweep.kneeK ? json(*sweep.kneeK) : json(nullptr);
    if (sweep.lowestBicK) {
        j["lowest_bic_k"] = *sweep.lowestBicK;
        j["lowest_aic_k"] = sweep.lowestAicK ? json(*sweep.lowestAicK) : json(nullptr);
    }
    return j;
}

json columnProfileJson(const ColumnProfile& p) {
    json j{{"column", p.column}, {"count", p.count}, {"missing", p.missing}};
    if (p.type == ColumnType::Categorical) {
        json cats = json::array();
        for (const auto& c : p.categories) {
            cats.push_back(json{{"category", c.category},
                                {"count", c.count},
                                {"share", c.share},
                                {"overall_share", c.overallShare},
                                {"lift", c.lift},
                                {"std_diff", c.stdDiff}});
        }
        j["categories"] = cats;
        return j;
    }
    j["mean"] = p.mean;
    j["median"] = p.median;
    j["std"] = p.std;
    j["std_diff"] = p.stdDiff;
    if (p.type == ColumnType::Binary) {
        j["owners"] = p.owners;
        j["rate"] = p.rate;
        j["overall_rate"] = p.overallRate;
        j["lift"] = p.lift;
    }
    return j;
}

json profilesJson(const ProfileResult& profile) {
    json columns = json::array();
    for (std::size_t c = 0; c < profile.columns.size(); ++c) {
        const auto& o = profile.overall[c];
        columns.push_back(json{{"column", o.column},
                               {"type", columnTypeKey(o.type)},
                               {"role", roleKey(o.role)},
                               {"group", o.group},
                               {"max_abs_std_diff", profile.separation[c].maxAbsStdDiff},
                               {"association", profile.separation[c].association},
                               {"overall", columnProfileJson(o)}});
    }
    json segments = json::array();
    for (const auto& s : profile.segments) {
        json cols = json::array();
        for (const auto& c : s.columns) {
            cols.push_back(columnProfileJson(c));
        }
        segments.push_back(
            json{{"segment", s.segment}, {"size", s.size}, {"share", s.share}, {"columns", cols}});
    }
    return json{{"rows", profile.rows}, {"columns", columns}, {"segments", segments}};
}

} // namespace

std::string summaryJson(const Table& table, const SegmentationOptions& options,
                        const SegmentationResult& result, const RunSource& source) {
    json j;
    j["format"] = "gugus-summary";
    j["version"] = 1;
    j["gugus_version"] = GUGUS_VERSION;
    j["source"] = json{{"file", source.file},
                       {"rows", table.rowCount()},
                       {"columns", table.columnCount()},
                       {"fingerprint", result.fingerprint}};
    if (!source.command.empty()) {
        j["command"] = source.command;
    }
    j["k"] = result.k;
    j["seed"] = options.kmeans.seed;
    j["n_rows"] = result.data.x.rows();
    j["n_rows_input"] = table.rowCount();
    j["n_rows_dropped"] = table.rowCount() - result.data.x.rows();
    const RowCounts counts = rowCounts(result.data);
    j["rows"] = json{{"input", counts.input},
                     {"filtered_out", counts.filteredOut},
                     {"outliers", counts.outliers},
                     {"missing_dropped", counts.missing},
                     {"clustered", counts.kept}};
    std::vector<std::string> warnings = source.loadWarnings;
    warnings.insert(warnings.end(), result.warnings.begin(), result.warnings.end());
    j["warnings"] = warnings;
    if (!source.displays.empty()) {
        j["display"] = columnDisplaysToJson(source.displays);
    }
    json features = json::array();
    for (const auto& f : result.data.features) {
        features.push_back(f.name);
    }
    j["features"] = features;
    j["feature_columns"] = result.recipe.recipe().featureColumns();
    json opts = json{{"algorithm", algorithmKey(options.algorithm)},
                     {"k_mode", options.algorithm == Algorithm::Dbscan ? "found"
                                : options.cutHeight                    ? "height"
                                : options.k                            ? "fixed"
                                                                       : "auto"},
                     {"k_min", options.kMin},
                     {"k_max", options.kMax},
                     {"reduce", reductionText(options.reduction)}};
    switch (options.algorithm) {
    case Algorithm::KMeans:
        opts["kmeans_algorithm"] = kmeansAlgorithmKey(options.kmeans.algorithm);
        if (options.kmeans.algorithm == KMeansAlgorithm::MiniBatch) {
            opts["batch_size"] = options.kmeans.miniBatch.batchSize;
            opts["max_no_improvement"] = options.kmeans.miniBatch.maxNoImprovement;
        }
        opts["init"] = kmeansInitKey(options.kmeans.init);
        opts["n_init"] = options.kmeans.nInit;
        opts["max_iter"] = options.kmeans.maxIter;
        opts["tol"] = options.kmeans.tol;
        break;
    case Algorithm::Hierarchical:
        opts["linkage"] = linkageKey(options.hierarchical.linkage);
        opts["metric"] = metricKey(options.hierarchical.metric);
        if (options.cutHeight) {
            opts["cut_height"] = *options.cutHeight;
        }
        break;
    case Algorithm::Dbscan:
        opts["eps"] = options.dbscan.eps;
        opts["min_samples"] = options.dbscan.minSamples;
        break;
    case Algorithm::KMedoids:
        opts["metric"] = dissimilarityKey(options.kmedoids.metric);
        opts["init"] = kmedoidsInitKey(options.kmedoids.init);
        opts["max_iter"] = options.kmedoids.maxIter;
        if (!options.gowerWeights.empty()) {
            opts["gower_weights"] = options.gowerWeights;
        }
        break;
    case Algorithm::Gmm:
        opts["covariance"] = covarianceKey(options.gmm.covariance);
        opts["init"] = gmmInitKey(options.gmm.init);
        opts["reg_covar"] = options.gmm.regCovar;
        opts["n_init"] = options.gmm.nInit;
        opts["max_iter"] = options.gmm.maxIter;
        opts["tol"] = options.gmm.tol;
        break;
    }
    j["options"] = opts;
    j["recipe"] = json::parse(result.recipe.toJson());
    const std::int64_t noise = result.partition.noise;
    j["metrics"] = json{{"inertia", result.scores.inertia},
                        {"silhouette", result.scores.silhouette},
                        {"silhouette_sample_size", result.scores.silhouetteSampleSize},
                        {"silhouette_sampled", result.scores.silhouetteSampled},
                        {"silhouette_standard_error", result.scores.silhouetteStandardError},
                        {"silhouette_reference_size", result.scores.silhouetteReferenceSize},
                        {"calinski_harabasz", result.scores.calinskiHarabasz},
                        {"davies_bouldin", result.scores.daviesBouldin},
                        {"rows_scored", result.data.x.rows() - noise},
                        {"noise_excluded", noise > 0}};
    j["noise"] = noise;
    j["reduction"] =
        reductionSummaryJson(result.reduction ? &result.reduction->reduction : nullptr);
    if (result.algorithm == Algorithm::KMedoids) {
        // Silhouette under the clustering's own distance; inertia, Calinski-Harabasz and
        // Davies-Bouldin need centroids and are computed on the prepared features and the
        // segment means.
        j["metrics"]["total_deviation"] = result.kmedoids.totalDeviation;
        j["metrics"]["silhouette_metric"] = dissimilarityKey(result.metric);
        j["medoids"] = medoidTableRows(result);
        j["kmedoids"] = json{{"iterations", result.kmedoids.iterations},
                             {"swaps", result.kmedoids.swaps},
                             {"converged", result.kmedoids.converged},
                             {"stored_matrix", result.kmedoids.storedMatrix}};
    }
    if (result.algorithm == Algorithm::Gmm) {
        // As scikit-learn: log_likelihood = score(X), the mean per row; BIC/AIC on all rows.
        j["metrics"]["log_likelihood"] = result.gmm.logLikelihood;
        j["metrics"]["bic"] = result.gmm.bic;
        j["metrics"]["aic"] = result.gmm.aic;
        const GmmModel& m = result.gmm.model;
        j["gmm"] = json{{"covariance", covarianceKey(m.covariance)},
                        {"iterations", result.gmm.iterations},
                        {"converged", result.gmm.converged},
                        {"lower_bound", result.gmm.lowerBound},
                        {"best_run", result.gmm.bestRun},
                        {"run_lower_bounds", result.gmm.runBounds},
                        {"free_parameters", m.freeParameters()},
                        {"weights", std::vector<double>(m.weights.begin(), m.weights.end())}};
    }
    if (result.algorithm == Algorithm::KMeans) {
        j["kmeans"] = json{{"iterations", result.kmeans.iterations},
                           {"converged", result.kmeans.converged},
                           {"best_run", result.kmeans.bestRun},
                           {"run_inertias", result.kmeans.runInertias}};
        if (options.kmeans.algorithm == KMeansAlgorithm::MiniBatch) {
            // run_inertias are then the starts' inertias on the validation sample.
            j["kmeans"]["steps"] = result.kmeans.steps;
        }
    }
    if (result.tree) {
        const auto& merges = result.tree->merges;
        // The heights of the last merges: where cuts into 2..21 segments fall.
        std::vector<double> top;
        for (std::size_t i = merges.size(); i > 0 && top.size() < 20; --i) {
            top.push_back(merges[i - 1].height);
        }
        j["hierarchical"] = json{{"merges", merges.size()}, {"top_heights", top}};
    }
    if (result.algorithm == Algorithm::Dbscan) {
        j["dbscan"] =
            json{{"clusters", result.k},
                 {"noise", noise},
                 {"core_rows", std::count(result.core.begin(), result.core.end(), char(1))}};
    }
    json segments = json::array();
    for (int s = 0; s < result.k; ++s) {
        std::vector<double> centre(std::size_t(result.partition.centres.cols()));
        for (std::int64_t f = 0; f < result.partition.centres.cols(); ++f) {
            centre[std::size_t(f)] = result.partition.centres(s, f);
        }
        const std::int64_t size = s < std::int64_t(result.partition.sizes.size())
                                      ? result.partition.sizes[std::size_t(s)]
                                      : 0;
        segments.push_back(json{{"segment", s},
                                {"size", size},
                                {"share", double(size) / double(result.data.x.rows())},
                                {"centre", centre}});
    }
    j["segments"] = segments;
    if (result.sweep) {
        j["sweep"] = sweepPointsJson(*result.sweep);
    }
    j["profiles"] = profilesJson(result.profile);
    j["seconds"] = result.seconds;
    return j.dump(2) + "\n";
}

std::string sweepJson(const SweepResult& sweep) {
    return sweepPointsJson(sweep).dump(2) + "\n";
}

} // namespace gugus::core
