// SegmentModel: building it from a segmentation, the assignment rule, and its JSON form.
#include "model/segment_model.h"

#include "cluster/dbscan.h"
#include "common/error.h"
#include "common/json_fields.h"
#include "common/parallel.h"
#include "model/gmm_model.h"
#include "model/medoid_model.h"
#include "model/offers_json.h"
#include "model/reduction_json.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>

namespace gugus::core {

namespace {

using nlohmann::json;

constexpr const char* kFormat = "gugus-model";

/// Training statistics of one feature column over the rows the segmentation used.
ColumnReference referenceOf(const Column& col, const FittedColumn& fc,
                            const std::vector<std::int64_t>& rows) {
    ColumnReference ref;
    ref.name = fc.spec.name;
    ref.categorical = fc.type == ColumnType::Categorical;
    if (ref.categorical) {
        ref.labels = fc.categories;
        ref.shares.assign(ref.labels.size(), 0.0);
        double counted = 0;
        for (const std::int64_t r : rows) {
            if (col.isMissing(r)) {
                continue;
            }
            const std::string label = col.toText(r);
            const auto it = std::find(ref.labels.begin(), ref.labels.end(), label);
            if (it != ref.labels.end()) {
                ref.shares[std::size_t(it - ref.labels.begin())] += 1;
                counted += 1;
            }
        }
        for (double& s : ref.shares) {
            s = counted > 0 ? s / counted : 0.0;
        }
        return ref;
    }
    std::vector<double> v;
    v.reserve(rows.size());
    for (const std::int64_t r : rows) {
        const double x = col.values()[std::size_t(r)];
        if (std::isfinite(x)) {
            v.push_back(x);
        }
    }
    if (v.empty()) {
        return ref;
    }
    double sum = 0;
    for (const double x : v) {
        sum += x;
    }
    ref.mean = sum / double(v.size());
    double ss = 0;
    for (const double x : v) {
        ss += (x - ref.mean) * (x - ref.mean);
    }
    ref.std = std::sqrt(ss / double(v.size()));
    std::sort(v.begin(), v.end());
    ref.min = v.front();
    ref.max = v.back();
    for (int q = 1; q <= 9; ++q) {
        ref.edges.push_back(v[std::size_t(double(q) / 10.0 * double(v.size() - 1))]);
    }
    ref.edges.erase(std::unique(ref.edges.begin(), ref.edges.end()), ref.edges.end());
    // Counted, then divided once: adding 1/n a row rounds, and 1,000 rows in one bin summed to
    // 1.0000000000000007, a share the model loader rightly refuses.
    ref.shares.assign(ref.edges.size() + 1, 0.0);
    for (const double x : v) {
        const auto bin =
            std::lower_bound(ref.edges.begin(), ref.edges.end(), x) - ref.edges.begin();
        ref.shares[std::size_t(bin)] += 1;
    }
    for (double& s : ref.shares) {
        s /= double(v.size());
    }
    return ref;
}

/// The training statistics of fitted column `fc`, checked so the drift report can trust them.
ColumnReference referenceFromJson(const json_fields::Reader& r, const FittedColumn& fc) {
    ColumnReference ref;
    ref.name = r.text("name");
    if (ref.name != fc.spec.name) {
        r.fail("name", "must be \"" + fc.spec.name + "\" (the recipe's feature at this place)");
    }
    ref.categorical = r.flag("categorical");
    if (ref.categorical != (fc.type == ColumnType::Categorical)) {
        r.fail("categorical", "disagrees with the recipe's column type");
    }
    ref.mean = r.number("mean");
    ref.std = r.number("std", 0.0);
    ref.edges = r.numbers("edges");
    if (!std::is_sorted(ref.edges.begin(), ref.edges.end())) {
        r.fail("edges", "must be in ascending order");
    }
    ref.labels = r.distinctTexts("labels");
    ref.shares = r.numbers("shares", 0.0, 1.0);
    if (!ref.categorical && r.has("min")) { // files saved before the range was kept lack it
        ref.min = r.number("min");
        ref.max = r.number("max", ref.min);
    }
    const std::size_t bins = ref.categorical ? ref.labels.size() : ref.edges.size() + 1;
    if (ref.shares.size() != bins) {
        r.fail("shares", "must have " + std::to_string(bins) + " values");
    }
    return ref;
}

} // namespace

namespace detail {

json matrixToJson(const FeatureMatrix& m) {
    json rows = json::array();
    for (std::int64_t i = 0; i < m.rows(); ++i) {
        std::vector<double> row(std::size_t(m.cols()));
        for (std::int64_t f = 0; f < m.cols(); ++f) {
            row[std::size_t(f)] = m(i, f);
        }
        rows.push_back(row);
    }
    return rows;
}

/// A matrix of finite numbers, one JSON list of `cols` numbers per row.
FeatureMatrix matrixFromJson(const json_fields::Reader& r, const char* key, std::int64_t cols) {
    const json& rows = r.array(key);
    FeatureMatrix m(std::int64_t(rows.size()), cols);
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const std::string row = json_fields::Reader::indexed(key, i);
        if (!rows[i].is_array() || std::int64_t(rows[i].size()) != cols) {
            r.fail(row, "must be a list of " + std::to_string(cols) + " numbers");
        }
        for (std::int64_t f = 0; f < cols; ++f) {
            const json& v = rows[i][std::size_t(f)];
            if (!v.is_number() || !std::isfinite(v.get<double>())) {
                r.fail(json_fields::Reader::indexed(row, std::size_t(f)),
                       "must be a finite number");
            }
            m(std::int64_t(i), f) = v.get<double>();
        }
    }
    return m;
}

} // namespace detail

SegmentModel SegmentModel::fromSegmentation(const Table& table, const SegmentationOptions& options,
                                            const SegmentationResult& result,
                                            std::vector<std::string> names) {
    SegmentModel m;
    m.algorithm = result.algorithm;
    m.recipe = result.recipe;
    m.k = result.k;
    m.centres = result.reduction ? result.reduction->centres : result.partition.centres;
    if (result.reduction) {
        m.reduction = result.reduction->reduction;
    }
    m.sizes = result.partition.sizes;
    names.resize(std::size_t(result.k));
    m.names = std::move(names);
    m.fingerprint = result.fingerprint;
    m.trainingRows = result.data.x.rows();
    m.createdBy = std::string("gugus ") + GUGUS_VERSION;
    if (m.algorithm == Algorithm::Dbscan) {
        m.eps = options.dbscan.eps;
        std::vector<std::int64_t> cores;
        for (std::size_t i = 0; i < result.core.size(); ++i) {
            if (result.core[i]) {
                cores.push_back(std::int64_t(i));
            }
        }
        const FeatureMatrix& x = clusteringMatrix(result);
        m.coreRows.resize(std::int64_t(cores.size()), x.cols());
        for (std::size_t c = 0; c < cores.size(); ++c) {
            m.coreRows.row(std::int64_t(c)) = x.row(cores[c]);
            m.coreLabels.push_back(result.partition.labels[std::size_t(cores[c])]);
        }
    }
    if (m.algorithm == Algorithm::KMedoids) {
        detail::medoidsFromSegmentation(m, result);
    }
    if (m.algorithm == Algorithm::Gmm) {
        // Components are numbered as the segments (runSegmentation renumbered them).
        m.gmm = result.gmm.model;
        m.centres = result.gmm.model.means;
    }
    for (const FittedColumn& fc : m.recipe.columns()) {
        m.columns.push_back(referenceOf(table.column(fc.spec.name), fc, result.data.rows));
    }
    if (const auto products = productColumns(result.profile); !products.empty()) {
        m.offers = ModelOffers{products, rankOffers(result.profile, products, 0.0)};
    }
    const Labels again = m.assign(result.data.x, result.gower ? &result.gower->values : nullptr);
    std::int64_t same = 0;
    for (std::size_t i = 0; i < again.size(); ++i) {
        same += again[i] == result.partition.labels[i] ? 1 : 0;
    }
    m.trainingAgreement = again.empty() ? 1.0 : double(same) / double(again.size());
    return m;
}

Labels SegmentModel::assign(const FeatureMatrix& prepared, const FeatureMatrix* gowerRows) const {
    const FeatureMatrix reduced = reduction ? reduction->transform(prepared) : FeatureMatrix();
    const FeatureMatrix& x = reduction ? reduced : prepared;
    if (algorithm == Algorithm::Dbscan) {
        return nearestCoreWithin(coreRows, coreLabels, eps, x);
    }
    if (algorithm == Algorithm::Gmm) {
        return argmaxRows(gmmWeightedLogProb(gmmOrThrow(), x)); // the maximum posterior
    }
    if (algorithm != Algorithm::KMedoids || metric == Dissimilarity::Euclidean) {
        return assignNearest(x, centres);
    }
    if (metric == Dissimilarity::Gower && (!gower || !gowerRows)) {
        throw Error(ErrorCode::InvalidOption, "gower_values", -1, -1,
                    "Gower scoring needs the raw rows");
    }
    const FeatureMatrix& rows = metric == Dissimilarity::Gower ? *gowerRows : x;
    const RowDistance distance = metric == Dissimilarity::Gower
                                     ? RowDistance(*gower)
                                     : RowDistance(Dissimilarity::Manhattan, centres);
    std::vector<const double*> medoids;
    for (std::int64_t s = 0; s < distance.rows(); ++s) {
        medoids.push_back(distance.row(s));
    }
    Labels labels(std::size_t(rows.rows()), 0);
    parallelBlocks(rows.rows(), 4096, [&](std::int64_t, std::int64_t begin, std::int64_t end) {
        for (std::int64_t i = begin; i < end; ++i) {
            labels[std::size_t(i)] =
                nearestMedoid(distance, rows.data() + i * rows.cols(), medoids);
        }
    });
    return labels;
}

const GmmModel& SegmentModel::gmmOrThrow() const {
    if (!gmm) {
        throw Error(ErrorCode::InvalidModel, "gmm", -1, -1, "the model has no mixture");
    }
    return *gmm;
}

ProbabilityMatrix SegmentModel::probabilities(const FeatureMatrix& prepared) const {
    const FeatureMatrix reduced = reduction ? reduction->transform(prepared) : FeatureMatrix();
    return gmmProbabilities(gmmOrThrow(), reduction ? reduced : prepared);
}

std::string SegmentModel::toJson() const {
    json columnsJson = json::array();
    for (const auto& c : columns) {
        json column{
            {"name", c.name},   {"categorical", c.categorical}, {"mean", c.mean},    {"std", c.std},
            {"edges", c.edges}, {"labels", c.labels},           {"shares", c.shares}};
        if (std::isfinite(c.min) && std::isfinite(c.max)) {
            column["min"] = c.min;
            column["max"] = c.max;
        }
        columnsJson.push_back(std::move(column));
    }
    json j{{"format", kFormat},
           {"version", reduction ? kVersion : 1},
           {"created_by", createdBy},
           {"algorithm", algorithmKey(algorithm)},
           {"k", k},
           {"features", recipe.featureCount()},
           {"centres", detail::matrixToJson(centres)},
           {"sizes", sizes},
           {"names", names},
           {"training", json{{"fingerprint", fingerprint},
                             {"rows", trainingRows},
                             {"agreement", trainingAgreement},
                             {"columns", columnsJson}}},
           {"recipe", json::parse(recipe.toJson())}};
    if (reduction) {
        j["reduction"] = reductionToJson(*reduction);
    }
    if (algorithm == Algorithm::Dbscan) {
        j["dbscan"] = json{{"eps", eps},
                           {"core_rows", detail::matrixToJson(coreRows)},
                           {"core_labels", coreLabels}};
    }
    if (algorithm == Algorithm::KMedoids) {
        j["kmedoids"] = detail::medoidsToJson(*this);
    }
    if (algorithm == Algorithm::Gmm) {
        j["gmm"] = detail::gmmToJson(gmmOrThrow());
    }
    if (offers) {
        j["offers"] = detail::offersToJson(*offers);
    }
    return j.dump(1) + "\n";
}

SegmentModel SegmentModel::fromJson(std::string_view text) {
    using json_fields::Reader;
    try {
        const json j = json::parse(text);
        const Reader root(j, ErrorCode::InvalidModel, "");
        if (!root.has("format") || root.text("format") != kFormat) {
            root.fail("format", "not a gugus-model file");
        }
        root.version(kVersion);
        SegmentModel m;
        m.algorithm = root.key("algorithm", algorithmFromKey);
        m.createdBy = root.has("created_by") ? root.text("created_by") : std::string();
        m.recipe = FittedRecipe::fromJson(root.at("recipe").dump());
        const std::int64_t d = m.recipe.featureCount();
        if (root.has("features") && root.integer("features", 0, INT64_MAX) != d) {
            root.fail("features", "must equal the recipe's " + std::to_string(d) + " features");
        }
        m.k = int(root.integer("k", 1, kMaxSegments));
        if (root.has("reduction")) {
            m.reduction = reductionFromJson(root.object("reduction"), d);
        }
        const std::int64_t dims = m.reduction ? m.reduction->outputDims() : d;
        m.centres = detail::matrixFromJson(root, "centres", dims);
        if (m.centres.rows() != m.k) {
            root.fail("centres", "must have k = " + std::to_string(m.k) + " rows");
        }
        m.sizes = root.integers("sizes", 0, INT64_MAX);
        if (std::int64_t(m.sizes.size()) != m.k) {
            root.fail("sizes", "must have k = " + std::to_string(m.k) + " values");
        }
        m.names = root.texts("names");
        if (std::int64_t(m.names.size()) > m.k) {
            root.fail("names", "must have at most k = " + std::to_string(m.k) + " names");
        }
        const Reader training = root.object("training");
        m.fingerprint = training.text("fingerprint");
        m.trainingRows = training.integer("rows", 0, INT64_MAX);
        m.trainingAgreement = training.number("agreement", 0.0, 1.0);
        const json& columns = training.array("columns");
        const auto& fitted = m.recipe.columns();
        if (columns.size() != fitted.size()) {
            training.fail("columns", "must have one entry per recipe feature (" +
                                         std::to_string(fitted.size()) + ")");
        }
        for (std::size_t i = 0; i < columns.size(); ++i) {
            const Reader c(columns[i], ErrorCode::InvalidModel,
                           training.pathOf(Reader::indexed("columns", i)));
            m.columns.push_back(referenceFromJson(c, fitted[i]));
        }
        if (m.algorithm == Algorithm::Dbscan) {
            const Reader db = root.object("dbscan");
            m.eps = db.number("eps", std::numeric_limits<double>::min());
            m.coreRows = detail::matrixFromJson(db, "core_rows", dims);
            const auto labels = db.integers("core_labels", 0, m.k - 1);
            if (std::int64_t(labels.size()) != m.coreRows.rows()) {
                db.fail("core_labels", "must have one label per core row");
            }
            m.coreLabels.assign(labels.begin(), labels.end());
        }
        if (m.algorithm == Algorithm::KMedoids) {
            detail::medoidsFromJson(root.object("kmedoids"), m);
        }
        if (m.algorithm == Algorithm::Gmm) {
            m.gmm = detail::gmmFromJson(root.object("gmm"), m.k, m.centres);
        }
        if (root.has("offers")) {
            m.offers = detail::offersFromJson(root.object("offers"), m.k);
            for (SegmentOffers& s : m.offers->segments) {
                s.size = m.sizes[std::size_t(s.segment)];
            }
        }
        return m;
    } catch (const json::exception& e) {
        throw Error(ErrorCode::InvalidModel, "json", -1, -1, e.what());
    }
}

} // namespace gugus::core
