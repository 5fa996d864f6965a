// `gugus-cli segment --reduce`: the PCA step end to end through the CLI - the summary's
// reduction record, a model that carries it into `score` and `model-sql`, and refused texts.
#include "cli_test_util.h"
#include "test_support.h"

#include <nlohmann/json.hpp>

using gugus::test::CliRun;
using gugus::test::contains;
using gugus::test::lastFields;
using gugus::test::readFile;
using gugus::test::runCli;
using gugus::test::scoredSegments;
using gugus::test::TempDir;
using nlohmann::json;

namespace {

/// `segment` on the sample with `reduce` (plus the model, labels and summary in `dir`): the
/// summary.
json segmentReduced(const TempDir& dir, const std::vector<std::string>& reduce,
                    std::string* output = nullptr) {
    std::vector<std::string> argv{"segment", gugus::test::samplePath(), "--k", "4", "--id", "GCIF"};
    argv.insert(argv.end(), reduce.begin(), reduce.end());
    argv.insert(argv.end(), {"--summary", dir.path("summary.json"), "--model-out",
                             dir.path("model.json"), "--out", dir.path("labels.csv"), "--quiet"});
    const CliRun run = runCli(argv);
    EXPECT_EQ(run.code, 0) << run.err;
    if (output != nullptr) {
        *output = run.out;
    }
    return run.code == 0 ? json::parse(readFile(dir.path("summary.json"))) : json::object();
}

/// `score` reduces the rows as training did: the training file gets its own labels back.
void expectScoringGivesTheLabelsBack(const TempDir& dir) {
    const CliRun scored = runCli({"score", dir.path("model.json"), gugus::test::samplePath(),
                                  "--out", dir.path("scored.csv"), "--quiet"});
    ASSERT_EQ(scored.code, 0) << scored.err;
    // scored.csv ends in segment, segment_note (notes hold no commas here: "imputed: Usia").
    EXPECT_EQ(scoredSegments(readFile(dir.path("scored.csv"))),
              lastFields(readFile(dir.path("labels.csv"))));
}

TEST(CliReduce, PcaSegmentWritesTheReductionAndScoresWithIt) {
    TempDir dir;
    gugus::test::ThreadCountGuard threads;
    std::string out;
    const json summary = segmentReduced(dir, {"--reduce", "pca:0.95"}, &out);
    ASSERT_FALSE(summary.empty());
    EXPECT_TRUE(contains(out, " principal components: ")) << out;
    const json& reduction = summary.at("reduction");
    EXPECT_EQ(reduction.at("method"), "pca");
    const int m = reduction.at("components");
    const auto features = summary.at("features").size();
    EXPECT_GE(m, 1);
    EXPECT_LT(std::size_t(m), features);
    ASSERT_EQ(reduction.at("explained_variance").size(), std::size_t(m));
    EXPECT_GT(reduction.at("explained_variance_total").get<double>(), 0.95);
    EXPECT_EQ(reduction.at("spectrum").size(), features);
    EXPECT_GT(reduction.at("reconstruction_mse").get<double>(), 0.0);
    EXPECT_EQ(summary.at("options").at("reduce"), "pca:0.95");
    // Segment centres stay in the scaled original features.
    EXPECT_EQ(summary.at("segments").at(0).at("centre").size(), features);

    expectScoringGivesTheLabelsBack(dir);

    const CliRun sql = runCli({"model-sql", dir.path("model.json"), "--table", "customers"});
    ASSERT_EQ(sql.code, 0) << sql.err;
    EXPECT_TRUE(contains(sql.out, "on " + std::to_string(m) + " principal components")) << sql.out;
}

TEST(CliReduce, MalformedReduceTextsAreUsageErrors) {
    const std::string sample = gugus::test::samplePath();
    for (const char* bad : {"pca", "pca:0", "pca:1.5", "tsne:2", "pca:3:white"}) {
        const CliRun run = runCli({"segment", sample, "--k", "3", "--reduce", bad, "--quiet"});
        EXPECT_EQ(run.code, 2) << bad;
        EXPECT_TRUE(contains(run.err, "--reduce must be none, pca:N")) << run.err;
    }
    // Only `segment` reduces: the sweep would silently ignore it.
    EXPECT_EQ(runCli({"sweep", sample, "--reduce", "pca:2", "--quiet"}).code, 2);
}

} // namespace

TEST(CliReduce, AutoencoderSegmentReportsBothErrorsScoresAndRefusesSql) {
    TempDir dir;
    gugus::test::ThreadCountGuard threads;
    const json summary = segmentReduced(dir, {"--reduce", "autoencoder:12,3", "--ae-epochs", "3",
                                              "--ae-batch", "64", "--ae-seed", "5"});
    ASSERT_FALSE(summary.empty());
    const json& reduction = summary.at("reduction");
    EXPECT_EQ(reduction.at("method"), "autoencoder");
    EXPECT_EQ(reduction.at("components"), 3);
    EXPECT_EQ(reduction.at("loss_per_epoch").size(), 3u);
    EXPECT_GT(reduction.at("reconstruction_mse").get<double>(), 0.0);
    EXPECT_GT(reduction.at("pca_reconstruction_mse").get<double>(), 0.0);
    EXPECT_EQ(summary.at("options").at("reduce"), "autoencoder:12,3:epochs=3:batch=64:seed=5");
    const auto features = summary.at("features").size();
    EXPECT_EQ(summary.at("segments").at(0).at("centre").size(), features);

    expectScoringGivesTheLabelsBack(dir);

    const CliRun sql = runCli({"model-sql", dir.path("model.json"), "--table", "customers"});
    EXPECT_NE(sql.code, 0);
    EXPECT_TRUE(contains(sql.err, "autoencoder")) << sql.err;
}

TEST(CliReduce, AutoencoderOptionsAreChecked) {
    const std::string sample = gugus::test::samplePath();
    const auto usage = [&](std::vector<std::string> extra, const std::string& message) {
        std::vector<std::string> argv{"segment", sample, "--k", "3", "--quiet"};
        argv.insert(argv.end(), extra.begin(), extra.end());
        const CliRun run = runCli(argv);
        EXPECT_EQ(run.code, 2) << run.err;
        EXPECT_TRUE(contains(run.err, message)) << run.err;
    };
    usage({"--ae-epochs", "5"}, "--ae-epochs needs --reduce autoencoder");
    usage({"--reduce", "pca:2", "--ae-seed", "1"}, "--ae-seed needs --reduce autoencoder");
    usage({"--reduce", "autoencoder:8,2", "--ae-epochs", "0"}, "--ae-epochs must be 1 to");
    usage({"--reduce", "autoencoder:8,2", "--ae-batch", "0"}, "--ae-batch must be");
    usage({"--reduce", "autoencoder:8,0"}, "autoencoder:L1,...,B");
}
