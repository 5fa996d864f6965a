#include "reduce_options.h"

#include "text_format.h"

namespace gugus::cli {

const std::set<std::string> kReduceOptions{"reduce"};

const char* const kReduceHelp = R"(Reduction (after scaling, before clustering):
  --reduce none|pca:N|pca:S[:whiten]   PCA keeping N components, or the fewest whose cumulative
                       explained-variance share exceeds S (0 < S < 1, e.g. pca:0.95); :whiten
                       divides each component by its standard deviation (default none). Metrics
                       are computed where the clustering worked (on the components); profiles,
                       segment centres in the summary and reports stay in the original columns
)";

core::ReductionOptions reductionFrom(const Args& args) {
    const std::string text = args.get("reduce", "none");
    const auto options = core::reductionFromText(text);
    if (!options) {
        throw UsageError("--reduce must be none, pca:N (N >= 1 components) or pca:S (a variance "
                         "share 0 < S < 1), optionally followed by :whiten; got '" +
                         text + "'");
    }
    return *options;
}

void printReduction(std::ostream& out, const core::SegmentationResult& result) {
    if (!result.reduction) {
        return;
    }
    const core::Reduction& r = result.reduction->reduction;
    out << "Reduced " << r.inputDims() << " features to " << r.outputDims()
        << " principal components" << (r.whiten ? " (whitened)" : "") << ": "
        << printfString("%.1f%%", 100 * r.explainedVarianceRatio.sum())
        << " of the variance, reconstruction MSE " << printfString("%.4g", r.reconstructionMse)
        << ".\n";
}

} // namespace gugus::cli
