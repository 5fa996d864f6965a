#include "segment_report.h"

#include "text_format.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <string>

namespace gugus::cli {

namespace {

/// A trait in plain English, e.g. "Usia low (mean 28.76 vs 41.45)"; with --display the label
/// and unit: "Age low (mean 28.76 years vs 41.45 years)".
std::string traitText(const core::SegmentTrait& t, const DisplayText& display) {
    const std::string vs =
        printfString("%.0f%%", 100 * t.value) + " vs " + printfString("%.0f%%", 100 * t.overall);
    const std::string column = display.label(t.column);
    switch (t.kind) {
    case core::TraitKind::High:
    case core::TraitKind::Low:
        return column + (t.kind == core::TraitKind::High ? " high" : " low") + " (mean " +
               display.value(t.column, t.value) + " vs " + display.value(t.column, t.overall) + ")";
    case core::TraitKind::Category:
        return column + "=" + t.category + " " + vs;
    case core::TraitKind::Owns:
    case core::TraitKind::Lacks:
        return column + " " + vs +
               (t.overall > 0 ? " (lift " + printfString("%.2f", t.value / t.overall) + ")"
                              : std::string());
    }
    return column;
}

} // namespace

void printSegmentSummary(std::ostream& out, const core::SegmentationResult& r,
                         const DisplayText& display) {
    out << "Segmented " << r.data.x.rows() << " customers on " << r.data.x.cols()
        << " features with " << core::algorithmKey(r.algorithm) << " into k = " << r.k
        << " segments";
    if (r.partition.noise > 0) {
        out << " and " << r.partition.noise << " noise rows (segment -1, atypical customers)";
    }
    if (r.sweep) {
        out << " (k chosen by sweep " << r.sweep->points.front().k << ".."
            << r.sweep->points.back().k << ": " << core::suggestionReasonKey(r.sweep->reason)
            << ")";
    }
    out << ".\n";
    out << "  inertia " << printfString("%.6g", r.scores.inertia) << ", silhouette "
        << printfString("%.4f", r.scores.silhouette)
        << (r.scores.silhouetteSampled
                ? " (estimated on " + std::to_string(r.scores.silhouetteSampleSize) +
                      " rows, standard error " +
                      printfString("%.4f", r.scores.silhouetteStandardError) + ")"
                : std::string())
        << ", Calinski-Harabasz " << printfString("%.6g", r.scores.calinskiHarabasz)
        << ", Davies-Bouldin " << printfString("%.4f", r.scores.daviesBouldin)
        << (r.partition.noise > 0 ? " (noise rows excluded)" : "") << "\n";
    const std::vector<std::int64_t> medoids = r.algorithm == core::Algorithm::KMedoids
                                                  ? core::medoidTableRows(r)
                                                  : std::vector<std::int64_t>{};
    if (r.algorithm == core::Algorithm::Gmm) {
        out << "  Gaussian mixture (" << core::covarianceKey(r.gmm.model.covariance)
            << " covariances): mean log-likelihood " << printfString("%.6f", r.gmm.logLikelihood)
            << ", BIC " << printfString("%.2f", r.gmm.bic) << ", AIC "
            << printfString("%.2f", r.gmm.aic) << ", " << r.gmm.iterations << " EM iterations"
            << (r.gmm.converged ? "" : " (not converged: raise --max-iter)") << "\n";
    }
    if (!medoids.empty()) {
        out << "  " << core::dissimilarityKey(r.metric) << " distance: total deviation "
            << printfString("%.6g", r.kmedoids.totalDeviation) << " (silhouette in the same "
            << "distance; inertia, Calinski-Harabasz, Davies-Bouldin on the prepared features)\n";
    }
    if (r.algorithm == core::Algorithm::KMeans && r.kmeans.steps > 0) {
        out << "  mini-batch K-Means: " << r.kmeans.steps << " batches ("
            << printfString("%.3g", double(r.kmeans.steps) * double(r.kmeans.batchSize) /
                                        double(std::max<std::int64_t>(1, r.data.x.rows())))
            << " passes over the rows), "
            << (r.kmeans.converged ? "stopped: no lower smoothed inertia"
                                   : "stopped at --max-iter passes")
            << "; whole run " << printfString("%.2f", r.seconds) << " s\n";
    }
    out << "\n";
    for (const auto& seg : r.profile.segments) {
        out << (seg.segment == core::kNoise ? std::string("Noise (atypical)")
                                            : "Segment " + std::to_string(seg.segment))
            << ": " << seg.size << " customers (" << printfString("%.1f%%", 100 * seg.share) << ")";
        if (seg.segment >= 0 && std::size_t(seg.segment) < medoids.size()) {
            out << ", typical customer (medoid): input row " << medoids[std::size_t(seg.segment)];
        }
        out << "\n";
        for (const auto& trait : core::distinctiveTraits(r.profile, seg, 5, 0.0)) {
            out << "    " << traitText(trait, display) << "\n";
        }
    }
}

std::vector<core::CsvExtraColumn> probabilityColumns(const core::ProbabilityMatrix& probabilities,
                                                     const std::vector<std::int64_t>& rowOf) {
    std::vector<core::CsvExtraColumn> columns;
    for (std::int64_t s = 0; s < probabilities.cols(); ++s) {
        core::CsvExtraColumn column{"p_segment_" + std::to_string(s), {}};
        column.values.resize(rowOf.size());
        for (std::size_t i = 0; i < rowOf.size(); ++i) {
            const double p = rowOf[i] < 0 ? std::nan("") : probabilities(rowOf[i], s);
            if (!std::isnan(p)) {
                char text[32];
                const auto end = std::to_chars(text, text + sizeof text, p).ptr;
                column.values[i].assign(text, end);
            }
        }
        columns.push_back(std::move(column));
    }
    return columns;
}

void printSweep(std::ostream& out, const core::SweepResult& sweep) {
    // Gaussian mixtures add BIC and AIC (lower is better; * marks each minimum).
    const bool criteria = sweep.lowestBicK.has_value();
    out << printfString("%4s %16s %11s %18s %15s", "k", "inertia", "silhouette",
                        "calinski_harabasz", "davies_bouldin");
    if (criteria) {
        out << printfString(" %18s %18s", "bic", "aic");
    }
    out << printfString(" %9s  %s\n", "seconds", "sizes");
    for (const auto& p : sweep.points) {
        std::string sizes;
        for (std::size_t i = 0; i < p.sizes.size(); ++i) {
            sizes += (i ? " " : "") + std::to_string(p.sizes[i]);
        }
        out << printfString("%4d %16.6f %11.6f %18.6f %15.6f", p.k, p.scores.inertia,
                            p.scores.silhouette, p.scores.calinskiHarabasz, p.scores.daviesBouldin);
        if (criteria) {
            const auto marked = [&](const std::optional<double>& v, std::optional<int> lowest) {
                return printfString("%.4f", v.value_or(std::nan(""))) + (lowest == p.k ? "*" : " ");
            };
            out << printfString(" %18s %18s", marked(p.bic, sweep.lowestBicK).c_str(),
                                marked(p.aic, sweep.lowestAicK).c_str());
        }
        out << printfString(" %9.3f  %s\n", p.seconds, sizes.c_str());
    }
    out << "\nknee of the inertia curve: "
        << (sweep.kneeK ? std::to_string(*sweep.kneeK) : std::string("none")) << "\n"
        << "best silhouette: "
        << (sweep.bestSilhouetteK > 0 ? "k = " + std::to_string(sweep.bestSilhouetteK)
                                      : std::string("none (no k has 2 or more non-empty segments)"))
        << "\n";
    if (criteria) {
        out << "lowest BIC: k = " << *sweep.lowestBicK
            << ", lowest AIC: k = " << sweep.lowestAicK.value_or(0) << "\n";
    }
    out << "suggested k: " << sweep.suggestedK << " (" << core::suggestionReasonKey(sweep.reason)
        << ")\n";
}

void printOffers(std::ostream& out, const std::vector<core::SegmentOffers>& offers, double support,
                 std::int64_t campaignRows) {
    out << "\nProducts per segment (owned by >= " << printfString("%.0f%%", 100 * support)
        << " of the segment), highest lift first:\n";
    for (const auto& s : offers) {
        out << "Segment " << s.segment << " (" << s.size << " customers):";
        if (s.products.empty()) {
            out << " none";
        }
        out << "\n";
        for (const auto& p : s.products) {
            out << "    " << p.product << ": " << p.owners << " of " << p.members << " own it ("
                << printfString("%.0f%%", 100 * p.rate) << " vs "
                << printfString("%.0f%%", 100 * p.overallRate) << " overall, lift "
                << printfString("%.2f", p.lift) << "); " << p.gap << " could be offered it\n";
        }
    }
    out << "Campaign list: " << campaignRows << " customers with at least one offer.\n";
}

} // namespace gugus::cli
