// Gaussian mixtures: scikit-learn 1.2's GaussianMixture from the same K-Means start for the four
// covariance types (tests/data/golden/gmm/make_gmm_golden.py), thread-count independence,
// probabilities, restarts, option errors and cancel; in the pipeline: components numbered as the
// segments, the PCA reduction, saved models that score by the largest posterior, projects.
#include "cluster/gmm.h"
#include "common/parallel.h"
#include "golden_cases.h"
#include "metrics/cluster_metrics.h"
#include "model/project_file.h"
#include "model/segment_model.h"
#include "pipeline/segmentation.h"
#include "test_support.h"

#include <nlohmann/json.hpp>

using namespace gugus::core;
using namespace gugus::test::golden;
using nlohmann::json;

namespace {

constexpr double kRel = 1e-6; // the brief's tolerance for log-likelihood, BIC and AIC

json gmmCase(const std::string& name) {
    return readJson(gugus::test::dataPath("golden/gmm/" + name + ".json"));
}

/// Checks every covariance type of a case against sklearn, starting from the same K-Means.
void checkCase(const std::string& name, const std::string& csv) {
    const json expected = gmmCase(name);
    const Prepared prepared = prepare(csv, expected);
    const FeatureMatrix& x = prepared.data.x;
    ASSERT_EQ(x.rows(), expected.at("rows").get<std::int64_t>());
    const int k = expected.at("k").get<int>();
    GmmOptions options;
    options.k = k;
    options.init = GmmInit::Given;
    const auto rows = expected.at("init_rows").get<std::vector<std::int64_t>>();
    options.initialCentres.resize(k, x.cols());
    for (int c = 0; c < k; ++c) {
        options.initialCentres.row(c) = x.row(rows[std::size_t(c)]);
    }
    for (const auto& [key, run] : expected.at("runs").items()) {
        SCOPED_TRACE(name + " " + key);
        options.covariance = *covarianceFromKey(key);
        NullProgress progress;
        const GmmResult r = fitGmm(x, options, progress);
        EXPECT_REL_NEAR(r.logLikelihood, run.at("log_likelihood").get<double>(), kRel);
        EXPECT_REL_NEAR(r.lowerBound, run.at("lower_bound").get<double>(), kRel);
        EXPECT_REL_NEAR(r.bic, run.at("bic").get<double>(), kRel);
        EXPECT_REL_NEAR(r.aic, run.at("aic").get<double>(), kRel);
        EXPECT_EQ(r.iterations, run.at("n_iter").get<int>());
        EXPECT_EQ(r.converged, run.at("converged").get<bool>());
        const auto weights = run.at("weights").get<std::vector<double>>();
        for (int c = 0; c < k; ++c) {
            EXPECT_NEAR(r.model.weights[c], weights[std::size_t(c)], 1e-6);
        }
        const auto text = run.at("labels").get<std::string>();
        Labels golden;
        for (const char ch : text) {
            golden.push_back(ch - '0');
        }
        EXPECT_GE(adjustedRandIndex(r.labels, golden), 0.99);
        EXPECT_EQ(r.sizes, run.at("sizes").get<std::vector<std::int64_t>>());
        const auto probabilities = run.at("probabilities").get<std::vector<std::vector<double>>>();
        for (std::size_t i = 0; i < probabilities.size(); ++i) {
            for (int c = 0; c < k; ++c) {
                EXPECT_NEAR(r.probabilities(std::int64_t(i), c), probabilities[i][std::size_t(c)],
                            1e-6)
                    << "row " << i << " component " << c;
            }
        }
    }
}

/// A small seeded mixture of three groups in 3 dimensions.
FeatureMatrix threeGroups(std::int64_t n) {
    FeatureMatrix x(n, 3);
    std::uint64_t state = 12345;
    const auto next = [&] {
        state = state * 6364136223846793005ull + 1442695040888963407ull;
        return double(state >> 11) * 0x1.0p-53 - 0.5;
    };
    for (std::int64_t i = 0; i < n; ++i) {
        const double shift = double(i % 3) * 3.0;
        x(i, 0) = shift + next();
        x(i, 1) = -shift + 2.0 * next();
        x(i, 2) = next() * (1.0 + double(i % 3));
    }
    return x;
}

} // namespace

TEST(GmmGolden, SampleMatchesSklearn) {
    checkCase("sample", gugus::test::samplePath());
}

TEST(GmmGolden, BlobsMatchSklearn) {
    checkCase("blobs", gugus::test::dataPath("golden/gmm/blobs.csv"));
}

TEST(GmmGolden, CustSegmentationMatchesSklearn) {
    GUGUS_REQUIRE_SHARED("cust_segmentation.csv", csv);
    checkCase("cust_segmentation", csv);
}

TEST(GmmGolden, CcGeneralMatchesSklearn) {
    GUGUS_REQUIRE_SHARED("cc_general.csv", csv);
    checkCase("cc_general", csv);
}

TEST(GmmGolden, P1g6MatchesSklearn) {
    GUGUS_REQUIRE_SHARED("p1g6_set1_creditcard.csv", csv);
    checkCase("p1g6", csv);
}

TEST(GmmGolden, FundFusionMatchesSklearn) {
    GUGUS_REQUIRE_SHARED("fundfusion_clustering_data.csv", csv);
    checkCase("fundfusion", csv);
}

TEST(Gmm, SameBitsOnOneAndTwoThreads) {
    gugus::test::ThreadCountGuard guard;
    const FeatureMatrix x = threeGroups(9000); // several row blocks
    for (const auto type : {CovarianceType::Full, CovarianceType::Diag, CovarianceType::Spherical,
                            CovarianceType::Tied}) {
        for (const auto init : {GmmInit::KMeans, GmmInit::KMeansPlusPlus}) {
            SCOPED_TRACE(std::string(covarianceKey(type)) + " " + gmmInitKey(init));
            GmmOptions o;
            o.k = 3;
            o.covariance = type;
            o.init = init;
            o.nInit = 2;
            o.seed = 5;
            NullProgress progress;
            setThreadCount(1);
            const GmmResult one = fitGmm(x, o, progress);
            setThreadCount(2);
            const GmmResult two = fitGmm(x, o, progress);
            EXPECT_EQ(one.labels, two.labels);
            EXPECT_EQ(one.logLikelihood, two.logLikelihood); // bit for bit
            EXPECT_EQ(one.runBounds, two.runBounds);
            EXPECT_TRUE(one.probabilities == two.probabilities);
            EXPECT_TRUE(one.model.means == two.model.means);
        }
    }
}

TEST(Gmm, ProbabilitiesAreTheModelsPosteriors) {
    const FeatureMatrix x = threeGroups(900);
    GmmOptions o;
    o.k = 3;
    o.covariance = CovarianceType::Diag;
    NullProgress progress;
    const GmmResult r = fitGmm(x, o, progress);
    ASSERT_EQ(r.probabilities.rows(), x.rows());
    for (std::int64_t i = 0; i < x.rows(); ++i) {
        EXPECT_NEAR(r.probabilities.row(i).sum(), 1.0, 1e-12);
    }
    EXPECT_EQ(r.labels, argmaxRows(r.probabilities));
    // The well separated groups are found (labels up to numbering).
    Labels truth;
    for (std::int64_t i = 0; i < x.rows(); ++i) {
        truth.push_back(int(i % 3));
    }
    EXPECT_GE(adjustedRandIndex(r.labels, truth), 0.99);
    // Scoring with the fitted model gives the same posteriors and the same mean log-likelihood.
    Eigen::VectorXd logLikelihood;
    const ProbabilityMatrix again = gmmProbabilities(r.model, x, &logLikelihood);
    EXPECT_TRUE(again.isApprox(r.probabilities, 1e-12));
    EXPECT_NEAR(logLikelihood.mean(), r.logLikelihood, 1e-12);
    // From stored covariances alone (what a model file keeps) the precisions come back.
    GmmModel stored = r.model;
    stored.precisionsCholesky.clear();
    gmmComputePrecisions(stored);
    EXPECT_TRUE(gmmProbabilities(stored, x).isApprox(r.probabilities, 1e-12));
}

TEST(Gmm, RestartsKeepTheHighestLowerBound) {
    const FeatureMatrix x = threeGroups(600);
    GmmOptions o;
    o.k = 5; // more components than groups: restarts land in different optima
    o.init = GmmInit::KMeansPlusPlus;
    o.nInit = 4;
    o.seed = 3;
    NullProgress progress;
    const GmmResult r = fitGmm(x, o, progress);
    ASSERT_EQ(r.runBounds.size(), 4u);
    for (const double bound : r.runBounds) {
        EXPECT_LE(bound, r.lowerBound);
    }
    EXPECT_EQ(r.runBounds[std::size_t(r.bestRun)], r.lowerBound);
    // The winner alone, as restart 0 of a one-restart fit with the same stream, is that run.
    o.nInit = 1;
    const GmmResult first = fitGmm(x, o, progress);
    EXPECT_EQ(first.runBounds[0], r.runBounds[0]);
}

TEST(Gmm, FreeParametersAsSklearn) {
    GmmModel m;
    m.weights = Eigen::VectorXd::Constant(5, 0.2);
    m.means = CentreMatrix::Zero(5, 18);
    m.covariance = CovarianceType::Full;
    EXPECT_EQ(m.freeParameters(), 5 * 18 * 19 / 2 + 5 * 18 + 4);
    m.covariance = CovarianceType::Diag;
    EXPECT_EQ(m.freeParameters(), 5 * 18 + 5 * 18 + 4);
    m.covariance = CovarianceType::Spherical;
    EXPECT_EQ(m.freeParameters(), 5 + 5 * 18 + 4);
    m.covariance = CovarianceType::Tied;
    EXPECT_EQ(m.freeParameters(), 18 * 19 / 2 + 5 * 18 + 4);
}

TEST(Gmm, BadOptionsNameTheOption) {
    const FeatureMatrix x = threeGroups(60);
    const auto subjectOf = [&](const GmmOptions& o) {
        std::string subject;
        NullProgress progress;
        gugus::test::errorCodeOf([&] { fitGmm(x, o, progress); }, &subject);
        return subject;
    };
    GmmOptions o;
    o.k = 0;
    EXPECT_EQ(subjectOf(o), "k");
    o = {};
    o.nInit = 0;
    EXPECT_EQ(subjectOf(o), "n_init");
    o = {};
    o.maxIter = 0;
    EXPECT_EQ(subjectOf(o), "max_iter");
    o = {};
    o.tol = -1.0;
    EXPECT_EQ(subjectOf(o), "tol");
    o = {};
    o.regCovar = -1e-6;
    EXPECT_EQ(subjectOf(o), "reg_covar");
    o = {};
    o.init = GmmInit::Given;
    o.k = 3;
    o.initialCentres = CentreMatrix::Zero(2, 3);
    EXPECT_EQ(subjectOf(o), "initial_centres");
    o = {};
    o.k = 61;
    NullProgress progress;
    EXPECT_EQ(gugus::test::errorCodeOf([&] { fitGmm(x, o, progress); }), ErrorCode::TooFewRows);
    // Duplicated rows with no regularisation: a singular covariance is refused by name.
    FeatureMatrix flat = FeatureMatrix::Zero(30, 2);
    flat.col(0).setLinSpaced(30, 0.0, 1.0);
    flat.col(1) = flat.col(0); // rank 1
    o = {};
    o.k = 1;
    o.regCovar = 0.0;
    std::string subject;
    EXPECT_EQ(gugus::test::errorCodeOf([&] { fitGmm(flat, o, progress); }, &subject),
              ErrorCode::InvalidOption);
    EXPECT_EQ(subject, "covariance");
    o.regCovar = 1e-6; // the default regularisation makes it usable
    EXPECT_NO_THROW(fitGmm(flat, o, progress));
}

TEST(Gmm, KeysRoundTrip) {
    for (const auto type : {CovarianceType::Full, CovarianceType::Diag, CovarianceType::Spherical,
                            CovarianceType::Tied}) {
        EXPECT_EQ(covarianceFromKey(covarianceKey(type)), type);
    }
    for (const auto init : {GmmInit::KMeans, GmmInit::KMeansPlusPlus, GmmInit::Given}) {
        EXPECT_EQ(gmmInitFromKey(gmmInitKey(init)), init);
    }
    EXPECT_FALSE(covarianceFromKey("diagonal"));
    EXPECT_FALSE(gmmInitFromKey("random"));
}

TEST(Gmm, CancelStopsTheFit) {
    const FeatureMatrix x = threeGroups(3000);
    GmmOptions o;
    o.k = 3;
    gugus::test::CancelAfterReports cancel(3);
    EXPECT_THROW(fitGmm(x, o, cancel), Cancelled);
}

namespace {

/// The bundled sample on four numeric columns (the golden case's preparation).
Table sampleTable() {
    return readTable(gugus::test::samplePath());
}

Recipe sampleRecipe(const Table& table) {
    return caseRecipe(table, gmmCase("sample"));
}

} // namespace

TEST(GmmPipeline, ComponentsAreNumberedAsTheSegments) {
    const Table table = sampleTable();
    for (const auto type : {CovarianceType::Full, CovarianceType::Diag, CovarianceType::Spherical,
                            CovarianceType::Tied}) {
        SCOPED_TRACE(covarianceKey(type));
        SegmentationOptions o;
        o.algorithm = Algorithm::Gmm;
        o.k = 4;
        o.gmm.covariance = type;
        NullProgress progress;
        const SegmentationResult r = runSegmentation(table, sampleRecipe(table), o, progress);
        // The same fit as the engine call on the prepared matrix, up to the numbering.
        GmmOptions direct = o.gmm;
        direct.k = 4;
        const GmmResult fit = fitGmm(r.data.x, direct, progress);
        EXPECT_EQ(r.gmm.logLikelihood, fit.logLikelihood);
        EXPECT_EQ(r.gmm.bic, fit.bic);
        EXPECT_EQ(adjustedRandIndex(r.partition.labels, fit.labels), 1.0);
        // Segments by size, largest first; labels, sizes, probability columns, weights and
        // means all follow.
        EXPECT_EQ(r.gmm.labels, r.partition.labels);
        EXPECT_EQ(r.gmm.sizes, r.partition.sizes);
        EXPECT_TRUE(std::is_sorted(r.partition.sizes.rbegin(), r.partition.sizes.rend()));
        EXPECT_EQ(argmaxRows(r.gmm.probabilities), r.partition.labels);
        for (std::size_t i = 0; i < r.partition.labels.size(); ++i) {
            const int ours = r.partition.labels[i];
            const int theirs = fit.labels[i];
            EXPECT_EQ(r.gmm.model.weights[ours], fit.model.weights[theirs]);
            EXPECT_TRUE(r.gmm.model.means.row(ours) == fit.model.means.row(theirs));
            EXPECT_EQ(r.gmm.probabilities(std::int64_t(i), ours),
                      fit.probabilities(std::int64_t(i), theirs));
        }
        // Scored rows keep every usual metric besides the likelihood.
        EXPECT_TRUE(r.scores.defined);
    }
}

TEST(GmmPipeline, SavedModelsScoreByTheLargestPosterior) {
    const Table table = sampleTable();
    for (const bool reduced : {false, true}) {
        for (const auto type : {CovarianceType::Full, CovarianceType::Diag,
                                CovarianceType::Spherical, CovarianceType::Tied}) {
            SCOPED_TRACE(std::string(covarianceKey(type)) + (reduced ? " pca" : ""));
            SegmentationOptions o;
            o.algorithm = Algorithm::Gmm;
            o.k = 3;
            o.gmm.covariance = type;
            if (reduced) {
                o.reduction.method = ReductionMethod::Pca;
                o.reduction.components = 2;
            }
            NullProgress progress;
            const SegmentationResult r = runSegmentation(table, sampleRecipe(table), o, progress);
            // With a reduction the mixture lives on the components.
            EXPECT_EQ(r.gmm.model.dims(), reduced ? 2 : r.data.x.cols());
            const SegmentModel model = SegmentModel::fromSegmentation(table, o, r);
            EXPECT_EQ(model.trainingAgreement, 1.0);
            const std::string text = model.toJson();
            const SegmentModel back = SegmentModel::fromJson(text);
            EXPECT_EQ(back.toJson(), text); // bit for bit
            EXPECT_EQ(back.assign(r.data.x), r.partition.labels);
            EXPECT_TRUE(back.probabilities(r.data.x).isApprox(r.gmm.probabilities, 1e-12));
            // Scoring the table: the same segments and probabilities per row.
            const ScoreResult scored = scoreTable(back, table, progress);
            ASSERT_EQ(scored.probabilities.rows(), table.rowCount());
            for (std::size_t i = 0; i < r.data.rows.size(); ++i) {
                const auto row = r.data.rows[i];
                EXPECT_EQ(scored.labels[std::size_t(row)], r.partition.labels[i]);
                EXPECT_NEAR(scored.probabilities(row, 0), r.gmm.probabilities(std::int64_t(i), 0),
                            1e-12);
            }
            // No SQL form.
            std::string subject;
            EXPECT_EQ(gugus::test::errorCodeOf([&] { modelSql(back, "t"); }, &subject),
                      ErrorCode::InvalidModel);
            EXPECT_EQ(subject, "algorithm");
        }
    }
}

TEST(GmmPipeline, SweepCarriesBicAndAic) {
    const Table table = sampleTable();
    SegmentationOptions o;
    o.algorithm = Algorithm::Gmm;
    o.kMin = 2;
    o.kMax = 5;
    o.gmm.covariance = CovarianceType::Diag;
    NullProgress progress;
    std::vector<SweepPoint> streamed;
    const SweepResult sweep = sweepTable(table, sampleRecipe(table), o, progress,
                                         [&](const SweepPoint& p) { streamed.push_back(p); });
    ASSERT_EQ(sweep.points.size(), 4u);
    ASSERT_EQ(streamed.size(), 4u);
    int lowestBic = 0;
    int lowestAic = 0;
    for (std::size_t i = 0; i < sweep.points.size(); ++i) {
        const SweepPoint& p = sweep.points[i];
        ASSERT_TRUE(p.bic && p.aic);
        EXPECT_EQ(streamed[i].bic, p.bic); // partial results carry them too
        if (lowestBic == 0 || *p.bic < *sweep.points[std::size_t(lowestBic - 2)].bic) {
            lowestBic = p.k;
        }
        if (lowestAic == 0 || *p.aic < *sweep.points[std::size_t(lowestAic - 2)].aic) {
            lowestAic = p.k;
        }
        // Each point is the fit a segmentation with that k makes.
        SegmentationOptions fixed = o;
        fixed.k = p.k;
        const SegmentationResult r = runSegmentation(table, sampleRecipe(table), fixed, progress);
        EXPECT_EQ(*p.bic, r.gmm.bic);
        EXPECT_EQ(*p.aic, r.gmm.aic);
    }
    EXPECT_EQ(sweep.lowestBicK, lowestBic);
    EXPECT_EQ(sweep.lowestAicK, lowestAic);
    // Other algorithms have no criteria.
    o.algorithm = Algorithm::KMeans;
    const SweepResult kmeans = sweepTable(table, sampleRecipe(table), o, progress);
    EXPECT_FALSE(kmeans.lowestBicK);
    EXPECT_FALSE(kmeans.points.front().bic);
}

TEST(GmmPipeline, ProjectFilesKeepTheSettings) {
    ProjectFile project;
    project.source = "customers.csv";
    project.fingerprint = "f";
    project.recipe = sampleRecipe(sampleTable());
    project.options.algorithm = Algorithm::Gmm;
    project.options.gmm.covariance = CovarianceType::Tied;
    project.options.gmm.init = GmmInit::KMeansPlusPlus;
    project.options.gmm.regCovar = 1e-4;
    project.options.gmm.nInit = 3;
    project.options.gmm.maxIter = 50;
    project.options.gmm.tol = 1e-5;
    const ProjectFile back = ProjectFile::fromJson(project.toJson());
    EXPECT_EQ(back.options.algorithm, Algorithm::Gmm);
    EXPECT_EQ(back.options.gmm.covariance, CovarianceType::Tied);
    EXPECT_EQ(back.options.gmm.init, GmmInit::KMeansPlusPlus);
    EXPECT_EQ(back.options.gmm.regCovar, 1e-4);
    EXPECT_EQ(back.options.gmm.nInit, 3);
    EXPECT_EQ(back.options.gmm.maxIter, 50);
    EXPECT_EQ(back.options.gmm.tol, 1e-5);
    // Projects saved before mixtures load with the defaults; bad values name the field.
    auto j = nlohmann::json::parse(project.toJson());
    j["options"].erase("gmm");
    EXPECT_EQ(ProjectFile::fromJson(j.dump()).options.gmm.covariance, CovarianceType::Full);
    j = nlohmann::json::parse(project.toJson());
    j["options"]["gmm"]["n_init"] = 0;
    std::string subject;
    EXPECT_EQ(gugus::test::errorCodeOf([&] { ProjectFile::fromJson(j.dump()); }, &subject),
              ErrorCode::InvalidProject);
    EXPECT_EQ(subject, "options.gmm.n_init");
    j["options"]["gmm"]["n_init"] = 1;
    j["options"]["gmm"]["init"] = "given";
    EXPECT_EQ(gugus::test::errorCodeOf([&] { ProjectFile::fromJson(j.dump()); }, &subject),
              ErrorCode::InvalidProject);
    EXPECT_EQ(subject, "options.gmm.init");
}
