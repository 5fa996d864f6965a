// The autoencoder reduction (dlib): it learns (reconstruction error strictly below predicting
// every column's mean), gives the same network for the same seed on 1 and 2 threads, codes
// training rows as scoring does, cancels between mini-batches, round-trips through a model file
// bit for bit, and refuses damaged networks before dlib reads them.
#include "common/parallel.h"
#include "common/random.h"
#include "data/csv_reader.h"
#include "model/base64.h"
#include "model/segment_model.h"
#include "pipeline/segmentation.h"
#include "reduce/reduction.h"
#include "test_support.h"

#include <nlohmann/json.hpp>

#include <functional>

using namespace gugus::core;
using gugus::test::errorCodeOf;

namespace {

/// 600 rows of 6 features in [0, 1] lying near a curved 2-dimensional surface, plus noise.
FeatureMatrix curvedRows() {
    Random random(7);
    FeatureMatrix x(600, 6);
    for (std::int64_t i = 0; i < x.rows(); ++i) {
        const double a = random.uniform();
        const double b = random.uniform();
        const double values[] = {a, b, a * b, a * a, 0.5 * (a + b), b * b};
        for (std::int64_t f = 0; f < 6; ++f) {
            x(i, f) = values[f] + 0.02 * (random.uniform() - 0.5);
        }
    }
    return x;
}

AutoencoderOptions smallNetwork(int epochs = 40) {
    AutoencoderOptions o;
    o.hidden = {16, 8};
    o.bottleneck = 2;
    o.epochs = epochs;
    o.batchSize = 16;
    o.seed = 3;
    return o;
}

double meanOnlyMse(const FeatureMatrix& x) {
    const Eigen::RowVectorXd mean = x.colwise().mean();
    return (x.rowwise() - mean).squaredNorm() / double(x.size());
}

Table sample() {
    return gugus::test::readSampleTable();
}

/// The sample's numeric columns, min-max scaled, through an autoencoder to 3 codes.
struct Trained {
    Table table;
    SegmentationResult result;
    SegmentModel model;
};

Trained trainSegmentation() {
    Trained t{sample(), {}, {}};
    SegmentationOptions options;
    options.k = 4;
    options.reduction.method = ReductionMethod::Autoencoder;
    options.reduction.autoencoder.hidden = {12};
    options.reduction.autoencoder.bottleneck = 3;
    options.reduction.autoencoder.epochs = 4;
    options.reduction.autoencoder.batchSize = 64;
    NullProgress p;
    const Recipe recipe = Recipe::defaults(t.table);
    t.result = runSegmentation(t.table, recipe, options, p);
    t.model = SegmentModel::fromSegmentation(t.table, options, t.result, {});
    return t;
}

} // namespace

TEST(Autoencoder, LearnsBetterThanTheMeanAndReportsEveryEpoch) {
    const FeatureMatrix x = curvedRows();
    std::vector<double> reported;
    AutoencoderOptions options = smallNetwork();
    options.onEpoch = [&](int epoch, double loss) {
        EXPECT_EQ(epoch, int(reported.size()) + 1);
        reported.push_back(loss);
    };
    NullProgress p;
    ReductionOptions reduction;
    reduction.method = ReductionMethod::Autoencoder;
    reduction.autoencoder = options;
    const ReductionFit fit = fitReduction(x, reduction, p);
    const Reduction& r = fit.reduction;
    EXPECT_EQ(r.outputDims(), 2);
    EXPECT_EQ(r.inputDims(), 6);
    ASSERT_EQ(fit.x.rows(), x.rows());
    ASSERT_EQ(fit.x.cols(), 2);
    EXPECT_EQ(reported, r.autoencoder.lossPerEpoch);
    ASSERT_EQ(reported.size(), 40u);
    EXPECT_LT(reported.back(), reported.front());
    const double baseline = meanOnlyMse(x);
    EXPECT_GT(r.reconstructionMse, 0.0);
    EXPECT_LT(r.reconstructionMse, baseline);
    EXPECT_LT(r.reconstructionMse, 0.5 * baseline); // learnt, not merely below by rounding
    EXPECT_DOUBLE_EQ(r.reconstructionMse, reconstructionMse(r, x));
    // PCA with 2 components on the same rows, for comparison.
    EXPECT_GT(r.pcaReconstructionMse, 0.0);
    EXPECT_LT(r.pcaReconstructionMse, baseline);
    // Training rows get the codes scoring gives them.
    EXPECT_TRUE(r.transform(x).cwiseEqual(fit.x).all());
}

TEST(Autoencoder, SameSeedSameNetworkOnOneAndTwoThreads) {
    const FeatureMatrix x = curvedRows();
    NullProgress p;
    setThreadCount(1);
    const Autoencoder one = trainAutoencoder(x, smallNetwork(5), p);
    const FeatureMatrix codesOne = one.encode(x);
    setThreadCount(2);
    const Autoencoder two = trainAutoencoder(x, smallNetwork(5), p);
    const FeatureMatrix codesTwo = two.encode(x);
    const double mseTwo = two.reconstructionMse(x);
    setThreadCount(0);
    EXPECT_EQ(one.network, two.network);
    EXPECT_EQ(one.lossPerEpoch, two.lossPerEpoch);
    EXPECT_TRUE(codesOne.cwiseEqual(codesTwo).all());
    setThreadCount(1);
    EXPECT_EQ(one.reconstructionMse(x), mseTwo);
    setThreadCount(0);
    AutoencoderOptions other = smallNetwork(5);
    other.seed = 4;
    EXPECT_NE(trainAutoencoder(x, other, p).network, one.network);
}

TEST(Autoencoder, CancelsBetweenMiniBatches) {
    const FeatureMatrix x = curvedRows();
    CallbackProgress progress;
    AutoencoderOptions options = smallNetwork(1000);
    int epochs = 0;
    options.onEpoch = [&](int, double) {
        if (++epochs == 2) {
            progress.cancel();
        }
    };
    EXPECT_THROW(trainAutoencoder(x, options, progress), Cancelled);
    EXPECT_EQ(epochs, 2); // stopped inside the third epoch, at its first mini-batch
}

TEST(Autoencoder, RefusesShapesOutsideTheLimits) {
    const FeatureMatrix x = curvedRows();
    NullProgress p;
    const auto code = [&](const std::function<void(AutoencoderOptions&)>& change) {
        AutoencoderOptions o = smallNetwork(1);
        change(o);
        std::string subject;
        const ErrorCode c = errorCodeOf([&] { trainAutoencoder(x, o, p); }, &subject);
        EXPECT_EQ(subject, "reduce");
        return c;
    };
    EXPECT_EQ(code([](auto& o) { o.bottleneck = 6; }), ErrorCode::InvalidOption); // = features
    EXPECT_EQ(code([](auto& o) { o.bottleneck = 0; }), ErrorCode::InvalidOption);
    EXPECT_EQ(code([](auto& o) { o.hidden = {8, 8, 8, 8}; }), ErrorCode::InvalidOption);
    EXPECT_EQ(code([](auto& o) { o.hidden = {0}; }), ErrorCode::InvalidOption);
    EXPECT_EQ(code([](auto& o) { o.epochs = 0; }), ErrorCode::InvalidOption);
    EXPECT_EQ(code([](auto& o) { o.batchSize = 0; }), ErrorCode::InvalidOption);
    FeatureMatrix broken = x;
    broken(5, 2) = std::nan("");
    EXPECT_EQ(errorCodeOf([&] { trainAutoencoder(broken, smallNetwork(1), p); }),
              ErrorCode::NonFiniteValue);
}

TEST(Autoencoder, ReduceTexts) {
    const auto ae = reductionFromText("autoencoder:32,16,10");
    ASSERT_TRUE(ae);
    EXPECT_EQ(ae->method, ReductionMethod::Autoencoder);
    EXPECT_EQ(ae->autoencoder.hidden, (std::vector<int>{32, 16}));
    EXPECT_EQ(ae->autoencoder.bottleneck, 10);
    EXPECT_EQ(ae->autoencoder.epochs, 50);
    EXPECT_EQ(ae->autoencoder.batchSize, 32);
    EXPECT_EQ(reductionText(*ae), "autoencoder:32,16,10:epochs=50:batch=32:seed=0");
    const auto full = reductionFromText("autoencoder:4:epochs=7:batch=5:seed=9");
    ASSERT_TRUE(full);
    EXPECT_TRUE(full->autoencoder.hidden.empty());
    EXPECT_EQ(full->autoencoder.bottleneck, 4);
    EXPECT_EQ(full->autoencoder.epochs, 7);
    EXPECT_EQ(full->autoencoder.batchSize, 5);
    EXPECT_EQ(full->autoencoder.seed, 9u);
    EXPECT_EQ(reductionText(*reductionFromText(reductionText(*full))), reductionText(*full));
    for (const char* bad :
         {"autoencoder", "autoencoder:", "autoencoder:0", "autoencoder:8,,2", "autoencoder:8,2,",
          "autoencoder:1,2,3,4,5", "autoencoder:5000,2", "autoencoder:-3", "autoencoder:4:epochs=0",
          "autoencoder:4:seed=1:epochs=3", "autoencoder:4:batch=x", "autoencoder:4:whiten"}) {
        EXPECT_FALSE(reductionFromText(bad)) << bad;
    }
}

TEST(Autoencoder, Base64IsStrict) {
    std::string all;
    for (int c = 0; c < 256; ++c) {
        all += char(c);
    }
    for (std::size_t n : {0u, 1u, 2u, 3u, 4u, 256u}) {
        const std::string bytes = all.substr(0, n);
        EXPECT_EQ(base64Decode(base64Encode(bytes)), bytes);
    }
    EXPECT_EQ(base64Encode("Man"), "TWFu");
    EXPECT_EQ(base64Encode("Ma"), "TWE=");
    EXPECT_EQ(base64Encode("M"), "TQ==");
    for (const char* bad : {"TWF", "TW=u", "TQ=A", "TR==", "TWF\n", "T WF", "====", "TQ==TQ=="}) {
        EXPECT_FALSE(base64Decode(bad)) << bad;
    }
}

// A segmentation on the codes: profiles stay in the original columns, the model file carries
// the network bit for bit, scoring gives the training rows their labels, SQL is refused.
TEST(Autoencoder, ModelRoundTripScoresAndRefusesSql) {
    const Trained t = trainSegmentation();
    ASSERT_TRUE(t.result.reduction);
    EXPECT_EQ(t.result.reduction->x.cols(), 3);
    EXPECT_EQ(t.result.partition.centres.cols(), t.result.data.x.cols()); // original columns
    ASSERT_TRUE(t.model.reduction);
    EXPECT_EQ(t.model.centres.cols(), 3);
    const std::string json = t.model.toJson();
    const auto parsed = nlohmann::json::parse(json);
    EXPECT_EQ(parsed.at("reduction").at("method"), "autoencoder");
    EXPECT_EQ(parsed.at("reduction").at("loss_per_epoch").size(), 4u);
    const SegmentModel back = SegmentModel::fromJson(json);
    EXPECT_EQ(back.toJson(), json);
    ASSERT_TRUE(back.reduction);
    EXPECT_EQ(back.reduction->autoencoder.network, t.model.reduction->autoencoder.network);
    for (std::size_t l = 0; l < back.reduction->autoencoder.weights.size(); ++l) {
        EXPECT_TRUE(back.reduction->autoencoder.weights[l]
                        .cwiseEqual(t.model.reduction->autoencoder.weights[l])
                        .all());
    }
    NullProgress p;
    const ScoreResult scored = scoreTable(back, t.table, p);
    EXPECT_EQ(scored.labels, t.result.tableLabels);
    EXPECT_EQ(t.model.trainingAgreement, 1.0);
    std::string subject;
    EXPECT_EQ(errorCodeOf([&] { modelSql(back, "customers"); }, &subject), ErrorCode::InvalidModel);
    EXPECT_EQ(subject, "reduction");
}

TEST(Autoencoder, DamagedNetworksAreRefusedBeforeDlibReadsThem) {
    const Trained t = trainSegmentation();
    const auto good = nlohmann::json::parse(t.model.toJson());
    const std::string network = *base64Decode(good["reduction"]["network"].get<std::string>());
    const auto refused = [&](const std::function<void(nlohmann::json&)>& damage) {
        auto j = good;
        damage(j);
        std::string subject;
        const ErrorCode code = errorCodeOf([&] { SegmentModel::fromJson(j.dump()); }, &subject);
        EXPECT_EQ(code, ErrorCode::InvalidModel);
        return subject;
    };
    const auto withBytes = [&](const std::function<void(std::string&)>& change) {
        return [&, change](nlohmann::json& j) {
            std::string bytes = network;
            change(bytes);
            j["reduction"]["network"] = base64Encode(bytes);
        };
    };
    EXPECT_EQ(refused([](auto& j) { j["reduction"]["network"] = "not base64!"; }),
              "reduction.network");
    EXPECT_EQ(refused([](auto& j) { j["reduction"]["network"] = 12; }), "reduction.network");
    EXPECT_EQ(refused(withBytes([](std::string& b) { b.resize(b.size() / 2); })),
              "reduction.network");
    EXPECT_EQ(refused(withBytes([](std::string& b) { b += "x"; })), "reduction.network");
    EXPECT_EQ(refused(withBytes([](std::string& b) { b.clear(); })), "reduction.network");
    // Every header byte: a tensor size, a version, a layer name changed.
    for (const std::size_t at : {std::size_t(0), std::size_t(5), std::size_t(40)}) {
        EXPECT_EQ(refused(withBytes([at](std::string& b) { b[at] = char(b[at] ^ 0x5a); })),
                  "reduction.network");
    }
    // Weights that are no numbers.
    EXPECT_EQ(refused(withBytes([](std::string& b) {
                  // The last layer's bias is near the end; overwrite a run of bytes with 0xff.
                  for (std::size_t i = b.size() / 2; i < b.size() / 2 + 8; ++i) {
                      b[i] = char(0xff);
                  }
              })),
              "reduction.network");
    // The declared shape must match the bytes.
    EXPECT_EQ(refused([](auto& j) { j["reduction"]["bottleneck"] = 2; }), "reduction.network");
    EXPECT_EQ(refused([](auto& j) { j["reduction"]["hidden"] = {12, 12}; }), "reduction.network");
    EXPECT_EQ(refused([](auto& j) {
                  j["reduction"]["hidden"] = {4096, 4096, 4096};
              }),
              "reduction.network");
    EXPECT_EQ(refused([](auto& j) {
                  j["reduction"]["hidden"] = {1, 2, 3, 4};
              }),
              "reduction.hidden");
    EXPECT_EQ(refused([](auto& j) { j["reduction"]["hidden"] = {0}; }), "reduction.hidden[0]");
    EXPECT_EQ(refused([](auto& j) { j["reduction"]["bottleneck"] = 0; }), "reduction.bottleneck");
    EXPECT_EQ(refused([](auto& j) { j["reduction"]["bottleneck"] = 100000; }),
              "reduction.bottleneck");
    EXPECT_EQ(refused([](auto& j) { j["reduction"]["loss_per_epoch"][0] = -1.0; }),
              "reduction.loss_per_epoch[0]");
    EXPECT_EQ(refused([](auto& j) { j["reduction"]["pca_reconstruction_mse"] = "x"; }),
              "reduction.pca_reconstruction_mse");
    EXPECT_EQ(refused([](auto& j) { j["centres"][0].push_back(0.0); }), "centres[0]");
}
