// The reduction step between scaling and clustering: PCA keeping n axes or a variance share, as
// sklearn.decomposition.PCA (full solver), optionally whitened; or an autoencoder's codes.
#include "reduce/reduction.h"

#include "common/error.h"
#include "common/parallel.h"
#include "numeric/distance_kernel.h"
#include "reduce/pca.h"

#include <charconv>
#include <cmath>
#include <string_view>
#include <utility>

namespace gugus::core {

namespace {

constexpr std::pair<ReductionMethod, const char*> kMethodKeys[] = {
    {ReductionMethod::None, "none"},
    {ReductionMethod::Pca, "pca"},
    {ReductionMethod::Autoencoder, "autoencoder"},
};

/// A whole unsigned number in [low, high], nothing else.
template <class T> std::optional<T> wholeNumber(std::string_view text, T low, T high) {
    T value{};
    const auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec != std::errc{} || ptr != text.data() + text.size() || value < low || value > high) {
        return std::nullopt;
    }
    return value;
}

/// "L1,...,B[:epochs=E][:batch=S][:seed=R]" after "autoencoder:".
std::optional<ReductionOptions> autoencoderFromText(std::string_view rest) {
    ReductionOptions options;
    options.method = ReductionMethod::Autoencoder;
    AutoencoderOptions& ae = options.autoencoder;
    const std::size_t colon = rest.find(':');
    std::string_view widths = rest.substr(0, colon);
    std::vector<int> sizes;
    while (true) {
        const std::size_t comma = widths.find(',');
        const auto width = wholeNumber<int>(widths.substr(0, comma), 1, kAutoencoderMaxWidth);
        if (!width) {
            return std::nullopt;
        }
        sizes.push_back(*width);
        if (comma == std::string_view::npos) {
            break;
        }
        widths.remove_prefix(comma + 1);
    }
    if (sizes.size() > std::size_t(kAutoencoderMaxHidden) + 1) {
        return std::nullopt;
    }
    ae.bottleneck = sizes.back();
    sizes.pop_back();
    ae.hidden = std::move(sizes);
    std::string_view tail =
        colon == std::string_view::npos ? std::string_view() : rest.substr(colon);
    const auto take = [&tail](std::string_view key) -> std::optional<std::string_view> {
        if (tail.rfind(key, 0) != 0) {
            return std::nullopt;
        }
        tail.remove_prefix(key.size());
        const std::size_t next = tail.find(':');
        const std::string_view value = tail.substr(0, next);
        tail = next == std::string_view::npos ? std::string_view() : tail.substr(next);
        return value;
    };
    if (const auto epochs = take(":epochs=")) {
        const auto value = wholeNumber<int>(*epochs, 1, kAutoencoderMaxEpochs);
        if (!value) {
            return std::nullopt;
        }
        ae.epochs = *value;
    }
    if (const auto batch = take(":batch=")) {
        const auto value = wholeNumber<int>(*batch, 1, INT32_MAX);
        if (!value) {
            return std::nullopt;
        }
        ae.batchSize = *value;
    }
    if (const auto seed = take(":seed=")) {
        const auto value = wholeNumber<std::uint64_t>(*seed, 0, UINT64_MAX);
        if (!value) {
            return std::nullopt;
        }
        ae.seed = *value;
    }
    if (!tail.empty()) {
        return std::nullopt;
    }
    return options;
}

PcaResult asPca(const Reduction& r) {
    PcaResult pca;
    pca.mean = r.mean;
    pca.components = r.components;
    return pca;
}

/// The network's codes, its reconstruction error and PCA's with as many axes, for comparison.
ReductionFit fitAutoencoder(const FeatureMatrix& x, const ReductionOptions& options,
                            Progress& progress) {
    ReductionFit fit;
    Reduction& r = fit.reduction;
    r.method = ReductionMethod::Autoencoder;
    {
        SubProgress training(progress, 0, 90, 100);
        r.autoencoder = trainAutoencoder(x, options.autoencoder, training);
    }
    fit.x = r.autoencoder.encode(x);
    progress.throwIfCancelled();
    r.reconstructionMse = r.autoencoder.reconstructionMse(x);
    NullProgress quiet; // PCA's few milliseconds need no bar of their own
    Reduction pca;
    pca.method = ReductionMethod::Pca;
    const PcaResult axes = fitPca(x, options.autoencoder.bottleneck, quiet);
    pca.mean = axes.mean;
    pca.components = axes.components;
    r.pcaReconstructionMse = reconstructionMse(pca, x);
    progress.report(100, 100, "reduce");
    return fit;
}

} // namespace

const char* reductionKey(ReductionMethod method) noexcept {
    for (const auto& [m, key] : kMethodKeys) {
        if (m == method) {
            return key;
        }
    }
    return "none";
}

std::optional<ReductionMethod> reductionFromKey(const std::string& key) {
    for (const auto& [m, k] : kMethodKeys) {
        if (key == k) {
            return m;
        }
    }
    return std::nullopt;
}

std::optional<ReductionOptions> reductionFromText(const std::string& text) {
    ReductionOptions options;
    if (text == "none") {
        return options;
    }
    std::string rest;
    if (text.rfind("autoencoder:", 0) == 0) {
        return autoencoderFromText(std::string_view(text).substr(12));
    }
    if (text.rfind("pca:", 0) != 0) {
        return std::nullopt;
    }
    rest = text.substr(4);
    const std::string whitenTail = ":whiten";
    if (rest.size() > whitenTail.size() &&
        rest.compare(rest.size() - whitenTail.size(), whitenTail.size(), whitenTail) == 0) {
        options.whiten = true;
        rest.resize(rest.size() - whitenTail.size());
    }
    options.method = ReductionMethod::Pca;
    const char* begin = rest.data();
    const char* end = begin + rest.size();
    if (rest.find_first_of(".eE") == std::string::npos) {
        int n = 0;
        const auto [ptr, ec] = std::from_chars(begin, end, n);
        if (ec != std::errc{} || ptr != end || n < 1) {
            return std::nullopt;
        }
        options.components = n;
        return options;
    }
    double share = 0.0;
    const auto [ptr, ec] = std::from_chars(begin, end, share);
    if (ec != std::errc{} || ptr != end || !(share > 0.0 && share < 1.0)) {
        return std::nullopt;
    }
    options.varianceShare = share;
    return options;
}

std::string reductionText(const ReductionOptions& options) {
    if (options.method == ReductionMethod::None) {
        return "none";
    }
    if (options.method == ReductionMethod::Autoencoder) {
        const AutoencoderOptions& ae = options.autoencoder;
        std::string text = "autoencoder:";
        for (const int width : ae.hidden) {
            text += std::to_string(width) + ",";
        }
        return text + std::to_string(ae.bottleneck) + ":epochs=" + std::to_string(ae.epochs) +
               ":batch=" + std::to_string(ae.batchSize) + ":seed=" + std::to_string(ae.seed);
    }
    std::string text = "pca:";
    if (options.components > 0) {
        text += std::to_string(options.components);
    } else {
        char share[32];
        // Shortest text that reads back to the same double: "0.95", not "0.94999999999999996".
        const auto end = std::to_chars(share, share + sizeof share, options.varianceShare).ptr;
        text.append(share, end);
    }
    return options.whiten ? text + ":whiten" : text;
}

std::int64_t componentsToKeep(const ReductionOptions& options, const Eigen::VectorXd& spectrum) {
    const std::int64_t all = spectrum.size();
    if (options.components > 0) {
        return std::min<std::int64_t>(options.components, all);
    }
    double cumulative = 0.0;
    std::int64_t atOrBelow = 0;
    for (std::int64_t i = 0; i < all; ++i) {
        cumulative += spectrum[i];
        atOrBelow += cumulative <= options.varianceShare ? 1 : 0;
    }
    return std::min<std::int64_t>(atOrBelow + 1, all);
}

FeatureMatrix Reduction::transform(const FeatureMatrix& x) const {
    if (method == ReductionMethod::Autoencoder) {
        return autoencoder.encode(x);
    }
    FeatureMatrix scores = projectPca(asPca(*this), x);
    if (whiten) {
        const Eigen::RowVectorXd scale = explainedVariance.cwiseSqrt().transpose();
        scores.array().rowwise() /= scale.array();
    }
    return scores;
}

Eigen::MatrixXd Reduction::loadings() const {
    return components.transpose() * explainedVariance.cwiseSqrt().asDiagonal();
}

double reconstructionMse(const Reduction& reduction, const FeatureMatrix& x) {
    if (reduction.method == ReductionMethod::Autoencoder) {
        return reduction.autoencoder.reconstructionMse(x);
    }
    if (x.cols() != reduction.inputDims()) {
        throw Error(ErrorCode::InvalidOption, "columns", -1, -1,
                    std::to_string(x.cols()) + " columns for a reduction of " +
                        std::to_string(reduction.inputDims()));
    }
    const std::int64_t n = x.rows();
    const std::int64_t d = x.cols();
    if (n == 0 || d == 0) {
        return 0.0;
    }
    const Eigen::MatrixXd& axes = reduction.components; // m x d
    const Eigen::RowVectorXd meanRow = reduction.mean.transpose();
    const std::int64_t block = detail::blockRowsFor(n);
    std::vector<double> partial(std::size_t(blockCount(n, block)), 0.0);
    parallelBlocks(n, block, [&](std::int64_t b, std::int64_t begin, std::int64_t end) {
        Eigen::RowVectorXd centred(d);
        Eigen::RowVectorXd score(axes.rows());
        double sum = 0.0;
        for (std::int64_t i = begin; i < end; ++i) {
            centred = x.row(i) - meanRow;
            score.noalias() = centred * axes.transpose();
            sum += (centred - score * axes).squaredNorm();
        }
        partial[std::size_t(b)] = sum;
    });
    double total = 0.0;
    for (const double p : partial) {
        total += p;
    }
    return total / (double(n) * double(d));
}

ReductionFit fitReduction(const FeatureMatrix& x, const ReductionOptions& options,
                          Progress& progress) {
    if (options.method == ReductionMethod::Autoencoder) {
        return fitAutoencoder(x, options, progress);
    }
    if (options.method != ReductionMethod::Pca) {
        throw Error(ErrorCode::InvalidOption, "reduce", -1, -1, "no reduction method chosen");
    }
    if (options.components < 0 || (options.components == 0 &&
                                   !(options.varianceShare > 0.0 && options.varianceShare < 1.0))) {
        throw Error(ErrorCode::InvalidOption, "reduce", -1, -1,
                    "keep at least 1 component or a variance share between 0 and 1");
    }
    SubProgress fitting(progress, 0, 80, 100);
    // All axes first: the whole spectrum is the scree curve, and the share rule needs it.
    const PcaResult pca = fitPca(x, int(std::min<std::int64_t>(x.cols(), INT32_MAX)), fitting);
    const std::int64_t m = componentsToKeep(options, pca.spectrumRatio);
    ReductionFit fit;
    Reduction& r = fit.reduction;
    r.method = ReductionMethod::Pca;
    r.whiten = options.whiten;
    r.mean = pca.mean;
    r.components = pca.components.topRows(m);
    r.explainedVariance = pca.explainedVariance.head(m);
    r.explainedVarianceRatio = pca.explainedVarianceRatio.head(m);
    r.spectrumRatio = pca.spectrumRatio;
    if (r.whiten) {
        // An axis whose variance is rounding noise next to the total would be blown up to unit
        // variance: refused rather than clustered.
        const double total = pca.explainedVariance.sum();
        for (std::int64_t j = 0; j < m; ++j) {
            if (!(r.explainedVariance[j] > 1e-12 * total)) {
                throw Error(ErrorCode::InvalidOption, "reduce", -1, -1,
                            "cannot whiten component " + std::to_string(j + 1) +
                                ": it has no variance");
            }
        }
    }
    progress.throwIfCancelled();
    // Projected again with only the kept axes, so training rows get the bits scoring gives them.
    fit.x = r.transform(x);
    progress.report(90, 100, "reduce");
    progress.throwIfCancelled();
    r.reconstructionMse = reconstructionMse(r, x);
    progress.report(100, 100, "reduce");
    return fit;
}

} // namespace gugus::core
