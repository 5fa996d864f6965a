#pragma once

#include "data/column.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace gugus::core {

/// An identifier column whose values repeat: some customers appear on more than one row (the
/// FundFusion file has 25,676 distinct ids in 28,129 rows), so counts of rows are not counts of
/// customers.
struct DuplicateIds {
    std::string column;
    std::int64_t distinct = 0; ///< distinct non-missing ids
    std::int64_t values = 0;   ///< non-missing ids (rows with an id)

    /// The run warning key: "duplicate-ids:<column>:<distinct>/<values>".
    std::string warningKey() const;
    /// Reads a warning key back (front ends word it); nullopt for other keys.
    static std::optional<DuplicateIds> fromWarningKey(std::string_view key);
};

/// The column's repeats, from its cached statistics; nullopt when every id is distinct.
std::optional<DuplicateIds> duplicateIds(const Column& column);

} // namespace gugus::core
