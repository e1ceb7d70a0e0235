#pragma once
// What a label before a bare number says of it (`Hours used: 150000`,
// `Total training tokens: 2T`): whether the label's unit alone makes the
// number a cost; whether a label names a time or carbon (`Time: 2:52:22`,
// `CO2eq: 299.6 g`). Internal to extract/ (text_scan.cpp, unit_readings.cpp).

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "extract/unit_phrase.h"

namespace costlint::extract {

/// Whether a label's unit alone makes the bare number after it a cost: a
/// count of devices, a duration, a device-time, an energy, emissions, compute,
/// memory or power, parameters in the magnitude it gives (`Size:` or `Params:`
/// before a number may count anything), data written with its magnitude (`2T`).
bool labels_a_cost(const UnitReading& unit, bool magnitude_written, std::string_view label);

/// Whether the few words before `p` on its line end in a label of time:
/// `Time:`, `duration:`, `Training time`.
bool time_label_before(std::string_view text, size_t p);
/// Whether the number at `p` of `text` follows a label of carbon that starts
/// its line: `CO2eq:  299.601022 g`, CarbonTracker's report of a run.
bool carbon_label_before(std::string_view text, size_t p);

/// What a label gives the bare number after it: `Hours used: 150000`, `Carbon Emitted
/// (tCO2eq): 539`, `- **GPU hours:** 288`, `Parameter count: ~12,000`.
struct LabelledNumber {
  FigureKind figure;
  double value;      ///< in the figure's canonical unit; for devices, their count
  std::string unit;  ///< the label's unit or words, as written
  bool header = false;  ///< the label read as a table's header (`GPUs: 4 × RTX 4090` counts devices)
};
/// The figure the label before the number at `p` (of value `value`, ending at `end`) gives it;
/// `listed`, the number is a member of a label's list (`22,000 for ViT-g`): only a unit counts.
std::optional<LabelledNumber> read_label(std::string_view text, size_t p, double value, size_t end, bool listed,
                                         UnitReader& units);

}  // namespace costlint::extract
