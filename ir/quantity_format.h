#pragma once
// Writes a value kept in canonical units the way a reader would: `41.2 kWh`,
// `6.5 h`, `31 GiB`, `3.1e21 FLOP`, `52 device.h`.

#include <string>
#include <string_view>
#include <vector>

#include "ir/dimension.h"

namespace costlint {

/// `value` (in `dimension`'s canonical unit) in the most readable unit, with
/// three significant digits. Device-time is written in `device` hours: `52 GPU.h`.
std::string format_quantity(double value, const Dimension& dimension,
                            std::string_view device = "device");

/// A plain number with three significant digits: 41.2, 184320, 3.1e21.
std::string format_number(double value);

/// "1 error", "3 warnings".
std::string plural(size_t count, std::string_view word);

/// "`a`, `b` and `c`"; past `shown` names, "`a`, `b`, ... and 248 others".
std::string name_list(const std::vector<std::string_view>& names, size_t shown = 5);

/// "3.2×", "51×": a ratio, one decimal below ten.
std::string format_factor(double factor);

/// A ratio as a comparison reads it: "8.9×" (as much as), "5.4× less than".
std::string format_ratio(double ratio);

/// Whether a ratio prints as "1.0×": no saving worth the words.
bool about_one(double factor);

}  // namespace costlint
