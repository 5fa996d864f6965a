// The "reduction" object of a model file: PCA's mean, axes and variances, bit for bit.
#include "model/reduction_json.h"

#include <cmath>

namespace gugus::core {

using nlohmann::json;

namespace {

std::vector<double> listOf(const Eigen::VectorXd& v) {
    return std::vector<double>(v.data(), v.data() + v.size());
}

} // namespace

json reductionToJson(const Reduction& reduction) {
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
    if (out.method != ReductionMethod::Pca) {
        r.fail("method", "must be \"pca\"");
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
