#pragma once
// siunitx's units as the plain text writes them: `\kilo\watt\hour` is `kWh`,
// `\hour` alone `hours`. latex_text.cpp reads `\SI`, `\qty`, `\si` and `\unit`
// through it. Internal to extract/.

#include <cstddef>
#include <string_view>

#include "extract/plain_text.h"

namespace costlint::extract {

/// Writes the unit `unit` (a siunitx argument starting at `from` in the source) to `out`, as symbols.
void add_si_unit(std::string_view unit, size_t from, PlainText& out);

}  // namespace costlint::extract
