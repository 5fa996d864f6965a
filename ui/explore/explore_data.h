#pragma once

#include "common/progress.h"
#include "data/table.h"

#include <QString>
#include <QStringList>
#include <QVector>

#include <memory>
#include <vector>

namespace gugus::ui {

/// How a histogram's bins are chosen.
enum class BinRule { Sturges, Scott, FreedmanDiaconis, SquareRoot, Fixed };

/// What the Explore view asks for: column names ("" = none) and chart options.
struct ExploreRequest {
    std::string numeric; ///< histogram, box plot, group-by measure
    BinRule binRule = BinRule::FreedmanDiaconis;
    int fixedBins = 20;
    std::string splitBy; ///< box plot split: categorical column, or "" = none
    /// Box plot split by segment (per table row, -2 = unassigned); used when set, non-empty and
    /// splitBy is empty. Shared with the segmentation, not copied: a million labels copied into
    /// the request (and its copies for the worker) took ~17 ms of the GUI thread.
    std::shared_ptr<const std::vector<int>> segments;
    int segmentCount = 0;
    std::string categorical; ///< bar chart
    std::string groupBy;     ///< group-by: categorical, or numeric cut into bands
    double bandWidth = 10.0; ///< width of numeric bands for the group-by
};

struct Histogram {
    double start = 0.0;
    double width = 1.0;
    std::vector<std::int64_t> counts;
    std::int64_t used = 0;    ///< finite values binned
    std::int64_t skipped = 0; ///< missing or infinite
    double mean = 0.0;
    double median = 0.0;
};

struct BoxStats {
    QString label;
    int segment = -3; ///< segment number when split by segment, else -3
    std::int64_t count = 0;
    double lowerWhisker = 0.0, q1 = 0.0, median = 0.0, q3 = 0.0, upperWhisker = 0.0;
    std::vector<double> outliers; ///< at most kMaxOutliers, evenly thinned
};

struct CategoryCounts {
    QStringList labels; ///< sorted by count, descending
    std::vector<std::int64_t> counts;
    std::int64_t missing = 0;
};

struct Correlation {
    QStringList columns;
    std::vector<double> values; ///< row-major columns x columns; NaN when undefined
    double at(int i, int j) const { return values[std::size_t(i * columns.size() + j)]; }
};

struct GroupMeans {
    QStringList labels;
    std::vector<double> means;
    std::vector<std::int64_t> counts;
    std::int64_t skipped = 0; ///< rows with the measure or the group missing
};

struct ExploreData {
    Histogram histogram;
    std::vector<BoxStats> boxes;
    CategoryCounts categories;
    Correlation correlation;
    GroupMeans groups;
};

/// Computes every chart of the Explore view (pure, run on a worker). Progress stage "explore".
ExploreData computeExplore(const core::Table& table, const ExploreRequest& request,
                           core::Progress& progress);

/// Number of bins a rule gives for these sorted finite values.
int binCount(BinRule rule, const std::vector<double>& sorted, int fixedBins);

} // namespace gugus::ui
