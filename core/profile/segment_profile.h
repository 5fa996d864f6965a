#pragma once

#include "common/matrix.h"
#include "common/progress.h"
#include "data/table.h"
#include "prep/recipe.h"

#include <cstdint>
#include <string>
#include <vector>

namespace gugus::core {

/// Share of one category in a group of rows, compared with all profiled rows.
struct CategoryStat {
    std::string category;
    std::int64_t count = 0;    ///< rows of the group in this category
    double share = 0.0;        ///< count / non-missing rows of the group
    double overallShare = 0.0; ///< the same over all profiled rows
    double lift = 0.0;         ///< share / overallShare (NaN if the category is absent overall)
    double stdDiff = 0.0;      ///< (share - overallShare) / sqrt(overallShare (1 - overallShare))
};

/// One column described for one group of rows (a segment, or all rows).
struct ColumnProfile {
    std::string column;
    ColumnType type = ColumnType::Numeric;
    Role role = Role::Feature;
    std::string group;
    std::int64_t count = 0; ///< non-missing values in the group
    std::int64_t missing = 0;
    // Numeric and binary columns:
    double mean = 0.0;
    double median = 0.0;
    double std = 0.0; ///< population std within the group
    /// (group mean - overall mean) / overall population std; 0 when the column is constant.
    double stdDiff = 0.0;
    // Binary columns (product flags): ownership.
    std::int64_t owners = 0; ///< rows with value 1
    double rate = 0.0;       ///< owners / count
    double overallRate = 0.0;
    double lift = 0.0; ///< rate / overallRate (NaN when nobody owns it overall)
    // Categorical columns:
    std::vector<CategoryStat> categories; ///< in dictionary order
};

struct SegmentProfile {
    int segment = 0; ///< 0..k-1, or kNoise for DBSCAN noise
    std::int64_t size = 0;
    double share = 0.0;                 ///< size / profiled rows
    std::vector<ColumnProfile> columns; ///< same order as ProfileResult::columns
};

/// How strongly a column separates the segments, for ranking heatmap columns.
struct ColumnSeparation {
    std::string column;
    double maxAbsStdDiff = 0.0; ///< largest |stdDiff| over segments (and categories)
    /// Numeric/binary: eta squared (between-segment share of variance); categorical: Cramér's V.
    double association = 0.0;
};

struct ProfileResult {
    std::int64_t rows = 0;              ///< profiled rows: every row whose label is not kUnassigned
    std::vector<std::string> columns;   ///< profiled columns (Feature and ProfileOnly roles)
    std::vector<ColumnProfile> overall; ///< each column over all profiled rows
    std::vector<SegmentProfile> segments;     ///< segments 0..k-1 in order, then noise if present
    std::vector<ColumnSeparation> separation; ///< same order as columns
};

/// Describes each segment on every Feature and ProfileOnly column of `recipe` (raw values, before
/// imputation or scaling, missing values left out). `labels` has one entry per table row:
/// 0..k-1, kNoise (profiled as its own group), or kUnassigned (left out of everything).
/// Progress stage "profile".
ProfileResult profileSegments(const Table& table, const Labels& labels, int k, const Recipe& recipe,
                              Progress& progress);

} // namespace gugus::core
