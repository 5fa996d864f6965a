#include "segment_report.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <string>

namespace gugus::cli {

namespace {

std::string fmt(const char* format, double v) {
    char buf[64];
    std::snprintf(buf, sizeof buf, format, v);
    return buf;
}

struct Trait {
    double weight = 0.0; ///< |standardized difference|, to rank traits
    std::string text;
};

std::vector<Trait> traitsOf(const core::SegmentProfile& seg) {
    std::vector<Trait> traits;
    for (const auto& c : seg.columns) {
        if (c.type == core::ColumnType::Categorical) {
            for (const auto& cat : c.categories) {
                // Only over-represented categories describe a segment well.
                if (cat.stdDiff > 0.0 && std::isfinite(cat.stdDiff)) {
                    traits.push_back({cat.stdDiff, c.column + "=" + cat.category + " " +
                                                       fmt("%.0f%%", 100 * cat.share) + " vs " +
                                                       fmt("%.0f%%", 100 * cat.overallShare)});
                }
            }
        } else if (c.type == core::ColumnType::Binary) {
            traits.push_back({std::abs(c.stdDiff),
                              c.column + " " + fmt("%.0f%%", 100 * c.rate) + " vs " +
                                  fmt("%.0f%%", 100 * c.overallRate) +
                                  (std::isfinite(c.lift) ? " (lift " + fmt("%.2f", c.lift) + ")"
                                                         : std::string())});
        } else if (std::isfinite(c.stdDiff)) {
            traits.push_back({std::abs(c.stdDiff), c.column + (c.stdDiff >= 0 ? " high" : " low") +
                                                       " (mean " + fmt("%.4g", c.mean) + ", " +
                                                       fmt("%+.2f", c.stdDiff) + " sd)"});
        }
    }
    std::stable_sort(traits.begin(), traits.end(),
                     [](const Trait& a, const Trait& b) { return a.weight > b.weight; });
    return traits;
}

} // namespace

void printSegmentSummary(std::ostream& out, const core::SegmentationResult& r) {
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
    out << "  inertia " << fmt("%.6g", r.scores.inertia) << ", silhouette "
        << fmt("%.4f", r.scores.silhouette)
        << (r.scores.silhouetteSampled
                ? " (estimated on " + std::to_string(r.scores.silhouetteSampleSize) + " rows)"
                : std::string())
        << ", Calinski-Harabasz " << fmt("%.6g", r.scores.calinskiHarabasz) << ", Davies-Bouldin "
        << fmt("%.4f", r.scores.daviesBouldin)
        << (r.partition.noise > 0 ? " (noise rows excluded)" : "") << "\n\n";
    for (const auto& seg : r.profile.segments) {
        out << (seg.segment == core::kNoise ? std::string("Noise (atypical)")
                                            : "Segment " + std::to_string(seg.segment))
            << ": " << seg.size << " customers (" << fmt("%.1f%%", 100 * seg.share) << ")\n";
        const auto traits = traitsOf(seg);
        for (std::size_t i = 0; i < traits.size() && i < 5; ++i) {
            out << "    " << traits[i].text << "\n";
        }
    }
}

void printSweep(std::ostream& out, const core::SweepResult& sweep) {
    char line[256];
    std::snprintf(line, sizeof line, "%4s %16s %11s %18s %15s %9s  %s\n", "k", "inertia",
                  "silhouette", "calinski_harabasz", "davies_bouldin", "seconds", "sizes");
    out << line;
    for (const auto& p : sweep.points) {
        std::string sizes;
        for (std::size_t i = 0; i < p.sizes.size(); ++i) {
            sizes += (i ? " " : "") + std::to_string(p.sizes[i]);
        }
        std::snprintf(line, sizeof line, "%4d %16.6f %11.6f %18.6f %15.6f %9.3f  %s\n", p.k,
                      p.scores.inertia, p.scores.silhouette, p.scores.calinskiHarabasz,
                      p.scores.daviesBouldin, p.seconds, sizes.c_str());
        out << line;
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
    out << "\nProducts per segment (owned by >= " << fmt("%.0f%%", 100 * support)
        << " of the segment), highest lift first:\n";
    for (const auto& s : offers) {
        out << "Segment " << s.segment << " (" << s.size << " customers):";
        if (s.products.empty()) {
            out << " none";
        }
        out << "\n";
        for (const auto& p : s.products) {
            out << "    " << p.product << ": " << p.owners << " of " << p.members << " own it ("
                << fmt("%.0f%%", 100 * p.rate) << " vs " << fmt("%.0f%%", 100 * p.overallRate)
                << " overall, lift " << fmt("%.2f", p.lift) << "); " << p.gap
                << " could be offered it\n";
        }
    }
    out << "Campaign list: " << campaignRows << " customers with at least one offer.\n";
}

} // namespace gugus::cli
