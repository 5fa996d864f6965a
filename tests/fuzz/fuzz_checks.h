#pragma once

// What every fuzz target that reads a customer table checks of a successful read.

#include "data/table.h"

#include <cstdlib>

namespace gugus::fuzz {

/// Invariants every successful read must keep: equal lengths, codes inside the dictionary, a
/// byte-wise sorted dictionary, and text that every view can render.
inline void check(const core::Table& table) {
    for (const core::Column& c : table.columns()) {
        if (c.size() != table.rowCount()) {
            std::abort();
        }
        const auto& categories = c.categories();
        for (std::size_t i = 1; i < categories.size(); ++i) {
            if (!(categories[i - 1] < categories[i])) {
                std::abort();
            }
        }
        for (const auto code : c.codes()) {
            if (code < -1 || code >= std::int32_t(categories.size())) {
                std::abort();
            }
        }
        for (std::int64_t r = 0; r < c.size(); ++r) {
            (void)c.toText(r);
        }
    }
    (void)table.fingerprint();
}

} // namespace gugus::fuzz
