// The "reduction" object of a model file: PCA's mean, axes and variances, bit for bit.
#include "model/reduction_json.h"

#include "model/base64.h"

#include <cmath>
#include <stdexcept>

namespace gugus::core {

using nlohmann::json;

namespace {

std::vector<double> listOf(const Eigen::VectorXd& v) {
    return std::vector<double>(v.data(), v.data() + v.size());
}

json autoencoderToJson(const Reduction& reduction) {
    const Autoencoder& ae = reduction.autoencoder;
    return json{{"method", reductionKey(reduction.method)},
                {"hidden", ae.hidden},
                {"bottleneck", ae.bottleneck},
                {"network", base64Encode(ae.network)},
                {"loss_per_epoch", ae.lossPerEpoch},
                {"reconstruction_mse", reduction.reconstructionMse},
                {"pca_reconstruction_mse", reduction.pcaReconstructionMse}};
}

Reduction autoencoderFromJson(const json_fields::Reader& r, std::int64_t features) {
    Reduction out;
    out.method = ReductionMethod::Autoencoder;
    const std::vector<std::int64_t> hidden = r.integers("hidden", 1, kAutoencoderMaxWidth);
    if (hidden.size() > std::size_t(kAutoencoderMaxHidden)) {
        r.fail("hidden", "must have at most " + std::to_string(kAutoencoderMaxHidden) + " layers");
    }
    if (features < 2) {
        r.fail("method", "needs at least 2 features");
    }
    const auto bottleneck = int(r.integer("bottleneck", 1, features - 1));
    const std::optional<std::string> network = base64Decode(r.text("network"));
    if (!network) {
        r.fail("network", "must be base64 text");
    }
    try {
        out.autoencoder = autoencoderFromNetwork(
            *network, features, std::vector<int>(hidden.begin(), hidden.end()), bottleneck);
    } catch (const std::invalid_argument& e) {
        r.fail("network", e.what());
    }
    out.autoencoder.lossPerEpoch = r.numbers("loss_per_epoch", 0.0);
    out.reconstructionMse = r.number("reconstruction_mse", 0.0);
    out.pcaReconstructionMse = r.number("pca_reconstruction_mse", 0.0);
    return out;
}

} // namespace

json reductionToJson(const Reduction& reduction) {
    if (reduction.method == ReductionMethod::Autoencoder) {
        return autoencoderToJson(reduction);
    }
    json axes = json::array();
    for (std::int64_t j = 0; j < reduction.outputDims(); ++j) {
        std::vector<double> weights(std::size_t(reduction.inputDims()));
        for (std::int64_t f = 0; f < reduction.inputDims(); ++f) {
            weights[std::size_t(f)] = reduction.components(j, f);
        }
        axes.push_back(json{{"variance", reduction.explainedVariance[j]},
                            {"share", reduction.explainedVarianceRatio[j]},
                            {"weights", weights}});
    }
    return json{{"method", reductionKey(reduction.method)},
                {"whiten", reduction.whiten},
                {"mean", listOf(reduction.mean)},
                {"axes", axes},
                {"spectrum", listOf(reduction.spectrumRatio)},
                {"reconstruction_mse", reduction.reconstructionMse}};
}

json reductionSummaryJson(const Reduction* reduction) {
    if (!reduction) {
        return json{{"method", "none"}};
    }
    if (reduction->method == ReductionMethod::Autoencoder) {
        const Autoencoder& ae = reduction->autoencoder;
        return json{{"method", reductionKey(reduction->method)},
                    {"components", reduction->outputDims()},
                    {"hidden", ae.hidden},
                    {"loss_per_epoch", ae.lossPerEpoch},
                    {"reconstruction_mse", reduction->reconstructionMse},
                    {"pca_reconstruction_mse", reduction->pcaReconstructionMse}};
    }
    return json{{"method", reductionKey(reduction->method)},
                {"components", reduction->outputDims()},
                {"explained_variance", listOf(reduction->explainedVarianceRatio)},
                {"explained_variance_total", reduction->explainedVarianceRatio.sum()},
                {"whiten", reduction->whiten},
                {"spectrum", listOf(reduction->spectrumRatio)},
                {"reconstruction_mse", reduction->reconstructionMse}};
}

Reduction reductionFromJson(const json_fields::Reader& r, std::int64_t features) {
    using json_fields::Reader;
    Reduction out;
    out.method = r.key("method", reductionFromKey);
    if (out.method == ReductionMethod::Autoencoder) {
        return autoencoderFromJson(r, features);
    }
    if (out.method != ReductionMethod::Pca) {
        r.fail("method", "must be \"pca\" or \"autoencoder\"");
    }
    out.whiten = r.flag("whiten");
    const std::vector<double> mean = r.numbers("mean");
    if (std::int64_t(mean.size()) != features) {
        r.fail("mean", "must have one value per feature (" + std::to_string(features) + ")");
    }
    out.mean = Eigen::Map<const Eigen::VectorXd>(mean.data(), features);
    const json& axes = r.array("axes");
    if (axes.empty() || std::int64_t(axes.size()) > features) {
        r.fail("axes", "must have 1 to " + std::to_string(features) + " axes");
    }
    const auto m = std::int64_t(axes.size());
    out.components.resize(m, features);
    out.explainedVariance.resize(m);
    out.explainedVarianceRatio.resize(m);
    for (std::int64_t j = 0; j < m; ++j) {
        const Reader axis(axes[std::size_t(j)], r.code(),
                          r.pathOf(Reader::indexed("axes", std::size_t(j))));
        out.explainedVariance[j] =
            axis.number("variance", out.whiten ? std::numeric_limits<double>::min() : 0.0);
        out.explainedVarianceRatio[j] = axis.number("share", 0.0, 1.0);
        const std::vector<double> weights = axis.numbers("weights", -1.0, 1.0);
        if (std::int64_t(weights.size()) != features) {
            axis.fail("weights",
                      "must have one weight per feature (" + std::to_string(features) + ")");
        }
        out.components.row(j) = Eigen::Map<const Eigen::RowVectorXd>(weights.data(), features);
        // Axes are unit vectors; anything else is damage, not a model.
        if (std::abs(out.components.row(j).norm() - 1.0) > 1e-9) {
            axis.fail("weights", "must have length 1");
        }
    }
    const std::vector<double> spectrum = r.numbers("spectrum", 0.0, 1.0);
    if (std::int64_t(spectrum.size()) < m || std::int64_t(spectrum.size()) > features) {
        r.fail("spectrum",
               "must have " + std::to_string(m) + " to " + std::to_string(features) + " shares");
    }
    out.spectrumRatio =
        Eigen::Map<const Eigen::VectorXd>(spectrum.data(), Eigen::Index(spectrum.size()));
    out.reconstructionMse = r.number("reconstruction_mse", 0.0);
    return out;
}

} // namespace gugus::core
