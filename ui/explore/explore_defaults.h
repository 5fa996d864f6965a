#pragma once

#include "data/table.h"

#include <string>

namespace gugus::ui {

/// The columns the Explore charts start with on a new table ("" = none), chosen from the data
/// alone so any table gets charts that say something (no column names are looked for).
struct ExploreColumns {
    std::string numeric;     ///< histogram, box plot and group-by measure
    std::string splitBy;     ///< box plots by category
    std::string categorical; ///< bar chart
    std::string groupBy;     ///< group-by chart
};

/// The rules, in this order:
/// - split: the first categorical column with 2 to 12 categories (a box per category stays
///   readable);
/// - bar chart: the first column with 2 to 12 categories (categorical, 0/1, or numeric with few
///   whole values) other than the split, else the split;
/// - group-by: the first numeric column that `bandWidth` cuts into 3 to 12 bands (e.g. ages in
///   10-year bands), else the first categorical column with 2 to 12 categories other than the
///   split;
/// - measure: the first continuous numeric column (not 0/1, not a few whole values) other than
///   the group-by column, else the first numeric or 0/1 column other than it.
/// On the FundFusion sample: Pendapatan_Tahunan by Area, Jalur_Pembukaan, Pendapatan_Tahunan by
/// Usia band.
ExploreColumns defaultExploreColumns(const core::Table& table, double bandWidth);

} // namespace gugus::ui
