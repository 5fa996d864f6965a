#pragma once

#include "data/table.h"

#include <string>
#include <vector>

namespace gugus::core {

/// A numeric column that adds up other columns of the same table, e.g. a count of products owned
/// next to the 0/1 flags it counts. Clustering on it and its parts counts the same thing twice.
struct SumColumn {
    std::string column;             ///< the derived column
    std::vector<std::string> parts; ///< the binary columns it is the sum of, in table order
};

/// The numeric columns of `table` that equal the sum of two or more of its binary (0/1) columns
/// on every row where the column and all binary columns are present. Found from the values alone
/// (names play no part): the weights of a least-squares fit of the column on the binary columns
/// must be 0 or 1, and the sum they choose must then match every such row exactly. Columns with
/// fewer than max(20, 2 x binary columns) such rows are not judged (too little evidence).
std::vector<SumColumn> findSumColumns(const Table& table);

} // namespace gugus::core
