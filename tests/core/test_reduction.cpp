// The reduction step (PCA between scaling and clustering): scikit-learn's
// Pipeline(SimpleImputer, MinMaxScaler, PCA(0.95), KMeans) from the same initial centres
// (tests/data/golden/pca_pipeline/make_pca_golden.py), the --reduce texts, whitening, the
// reconstruction error, thread-count independence, and results that keep speaking in the
// original columns.
#include "common/parallel.h"
#include "golden_cases.h"
#include "model/project_file.h"
#include "pipeline/segmentation.h"
#include "reduce/reduction.h"
#include "test_support.h"

#include <nlohmann/json.hpp>

#include <map>
#include <set>

using namespace gugus::core;
using namespace gugus::test::golden;
using nlohmann::json;

namespace {

constexpr double kPcaRel = 1e-9;      // variances, shares, axes: summation order only
constexpr double kEndToEndRel = 1e-6; // the brief's tolerance for the clustering's inertia

json pcaCase(const std::string& name) {
    return readJson(gugus::test::dataPath("golden/pca_pipeline/" + name + ".json"));
}

ReductionOptions pcaShare(double share) {
    ReductionOptions r;
    r.method = ReductionMethod::Pca;
    r.varianceShare = share;
    return r;
}

/// Runs the case as sklearn's pipeline did: median imputation, min-max scaling, PCA(0.95), then
/// K-Means from the committed initial centres (n_init 1, tol 0).
void checkPipeline(const std::string& name, const std::string& csv) {
    const json expected = pcaCase(name);
    const Table table = readTable(csv);
    SegmentationOptions options;
    options.reduction = pcaShare(expected.at("variance_share"));
    options.k = expected.at("k").get<int>();
    options.kmeans.init = KMeansInit::Given;
    options.kmeans.nInit = 1;
    options.kmeans.tol = 0.0;
    options.kmeans.maxIter = 300;
    const auto init = expected.at("init_centres").get<std::vector<std::vector<double>>>();
    const std::int64_t m = expected.at("n_components").get<std::int64_t>();
    options.kmeans.initialCentres.resize(std::int64_t(init.size()), m);
    for (std::size_t c = 0; c < init.size(); ++c) {
        for (std::int64_t j = 0; j < m; ++j) {
            options.kmeans.initialCentres(std::int64_t(c), j) = init[c][std::size_t(j)];
        }
    }
    NullProgress progress;
    const SegmentationResult result =
        runSegmentation(table, caseRecipe(table, expected), options, progress);
    ASSERT_TRUE(result.reduction);
    const Reduction& r = result.reduction->reduction;
    ASSERT_EQ(r.outputDims(), m) << "same components kept";
    const auto variance = expected.at("explained_variance").get<std::vector<double>>();
    const auto ratio = expected.at("explained_variance_ratio").get<std::vector<double>>();
    const auto axes = expected.at("components").get<std::vector<std::vector<double>>>();
    for (std::int64_t j = 0; j < m; ++j) {
        SCOPED_TRACE("component " + std::to_string(j));
        EXPECT_REL_NEAR(r.explainedVariance[j], variance[std::size_t(j)], kPcaRel);
        EXPECT_REL_NEAR(r.explainedVarianceRatio[j], ratio[std::size_t(j)], kPcaRel);
        for (std::int64_t f = 0; f < r.inputDims(); ++f) {
            EXPECT_NEAR(r.components(j, f), axes[std::size_t(j)][std::size_t(f)], kPcaRel);
        }
    }
    EXPECT_REL_NEAR(r.reconstructionMse, expected.at("reconstruction_mse").get<double>(), kPcaRel);
    // The clustering: sklearn's iterations from the same centres.
    EXPECT_REL_NEAR(result.kmeans.inertia, expected.at("inertia").get<double>(), kEndToEndRel);
    EXPECT_REL_NEAR(result.scores.inertia, expected.at("inertia").get<double>(), kEndToEndRel);
    EXPECT_EQ(result.kmeans.iterations, expected.at("n_iter").get<int>());
    // Segments are numbered by size (runSegmentation), sklearn's by its initial centres: the
    // same partition up to that renumbering, and the same size per matched segment.
    const Labels golden = gugus::test::readLabels(
        gugus::test::dataPath("golden/pca_pipeline/" + name + "_labels.txt"));
    ASSERT_EQ(result.partition.labels.size(), golden.size());
    std::map<int, int> toGolden;
    std::set<int> used;
    Labels mapped;
    for (std::size_t i = 0; i < golden.size(); ++i) {
        const auto [it, added] = toGolden.emplace(result.partition.labels[i], golden[i]);
        if (added) {
            EXPECT_TRUE(used.insert(golden[i]).second) << "two segments map to " << golden[i];
        }
        mapped.push_back(it->second);
    }
    EXPECT_EQ(mapped, golden);
    const auto sizes = expected.at("sizes").get<std::vector<std::int64_t>>();
    for (const auto& [ours, theirs] : toGolden) {
        EXPECT_EQ(result.partition.sizes[std::size_t(ours)], sizes[std::size_t(theirs)]);
    }
    // Centres the model assigns by are in the reduced space; the partition's stay in the scaled
    // features (segment means), so summaries and maps keep speaking in the original columns.
    EXPECT_EQ(result.reduction->centres.cols(), m);
    ASSERT_EQ(result.partition.centres.cols(), result.data.x.cols());
    const Partition means = partitionOf(result.data.x, result.partition.labels, result.k);
    EXPECT_TRUE(result.partition.centres.isApprox(means.centres, 1e-12));
}

TEST(ReductionGolden, SamplePipelineMatchesSklearn) {
    checkPipeline("sample", gugus::test::samplePath());
}

TEST(ReductionGolden, CcGeneralPipelineMatchesSklearn) {
    GUGUS_REQUIRE_SHARED("cc_general.csv", csv);
    checkPipeline("cc_general", csv);
}

TEST(Reduction, TextsOfTheReduceOption) {
    const auto none = reductionFromText("none");
    ASSERT_TRUE(none);
    EXPECT_EQ(none->method, ReductionMethod::None);
    const auto n = reductionFromText("pca:4");
    ASSERT_TRUE(n);
    EXPECT_EQ(n->method, ReductionMethod::Pca);
    EXPECT_EQ(n->components, 4);
    EXPECT_FALSE(n->whiten);
    const auto share = reductionFromText("pca:0.95:whiten");
    ASSERT_TRUE(share);
    EXPECT_EQ(share->components, 0);
    EXPECT_EQ(share->varianceShare, 0.95);
    EXPECT_TRUE(share->whiten);
    for (const auto* text : {"pca:4", "pca:0.95", "pca:0.5:whiten", "none"}) {
        EXPECT_EQ(reductionText(*reductionFromText(text)), text);
    }
    for (const auto* bad : {"", "pca", "pca:", "pca:0", "pca:-2", "pca:1.0", "pca:0.0", "pca:1.5",
                            "pca:x", "pca:3:white", "pca:3whiten", "umap:2", "PCA:3", "pca:nan"}) {
        EXPECT_FALSE(reductionFromText(bad)) << bad;
    }
}

Table sampleTable() {
    return readTable(gugus::test::samplePath());
}

Recipe sampleRecipe(const Table& table) {
    return caseRecipe(table, pcaCase("sample"));
}

TEST(Reduction, KeepsNComponentsAndWhitens) {
    const Table table = sampleTable();
    NullProgress progress;
    const PreparedData data =
        FittedRecipe::fit(table, sampleRecipe(table), progress).apply(table, progress);
    ReductionOptions options;
    options.method = ReductionMethod::Pca;
    options.components = 3;
    const ReductionFit plain = fitReduction(data.x, options, progress);
    EXPECT_EQ(plain.x.cols(), 3);
    EXPECT_EQ(plain.reduction.spectrumRatio.size(), data.x.cols());
    options.whiten = true;
    const ReductionFit white = fitReduction(data.x, options, progress);
    for (std::int64_t j = 0; j < 3; ++j) {
        const Eigen::VectorXd col = white.x.col(j);
        const double variance = (col.array() - col.mean()).square().sum() / double(col.size() - 1);
        EXPECT_NEAR(variance, 1.0, 1e-9) << "component " << j;
        EXPECT_NEAR(col.mean(), 0.0, 1e-9);
        // The same axis, scaled: whitening does not change what is reconstructed.
        EXPECT_TRUE(white.x.col(j).isApprox(
            plain.x.col(j) / std::sqrt(plain.reduction.explainedVariance[j]), 1e-12));
    }
    EXPECT_EQ(white.reduction.reconstructionMse, plain.reduction.reconstructionMse);
    // Scoring's transform gives the training rows' bits.
    EXPECT_TRUE(white.reduction.transform(data.x).cwiseEqual(white.x).all());
    // More components than features: all of them, and nothing left to reconstruct.
    options.components = 100;
    options.whiten = false;
    const ReductionFit all = fitReduction(data.x, options, progress);
    EXPECT_EQ(all.x.cols(), data.x.cols());
    EXPECT_NEAR(all.reduction.reconstructionMse, 0.0, 1e-20);
}

TEST(Reduction, ReconstructionErrorIsTheDiscardedVariance) {
    const Table table = sampleTable();
    NullProgress progress;
    const PreparedData data =
        FittedRecipe::fit(table, sampleRecipe(table), progress).apply(table, progress);
    const ReductionFit fit = fitReduction(data.x, pcaShare(0.8), progress);
    // Direct: mean of (x - (mean + scores * axes))^2 over every value.
    const FeatureMatrix back =
        (fit.x * fit.reduction.components).rowwise() + fit.reduction.mean.transpose();
    const double direct = (data.x - back).array().square().mean();
    EXPECT_REL_NEAR(fit.reduction.reconstructionMse, direct, 1e-10);
    // Theory: the variance of the dropped axes, (n - 1) / n of it per value, over d features.
    const Eigen::VectorXd& all = fit.reduction.spectrumRatio;
    const double dropped = all.tail(all.size() - fit.x.cols()).sum() /
                           fit.reduction.explainedVarianceRatio.sum() *
                           fit.reduction.explainedVariance.sum();
    const double n = double(data.x.rows());
    EXPECT_REL_NEAR(fit.reduction.reconstructionMse, dropped * (n - 1) / n / double(data.x.cols()),
                    1e-9);
    EXPECT_GT(fit.reduction.explainedVarianceRatio.sum(), 0.8);
    EXPECT_LE(fit.reduction.explainedVarianceRatio.head(fit.x.cols() - 1).sum(), 0.8);
}

TEST(Reduction, SameBitsOnOneAndTwoThreads) {
    const Table table = sampleTable();
    SegmentationOptions options;
    options.reduction = pcaShare(0.95);
    options.k = 4;
    NullProgress progress;
    setThreadCount(1);
    const SegmentationResult one = runSegmentation(table, sampleRecipe(table), options, progress);
    setThreadCount(2);
    const SegmentationResult two = runSegmentation(table, sampleRecipe(table), options, progress);
    setThreadCount(0);
    ASSERT_TRUE(one.reduction && two.reduction);
    EXPECT_TRUE(one.reduction->x.cwiseEqual(two.reduction->x).all());
    EXPECT_EQ(one.reduction->reduction.reconstructionMse,
              two.reduction->reduction.reconstructionMse);
    EXPECT_EQ(one.partition.labels, two.partition.labels);
    EXPECT_EQ(one.scores.inertia, two.scores.inertia);
}

TEST(Reduction, EveryAlgorithmClustersTheComponents) {
    const Table table = sampleTable();
    NullProgress progress;
    for (const Algorithm a : {Algorithm::KMeans, Algorithm::Hierarchical, Algorithm::Dbscan}) {
        SCOPED_TRACE(algorithmKey(a));
        SegmentationOptions options;
        options.algorithm = a;
        options.reduction.method = ReductionMethod::Pca;
        options.reduction.components = 2;
        options.k = a == Algorithm::Dbscan ? std::nullopt : std::optional<int>(3);
        options.dbscan = {0.05, 10};
        const SegmentationResult r = runSegmentation(table, sampleRecipe(table), options, progress);
        ASSERT_TRUE(r.reduction);
        EXPECT_EQ(&clusteringMatrix(r), &r.reduction->x);
        EXPECT_EQ(r.reduction->centres.cols(), 2);
        EXPECT_EQ(r.reduction->centres.rows(), r.k);
        EXPECT_EQ(r.partition.centres.cols(), r.data.x.cols());
        // Profiles describe the original columns.
        EXPECT_EQ(r.profile.segments.empty(), false);
    }
    // Without a reduction nothing changes: the clustering sees the scaled features.
    SegmentationOptions plain;
    plain.k = 3;
    const SegmentationResult r = runSegmentation(table, sampleRecipe(table), plain, progress);
    EXPECT_FALSE(r.reduction);
    EXPECT_EQ(&clusteringMatrix(r), &r.data.x);
}

TEST(Reduction, BadOptionsAreRefused) {
    const FeatureMatrix x = FeatureMatrix::Random(20, 4);
    NullProgress progress;
    ReductionOptions bad;
    bad.method = ReductionMethod::Pca;
    bad.varianceShare = 1.0;
    std::string subject;
    EXPECT_EQ(gugus::test::errorCodeOf([&] { fitReduction(x, bad, progress); }, &subject),
              ErrorCode::InvalidOption);
    EXPECT_EQ(subject, "reduce");
    // Whitening an axis without variance would divide by zero.
    FeatureMatrix flat = x;
    flat.col(3).setZero();
    flat.col(2) = flat.col(1);
    ReductionOptions white;
    white.method = ReductionMethod::Pca;
    white.components = 4;
    white.whiten = true;
    EXPECT_EQ(gugus::test::errorCodeOf([&] { fitReduction(flat, white, progress); }, &subject),
              ErrorCode::InvalidOption);
    EXPECT_EQ(subject, "reduce");
}

// Projects keep the reduction setting (older projects without one load with none).
TEST(Reduction, ProjectFilesKeepTheSetting) {
    ProjectFile project;
    project.source = "customers.csv";
    project.fingerprint = "f";
    project.recipe = sampleRecipe(sampleTable());
    project.options.reduction = *reductionFromText("pca:0.9:whiten");
    const ProjectFile back = ProjectFile::fromJson(project.toJson());
    EXPECT_EQ(reductionText(back.options.reduction), "pca:0.9:whiten");
    auto j = json::parse(project.toJson());
    j["options"].erase("reduce");
    EXPECT_EQ(ProjectFile::fromJson(j.dump()).options.reduction.method, ReductionMethod::None);
    j["options"]["reduce"] = "pca:7.5";
    std::string subject;
    EXPECT_EQ(gugus::test::errorCodeOf([&] { ProjectFile::fromJson(j.dump()); }, &subject),
              ErrorCode::InvalidProject);
    EXPECT_EQ(subject, "options.reduce");
}

} // namespace
