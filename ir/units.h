#pragma once
// The unit table of MANIFEST.md: each symbol's dimension and its factor to the
// canonical unit of that dimension (seconds, joules, bytes, FLOP, gCO2e, ...).

#include <optional>
#include <string_view>
#include <vector>

#include "ir/dimension.h"

namespace costlint {

struct UnitInfo {
  std::string_view symbol;
  Dimension dimension;
  double scale;  ///< canonical units per one of this unit
};

/// The unit named `symbol`, or nullptr. Case matters: `MB` is not `mb`.
const UnitInfo* find_unit(std::string_view symbol);

/// Every unit symbol, for "did you mean" suggestions.
const std::vector<std::string_view>& unit_symbols();

/// The manifest's symbol for a unit as people often write it (`G` → `GB`,
/// `hours` → `h`, `gpu` → `GPU`, `tCO2eq` → `tCO2e`), or nothing.
std::optional<std::string_view> usual_spelling(std::string_view written);

/// The multiplier of a count suffix (`K`, `M`, `B`, `T`), or 0 if `symbol` is none.
double count_suffix(std::string_view symbol);

}  // namespace costlint
