#include "reduce_options.h"

#include "text_format.h"

namespace gugus::cli {

const std::set<std::string> kReduceOptions{"reduce", "ae-epochs", "ae-batch", "ae-seed"};

const char* const kReduceHelp = R"(Reduction (after scaling, before clustering):
  --reduce none|pca:N|pca:S[:whiten]   PCA keeping N components, or the fewest whose cumulative
                       explained-variance share exceeds S (0 < S < 1, e.g. pca:0.95); :whiten
                       divides each component by its standard deviation (default none). Metrics
                       are computed where the clustering worked (on the components); profiles,
                       segment centres in the summary and reports stay in the original columns
  --reduce autoencoder:L1,...,B   a symmetric fully connected autoencoder (dlib, CPU): hidden
                       layers of widths L1,... (ReLU, at most 3, mirrored in the decoder) down to
                       a linear bottleneck of B < features units; the clustering runs on the B
                       codes. Mean squared reconstruction loss, Adam (learning rate 0.001).
                       The summary reports its reconstruction MSE next to PCA's with B
                       components (reduction.pca_reconstruction_mse); model-sql refuses it
  --ae-epochs E        training passes over the rows (default 50)
  --ae-batch S         rows per Adam step (default 32)
  --ae-seed R          initial weights and row order (default 0); same seed, same network on any
                       thread count
)";

core::ReductionOptions reductionFrom(const Args& args) {
    const std::string text = args.get("reduce", "none");
    const auto options = core::reductionFromText(text);
    if (!options) {
        throw UsageError("--reduce must be none, pca:N (N >= 1 components), pca:S (a variance "
                         "share 0 < S < 1), optionally followed by :whiten, or "
                         "autoencoder:L1,...,B (at most 3 hidden widths, then the bottleneck, "
                         "each 1 to 4096); got '" +
                         text + "'");
    }
    core::ReductionOptions o = *options;
    const bool autoencoder = o.method == core::ReductionMethod::Autoencoder;
    for (const char* name : {"ae-epochs", "ae-batch", "ae-seed"}) {
        if (args.has(name) && !autoencoder) {
            throw UsageError(std::string("--") + name + " needs --reduce autoencoder:...");
        }
    }
    core::AutoencoderOptions& ae = o.autoencoder;
    const long long epochs = args.getInt("ae-epochs", ae.epochs);
    if (epochs < 1 || epochs > core::kAutoencoderMaxEpochs) {
        throw UsageError("--ae-epochs must be 1 to " + std::to_string(core::kAutoencoderMaxEpochs));
    }
    const long long batch = args.getInt("ae-batch", ae.batchSize);
    if (batch < 1 || batch > INT32_MAX) {
        throw UsageError("--ae-batch must be a whole number >= 1");
    }
    const long long seed = args.getInt("ae-seed", (long long)ae.seed);
    if (seed < 0) {
        throw UsageError("--ae-seed must be a whole number >= 0");
    }
    ae.epochs = int(epochs);
    ae.batchSize = int(batch);
    ae.seed = std::uint64_t(seed);
    return o;
}

void printReduction(std::ostream& out, const core::SegmentationResult& result) {
    if (!result.reduction) {
        return;
    }
    const core::Reduction& r = result.reduction->reduction;
    if (r.method == core::ReductionMethod::Autoencoder) {
        const auto& losses = r.autoencoder.lossPerEpoch;
        out << "Reduced " << r.inputDims() << " features to " << r.outputDims()
            << " autoencoder codes after " << losses.size() << " epochs (last training loss "
            << printfString("%.4g", losses.empty() ? 0.0 : losses.back())
            << "): reconstruction MSE " << printfString("%.4g", r.reconstructionMse)
            << ", PCA with " << r.outputDims() << " components "
            << printfString("%.4g", r.pcaReconstructionMse) << ".\n";
        return;
    }
    out << "Reduced " << r.inputDims() << " features to " << r.outputDims()
        << " principal components" << (r.whiten ? " (whitened)" : "") << ": "
        << printfString("%.1f%%", 100 * r.explainedVarianceRatio.sum())
        << " of the variance, reconstruction MSE " << printfString("%.4g", r.reconstructionMse)
        << ".\n";
}

} // namespace gugus::cli
