#include "data/column_display.h"

#include <algorithm>
#include <cctype>

namespace gugus::core {

bool ColumnDisplay::isCurrency() const {
    return unit.size() == 3 && std::all_of(unit.begin(), unit.end(), [](char c) {
               return std::isupper(static_cast<unsigned char>(c));
           });
}

double ColumnDisplay::factor() const {
    switch (scale) {
    case ValueScale::Units:
        return 1.0;
    case ValueScale::Thousands:
        return 1e3;
    case ValueScale::Millions:
        return 1e6;
    case ValueScale::Billions:
        return 1e9;
    }
    return 1.0;
}

std::string_view valueScaleKey(ValueScale scale) {
    switch (scale) {
    case ValueScale::Units:
        return "units";
    case ValueScale::Thousands:
        return "thousands";
    case ValueScale::Millions:
        return "millions";
    case ValueScale::Billions:
        return "billions";
    }
    return "units";
}

std::optional<ValueScale> valueScaleFromKey(std::string_view key) {
    for (ValueScale s :
         {ValueScale::Units, ValueScale::Thousands, ValueScale::Millions, ValueScale::Billions}) {
        if (valueScaleKey(s) == key) {
            return s;
        }
    }
    return std::nullopt;
}

} // namespace gugus::core
