#include "segment_report.h"

#include "text_format.h"

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
    if (!medoids.empty()) {
        out << "  " << core::dissimilarityKey(r.metric) << " distance: total deviation "
            << printfString("%.6g", r.kmedoids.totalDeviation) << " (silhouette in the same "
            << "distance; inertia, Calinski-Harabasz, Davies-Bouldin on the prepared features)\n";
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

void printSweep(std::ostream& out, const core::SweepResult& sweep) {
    out << printfString("%4s %16s %11s %18s %15s %9s  %s\n", "k", "inertia", "silhouette",
                        "calinski_harabasz", "davies_bouldin", "seconds", "sizes");
    for (const auto& p : sweep.points) {
        std::string sizes;
        for (std::size_t i = 0; i < p.sizes.size(); ++i) {
            sizes += (i ? " " : "") + std::to_string(p.sizes[i]);
        }
        out << printfString("%4d %16.6f %11.6f %18.6f %15.6f %9.3f  %s\n", p.k, p.scores.inertia,
                            p.scores.silhouette, p.scores.calinskiHarabasz, p.scores.daviesBouldin,
                            p.seconds, sizes.c_str());
    }
    out << "\nknee of the inertia curve: "
        << (sweep.kneeK ? std::to_string(*sweep.kneeK) : std::string("none")) << "\n"
        << "best silhouette: "
        << (sweep.bestSilhouetteK > 0 ? "k = " + std::to_string(sweep.bestSilhouetteK)
                                      : std::string("none (no k has 2 or more non-empty segments)"))
        << "\n"
        << "suggested k: " << sweep.suggestedK << " (" << core::suggestionReasonKey(sweep.reason)
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
