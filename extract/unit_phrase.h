#pragma once
// Which figure the words after a number state, and their factor to the
// figure's canonical unit: `GPU hours` is device-time (3600 device·s each),
// `tCO2eq` emissions (1e6 g), `kWh` energy (the manifest's unit table), `tokens`
// a count, `tokens/s` a throughput.

#include <optional>
#include <string_view>

#include "extract/cost_statement.h"

namespace costlint::extract {

struct UnitReading {
  FigureKind figure;
  double scale;  ///< canonical units per one
};

/// The reading of `words` as a whole, or nothing when they are not a unit.
std::optional<UnitReading> read_unit(std::string_view words);

/// The unit a table's header cell gives the numbers of its column: `Time (GPU
/// hours)`, `Power (W)`, `Training Time (H)`, `Params`, `Number of Parameters (B)`.
std::optional<UnitReading> read_header_unit(std::string_view cell);

}  // namespace costlint::extract
