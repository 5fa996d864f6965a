// SegmentModel: building it from a segmentation, the assignment rule, and its JSON form.
#include "model/segment_model.h"

#include "cluster/dbscan.h"
#include "common/error.h"

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
    for (int q = 1; q <= 9; ++q) {
        ref.edges.push_back(v[std::size_t(double(q) / 10.0 * double(v.size() - 1))]);
    }
    ref.edges.erase(std::unique(ref.edges.begin(), ref.edges.end()), ref.edges.end());
    ref.shares.assign(ref.edges.size() + 1, 0.0);
    for (const double x : v) {
        const auto bin =
            std::lower_bound(ref.edges.begin(), ref.edges.end(), x) - ref.edges.begin();
        ref.shares[std::size_t(bin)] += 1.0 / double(v.size());
    }
    return ref;
}

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

FeatureMatrix matrixFromJson(const json& j, std::int64_t cols, const char* what) {
    FeatureMatrix m(std::int64_t(j.size()), cols);
    for (std::size_t i = 0; i < j.size(); ++i) {
        const auto row = j[i].get<std::vector<double>>();
        if (std::int64_t(row.size()) != cols) {
            throw Error(ErrorCode::InvalidModel, what, -1, -1, "row width");
        }
        for (std::int64_t f = 0; f < cols; ++f) {
            m(std::int64_t(i), f) = row[std::size_t(f)];
        }
    }
    return m;
}

} // namespace

SegmentModel SegmentModel::fromSegmentation(const Table& table, const SegmentationOptions& options,
                                            const SegmentationResult& result,
                                            std::vector<std::string> names) {
    SegmentModel m;
    m.algorithm = result.algorithm;
    m.recipe = result.recipe;
    m.k = result.k;
    m.centres = result.partition.centres;
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
        m.coreRows.resize(std::int64_t(cores.size()), result.data.x.cols());
        for (std::size_t c = 0; c < cores.size(); ++c) {
            m.coreRows.row(std::int64_t(c)) = result.data.x.row(cores[c]);
            m.coreLabels.push_back(result.partition.labels[std::size_t(cores[c])]);
        }
    }
    for (const FittedColumn& fc : m.recipe.columns()) {
        m.columns.push_back(referenceOf(table.column(fc.spec.name), fc, result.data.rows));
    }
    const Labels again = m.assign(result.data.x);
    std::int64_t same = 0;
    for (std::size_t i = 0; i < again.size(); ++i) {
        same += again[i] == result.partition.labels[i] ? 1 : 0;
    }
    m.trainingAgreement = again.empty() ? 1.0 : double(same) / double(again.size());
    return m;
}

Labels SegmentModel::assign(const FeatureMatrix& x) const {
    if (algorithm == Algorithm::Dbscan) {
        return nearestCoreWithin(coreRows, coreLabels, eps, x);
    }
    return assignNearest(x, centres);
}

std::string SegmentModel::toJson() const {
    json columnsJson = json::array();
    for (const auto& c : columns) {
        columnsJson.push_back(json{{"name", c.name},
                                   {"categorical", c.categorical},
                                   {"mean", c.mean},
                                   {"std", c.std},
                                   {"edges", c.edges},
                                   {"labels", c.labels},
                                   {"shares", c.shares}});
    }
    json j{{"format", kFormat},
           {"version", kVersion},
           {"created_by", createdBy},
           {"algorithm", algorithmKey(algorithm)},
           {"k", k},
           {"features", recipe.featureCount()},
           {"centres", matrixToJson(centres)},
           {"sizes", sizes},
           {"names", names},
           {"training", json{{"fingerprint", fingerprint},
                             {"rows", trainingRows},
                             {"agreement", trainingAgreement},
                             {"columns", columnsJson}}},
           {"recipe", json::parse(recipe.toJson())}};
    if (algorithm == Algorithm::Dbscan) {
        j["dbscan"] =
            json{{"eps", eps}, {"core_rows", matrixToJson(coreRows)}, {"core_labels", coreLabels}};
    }
    return j.dump(1) + "\n";
}

SegmentModel SegmentModel::fromJson(std::string_view text) {
    try {
        const json j = json::parse(text);
        if (j.value("format", "") != kFormat) {
            throw Error(ErrorCode::InvalidModel, "format", -1, -1, "not a gugus-model file");
        }
        if (j.at("version").get<int>() > kVersion) {
            throw Error(ErrorCode::InvalidModel, "version", -1, -1,
                        "version " + std::to_string(j.at("version").get<int>()) +
                            " is newer than this program reads (" + std::to_string(kVersion) + ")");
        }
        SegmentModel m;
        const auto algorithm = algorithmFromKey(j.at("algorithm").get<std::string>());
        if (!algorithm) {
            throw Error(ErrorCode::InvalidModel, "algorithm");
        }
        m.algorithm = *algorithm;
        m.createdBy = j.value("created_by", "");
        m.recipe = FittedRecipe::fromJson(j.at("recipe").dump());
        const std::int64_t d = m.recipe.featureCount();
        m.k = j.at("k").get<int>();
        m.centres = matrixFromJson(j.at("centres"), d, "centres");
        if (m.centres.rows() != m.k) {
            throw Error(ErrorCode::InvalidModel, "centres", -1, -1, "not k rows");
        }
        m.sizes = j.at("sizes").get<std::vector<std::int64_t>>();
        m.names = j.at("names").get<std::vector<std::string>>();
        const json& training = j.at("training");
        m.fingerprint = training.at("fingerprint").get<std::string>();
        m.trainingRows = training.at("rows").get<std::int64_t>();
        m.trainingAgreement = training.at("agreement").get<double>();
        for (const json& c : training.at("columns")) {
            ColumnReference ref;
            ref.name = c.at("name").get<std::string>();
            ref.categorical = c.at("categorical").get<bool>();
            ref.mean = c.at("mean").get<double>();
            ref.std = c.at("std").get<double>();
            ref.edges = c.at("edges").get<std::vector<double>>();
            ref.labels = c.at("labels").get<std::vector<std::string>>();
            ref.shares = c.at("shares").get<std::vector<double>>();
            m.columns.push_back(std::move(ref));
        }
        if (m.algorithm == Algorithm::Dbscan) {
            const json& db = j.at("dbscan");
            m.eps = db.at("eps").get<double>();
            m.coreRows = matrixFromJson(db.at("core_rows"), d, "core_rows");
            m.coreLabels = db.at("core_labels").get<std::vector<int>>();
            if (std::int64_t(m.coreLabels.size()) != m.coreRows.rows()) {
                throw Error(ErrorCode::InvalidModel, "core_labels");
            }
        }
        return m;
    } catch (const json::exception& e) {
        throw Error(ErrorCode::InvalidModel, "json", -1, -1, e.what());
    }
}

} // namespace gugus::core
