// Hierarchical clustering and DBSCAN against SciPy 1.10 / scikit-learn 1.2 on the golden cases.
// Reference values: tests/data/golden/make_cluster_golden.py (cluster.json, ward_labels.txt,
// dbscan_labels.txt per case); data and preprocessing as tests/data/golden/README.md.
#include "cluster/dbscan.h"
#include "cluster/hierarchical.h"
#include "golden_cases.h"
#include "metrics/cluster_metrics.h"
#include "test_support.h"

#include <filesystem>
#include <numeric>

using namespace gugus::core;
using namespace gugus::test::golden;
using nlohmann::json;

namespace {

// Merge heights: SciPy updates a distance matrix (Lance-Williams), Ward here works on centroids;
// the same numbers by different roundings.
constexpr double kHeightRel = 1e-9;

class ClusterGolden : public ::testing::TestWithParam<const char*> {
protected:
    void SetUp() override {
        m_name = GetParam();
        const std::string file = caseFile(m_name, "cluster.json");
        if (!std::filesystem::exists(file)) {
            FAIL() << file << " is missing: the committed golden files are part of the test";
        }
        m_cluster = readJson(file);
        const json expected = readJson(caseFile(m_name, "expected.json"));
        if (m_name == "cust_segmentation") { // committed matrix: needs no outside data
            m_x = gugus::test::readMatrixCsv(caseFile(m_name, "x_scaled.csv"));
            return;
        }
        const std::string csv = sourceOf(m_name, expected);
        if (csv.empty()) {
            GTEST_SKIP() << "../shared/data/" << expected.at("source").get<std::string>()
                         << " is absent; skipping";
        }
        m_x = prepare(csv, expected).data.x;
    }

    std::string m_name;
    json m_cluster;
    FeatureMatrix m_x;
};

TEST_P(ClusterGolden, LinkageHeightsMatchScipy) {
    for (const json& record : m_cluster.at("linkages")) {
        const std::string method = record.at("method");
        const std::string metric = record.at("metric");
        SCOPED_TRACE(method + "/" + metric);
        HierarchicalOptions options;
        options.linkage = *linkageFromKey(method);
        options.metric = *metricFromKey(metric);
        NullProgress progress;
        const Dendrogram tree = hierarchicalCluster(m_x, options, progress);
        ASSERT_EQ(std::int64_t(tree.merges.size()), record.at("merges").get<std::int64_t>());
        const auto heights = record.at("heights").get<std::vector<double>>();
        const std::size_t offset = tree.merges.size() - heights.size();
        int bad = 0;
        double sum = 0.0;
        for (std::size_t i = 0; i < tree.merges.size(); ++i) {
            sum += tree.merges[i].height;
            if (i >= offset && bad < 5 &&
                !gugus::test::relativeNear(tree.merges[i].height, heights[i - offset],
                                           kHeightRel)) {
                ADD_FAILURE() << "merge " << i << ": " << tree.merges[i].height << " vs SciPy "
                              << heights[i - offset];
                ++bad;
            }
        }
        EXPECT_REL_NEAR(sum, record.at("height_sum").get<double>(), kHeightRel);
        EXPECT_EQ(tree.merges.back().size, m_x.rows());
        if (record.contains("labels_file")) {
            const int k = record.at("cut_k");
            const Labels ours = cutTree(tree, k);
            const Labels scipy =
                gugus::test::readLabels(caseFile(m_name, record.at("labels_file")));
            EXPECT_EQ(adjustedRandIndex(ours, scipy), 1.0) << "cut at k = " << k;
        }
    }
}

TEST_P(ClusterGolden, DbscanLabelsEqualSklearn) {
    const json& db = m_cluster.at("dbscan");
    DbscanOptions options;
    options.eps = db.at("eps");
    options.minSamples = db.at("min_samples");
    NullProgress progress;
    const DbscanResult result = dbscan(m_x, options, progress);
    EXPECT_EQ(result.clusters, db.at("clusters").get<int>());
    EXPECT_EQ(result.noise, db.at("noise").get<std::int64_t>());
    EXPECT_EQ(std::accumulate(result.core.begin(), result.core.end(), std::int64_t(0)),
              db.at("core").get<std::int64_t>());
    const Labels sklearn = gugus::test::readLabels(caseFile(m_name, db.at("labels_file")));
    ASSERT_EQ(sklearn.size(), result.labels.size());
    std::int64_t differ = 0;
    for (std::size_t i = 0; i < sklearn.size(); ++i) {
        differ += sklearn[i] != result.labels[i] ? 1 : 0;
    }
    EXPECT_EQ(differ, 0) << "rows labelled differently (numbering included)";
}

TEST_P(ClusterGolden, KDistanceMatchesSklearn) {
    const json& kd = m_cluster.at("kdistance");
    NullProgress progress;
    const KDistanceCurve curve = kDistance(m_x, kd.at("min_samples"), progress);
    const auto quantiles = kd.at("quantiles").get<std::vector<double>>();
    const auto values = kd.at("values").get<std::vector<double>>();
    const std::size_t n = curve.distances.size();
    for (std::size_t q = 0; q < quantiles.size(); ++q) {
        const auto i = std::size_t(std::floor(quantiles[q] * double(n - 1)));
        EXPECT_REL_NEAR(curve.distances[i], values[q], 1e-12) << "quantile " << quantiles[q];
    }
    EXPECT_REL_NEAR(std::accumulate(curve.distances.begin(), curve.distances.end(), 0.0),
                    kd.at("sum").get<double>(), 1e-9);
    ASSERT_TRUE(curve.suggestedEps.has_value());
    EXPECT_GT(*curve.suggestedEps, curve.distances.front());
    EXPECT_LE(*curve.suggestedEps, curve.distances.back());
}

const char* const kCases[] = {"cust_segmentation", "sample", "p1g6", "cc_general", "fundfusion"};

INSTANTIATE_TEST_SUITE_P(Reference, ClusterGolden, ::testing::ValuesIn(kCases),
                         [](const ::testing::TestParamInfo<const char*>& info) {
                             return std::string(info.param);
                         });

/// Ward's merge height recomputed from the members of the two clusters merged:
/// sqrt(2 |A| |B| / (|A| + |B|)) |centroid(A) - centroid(B)|.
void expectWardHeightsFromMembers(const FeatureMatrix& x, const Dendrogram& tree) {
    const std::int64_t n = x.rows();
    std::vector<Eigen::VectorXd> sums;
    std::vector<double> sizes;
    for (std::int64_t i = 0; i < n; ++i) {
        sums.push_back(x.row(i).transpose());
        sizes.push_back(1.0);
    }
    int bad = 0;
    double previous = 0.0;
    for (std::size_t m = 0; m < tree.merges.size() && bad < 5; ++m) {
        const Merge& merge = tree.merges[m];
        const double na = sizes[std::size_t(merge.a)];
        const double nb = sizes[std::size_t(merge.b)];
        const Eigen::VectorXd diff =
            sums[std::size_t(merge.a)] / na - sums[std::size_t(merge.b)] / nb;
        const double ward = std::sqrt(2.0 * na * nb / (na + nb)) * diff.norm();
        if (std::abs(merge.height - ward) > 1e-9 * std::max(1.0, ward) ||
            merge.height < previous - 1e-9) {
            ADD_FAILURE() << "merge " << m << ": height " << merge.height
                          << ", Ward cost of its clusters " << ward;
            ++bad;
        }
        previous = merge.height;
        sums.push_back(sums[std::size_t(merge.a)] + sums[std::size_t(merge.b)]);
        sizes.push_back(na + nb);
    }
}

/// Tie-heavy data (duplicated rows, 0/1 and small integer columns), where rounding decides between
/// equal merge costs and a cluster merged away used to be looked up again on Ward's chain. The
/// linkages that update a distance matrix use SciPy's formulas and give SciPy's heights exactly;
/// Ward works on centroids, which SciPy does not, so on exact ties it may merge another of the
/// equally cheap pairs: there every height must be the Ward cost of the clusters it joins, in
/// non-decreasing order. Reference: tests/data/golden/ties/make_ties_golden.py.
TEST(ClusterTies, DuplicatedRowsGiveScipyHeights) {
    const json ties = readJson(gugus::test::dataPath("golden/ties/ties.json"));
    for (const auto& [file, records] : ties.at("cases").items()) {
        const FeatureMatrix x =
            gugus::test::readMatrixCsv(gugus::test::dataPath("golden/ties/" + file));
        for (const json& record : records) {
            const std::string method = record.at("method");
            const std::string metric = record.at("metric");
            SCOPED_TRACE(file + " " + method + "/" + metric);
            HierarchicalOptions options;
            options.linkage = *linkageFromKey(method);
            options.metric = *metricFromKey(metric);
            NullProgress progress;
            const Dendrogram tree = hierarchicalCluster(x, options, progress);
            const auto heights = record.at("heights").get<std::vector<double>>();
            ASSERT_EQ(tree.merges.size(), heights.size());
            EXPECT_EQ(tree.merges.back().size, x.rows());
            if (method == "ward") {
                expectWardHeightsFromMembers(x, tree);
                continue;
            }
            int bad = 0;
            for (std::size_t i = 0; i < heights.size() && bad < 5; ++i) {
                const bool near =
                    heights[i] == 0.0
                        ? std::abs(tree.merges[i].height) < 1e-12
                        : gugus::test::relativeNear(tree.merges[i].height, heights[i], kHeightRel);
                if (!near) {
                    ADD_FAILURE() << "merge " << i << ": " << tree.merges[i].height << " vs SciPy "
                                  << heights[i];
                    ++bad;
                }
            }
        }
    }
}

/// DBSCAN in many dimensions (18 columns: the block-pair path) on small integer codes with
/// duplicated rows, against scikit-learn. Reference: tests/data/golden/ties/
/// make_dbscan_ties_golden.py.
TEST(ClusterTies, DbscanOnDuplicatedRowsEqualsSklearn) {
    const json golden = readJson(gugus::test::dataPath("golden/ties/dbscan_ties.json"));
    const FeatureMatrix x = gugus::test::readMatrixCsv(
        gugus::test::dataPath("golden/ties/" + golden.at("file").get<std::string>()));
    ASSERT_EQ(x.cols(), 18);
    for (const json& setting : golden.at("settings")) {
        DbscanOptions options;
        options.eps = setting.at("eps");
        options.minSamples = setting.at("min_samples");
        SCOPED_TRACE("eps " + std::to_string(options.eps));
        NullProgress progress;
        const DbscanResult result = dbscan(x, options, progress);
        EXPECT_EQ(result.clusters, setting.at("clusters").get<int>());
        EXPECT_EQ(result.noise, setting.at("noise").get<std::int64_t>());
        EXPECT_EQ(std::accumulate(result.core.begin(), result.core.end(), std::int64_t(0)),
                  setting.at("core").get<std::int64_t>());
        EXPECT_EQ(result.labels, setting.at("labels").get<Labels>()) << "numbering included";
    }
}

} // namespace
