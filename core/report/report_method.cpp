#include "report/report_parts.h"

namespace gugus::core::detail {

namespace {

MethodOption number(const char* key, double value) {
    return {key, value, {}};
}

MethodOption text(const char* key, std::string value) {
    return {key, 0.0, std::move(value)};
}

const char* silhouetteModeKey(SilhouetteOptions::Mode mode) {
    switch (mode) {
    case SilhouetteOptions::Mode::Auto:
        return "auto";
    case SilhouetteOptions::Mode::Exact:
        return "exact";
    case SilhouetteOptions::Mode::Sampled:
        return "sampled";
    }
    return "auto";
}

/// How k was decided: fixed, from a sweep, from a cut height, or found by DBSCAN.
std::vector<MethodOption> kOptions(const SegmentationOptions& o, const SegmentationResult& r) {
    std::vector<MethodOption> out;
    if (o.algorithm == Algorithm::Dbscan) {
        out.push_back(text("k_mode", "found"));
    } else if (o.cutHeight) {
        out.push_back(text("k_mode", "height"));
        out.push_back(number("cut_height", *o.cutHeight));
    } else if (o.k) {
        out.push_back(text("k_mode", "fixed"));
    } else {
        out.push_back(text("k_mode", "auto"));
        out.push_back(number("k_min", o.kMin));
        out.push_back(number("k_max", o.kMax));
        if (r.sweep) {
            out.push_back(text("k_reason", suggestionReasonKey(r.sweep->reason)));
        }
    }
    out.push_back(number("k", r.k));
    return out;
}

} // namespace

ReportMethod reportMethod(const Table& table, const SegmentationOptions& o,
                          const SegmentationResult& r) {
    ReportMethod m;
    m.fingerprint = r.fingerprint;
    m.version = GUGUS_VERSION;
    m.tableRows = table.rowCount();
    m.rowsUsed = r.data.x.rows();
    const RowCounts counts = rowCounts(r.data);
    m.rowsDropped = counts.missing;
    m.rowsFiltered = counts.filteredOut;
    m.rowsOutliers = counts.outliers;
    for (const RowFilter& f : r.recipe.recipe().filters) {
        m.filters.push_back(describeRowFilter(f));
    }
    m.outlierRules = r.recipe.outliers();
    m.features = r.data.x.cols();
    const Recipe& recipe = r.recipe.recipe();
    for (const ColumnSpec& spec : recipe.columns) {
        const auto index = table.indexOf(spec.name);
        m.columns.push_back({spec, index ? table.column(*index).type() : ColumnType::Numeric});
    }
    m.warnings = r.recipe.warnings();
    m.algorithm = r.algorithm;
    m.options = kOptions(o, r);
    switch (r.algorithm) {
    case Algorithm::KMeans:
        m.options.push_back(text("kmeans_algorithm", kmeansAlgorithmKey(o.kmeans.algorithm)));
        if (o.kmeans.algorithm == KMeansAlgorithm::MiniBatch) {
            m.options.push_back(number("batch_size", double(o.kmeans.miniBatch.batchSize)));
        }
        m.options.push_back(text("init", kmeansInitKey(o.kmeans.init)));
        m.options.push_back(number("n_init", o.kmeans.nInit));
        m.options.push_back(number("max_iter", o.kmeans.maxIter));
        m.options.push_back(number("tol", o.kmeans.tol));
        m.options.push_back(number("iterations", r.kmeans.iterations));
        m.options.push_back(text("converged", r.kmeans.converged ? "yes" : "no"));
        break;
    case Algorithm::Hierarchical:
        m.options.push_back(text("linkage", linkageKey(o.hierarchical.linkage)));
        m.options.push_back(text("metric", metricKey(o.hierarchical.metric)));
        break;
    case Algorithm::Dbscan:
        m.options.push_back(number("eps", o.dbscan.eps));
        m.options.push_back(number("min_samples", o.dbscan.minSamples));
        m.options.push_back(
            number("core_rows", double(std::count(r.core.begin(), r.core.end(), char(1)))));
        break;
    case Algorithm::KMedoids:
        m.options.push_back(text("metric", dissimilarityKey(r.metric)));
        m.options.push_back(text("init", kmedoidsInitKey(o.kmedoids.init)));
        m.options.push_back(number("max_iter", o.kmedoids.maxIter));
        m.options.push_back(number("iterations", r.kmedoids.iterations));
        m.options.push_back(text("converged", r.kmedoids.converged ? "yes" : "no"));
        m.options.push_back(number("total_deviation", r.kmedoids.totalDeviation));
        break;
    case Algorithm::Gmm:
        m.options.push_back(text("covariance", covarianceKey(o.gmm.covariance)));
        m.options.push_back(text("init", gmmInitKey(o.gmm.init)));
        m.options.push_back(number("reg_covar", o.gmm.regCovar));
        m.options.push_back(number("n_init", o.gmm.nInit));
        m.options.push_back(number("iterations", r.gmm.iterations));
        m.options.push_back(text("converged", r.gmm.converged ? "yes" : "no"));
        m.options.push_back(number("log_likelihood", r.gmm.logLikelihood));
        m.options.push_back(number("bic", r.gmm.bic));
        m.options.push_back(number("aic", r.gmm.aic));
        break;
    }
    m.options.push_back(text("silhouette_mode", silhouetteModeKey(o.silhouette.mode)));
    m.options.push_back(number("silhouette_exact_limit", double(o.silhouette.exactLimit)));
    m.options.push_back(number("silhouette_sample_size", double(o.silhouette.sampleSize)));
    if (r.reduction) {
        const Reduction& red = r.reduction->reduction;
        MethodReduction mr;
        mr.method = red.method;
        mr.kept = red.outputDims();
        mr.found = red.spectrumRatio.size();
        mr.varianceShare = red.explainedVarianceRatio.sum();
        mr.requested = o.reduction.components;
        mr.targetShare = o.reduction.components == 0 ? o.reduction.varianceShare : 0.0;
        mr.whiten = red.whiten;
        mr.reconstructionMse = red.reconstructionMse;
        m.reduction = mr;
    }
    m.seed = o.kmeans.seed;
    m.scores = r.scores;
    m.noise = r.partition.noise;
    m.seconds = r.seconds;
    return m;
}

} // namespace gugus::core::detail
