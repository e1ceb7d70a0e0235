// S008: a device model that the reference data (corpus/hardware.csv) does not know.

#include <fmt/format.h>

#include "rules/rule_support.h"

namespace costlint::rules {
namespace {

/// How many known names to suggest.
constexpr size_t kSuggestions = 3;

void check(RuleContext& context) {
  // Inline pools (`hardware = 1 x "..."` in a phase) are in this list too.
  for (const HardwarePool& pool : context.disclosure.hardware) {
    if (context.hardware.find(pool.model)) continue;
    context.report(pool.model_source,
                   fmt::format("unknown device `{}`; closest known: `{}`", pool.model,
                               fmt::join(context.hardware.closest(pool.model, kSuggestions),
                                         "`, `")));
  }
}

}  // namespace

const Rule kS008{
    {"S008", "unknown-hardware-or-region", Severity::Warning,
     "a device model or region missing from the reference data",
     "Without a known device costlint cannot bound or estimate power, compute and carbon: the "
     "consistency rules (X50x) and the estimates that fill missing figures need its TDP and "
     "peak throughput from corpus/hardware.csv, taken from the vendors' datasheets. Names "
     "match whatever their case, spaces and dashes, and the usual aliases (`A100 80GB`, "
     "`V100`). Regions are not checked yet: that needs the grid-intensity data "
     "(corpus/grid), which costlint does not have yet. Source: corpus/hardware.md (CodeCarbon, "
     "Green Algorithms, Epoch AI, vendor datasheets).",
     "hardware gpus = 8 x \"NVIDIA A1000\"",
     "Use the device's usual name, as the message suggests; if the device is missing from the "
     "reference data, pass data that has it with `--data DIR`."},
    check};

}  // namespace costlint::rules
