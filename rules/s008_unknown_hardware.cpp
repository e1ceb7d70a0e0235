// S008: a device model or a site's region that the reference data
// (corpus/hardware.csv, corpus/grid.csv) does not know.

#include <fmt/format.h>

#include "corpus/countries.h"
#include "corpus/grid_catalog.h"
#include "rules/rule_support.h"

namespace costlint::rules {
namespace {

/// How many known names to suggest.
constexpr size_t kSuggestions = 3;

void check_devices(RuleContext& context) {
  // Inline pools (`hardware = 1 x "..."` in a phase) are in this list too.
  for (const HardwarePool& pool : context.disclosure.hardware) {
    if (context.hardware.find(pool.model)) continue;
    context.report(pool.model_source,
                   fmt::format("unknown device `{}`; closest known: `{}`", pool.model,
                               fmt::join(context.hardware.closest(pool.model, kSuggestions),
                                         "`, `")));
  }
}

void check_regions(RuleContext& context) {
  for (const Site& site : context.disclosure.sites) {
    if (!site.region || context.grid.find(site.region->value)) continue;
    const std::string& region = site.region->value;
    // A real country that no source gives a figure for: suggestions would mislead.
    if (const Country* country = find_country(region)) {
      context.report(site.region->source,
                     fmt::format("no grid intensity for `{}` ({}) in the reference data", region,
                                 country->name));
      continue;
    }
    std::vector<std::string> closest = context.grid.closest(region, kSuggestions);
    context.report(site.region->source,
                   closest.empty()
                       ? fmt::format("unknown region `{}`; expected a country (`FR`, `France`), "
                                     "a cloud region (`us-east-1`) or `WORLD`",
                                     region)
                       : fmt::format("unknown region `{}`; closest known: `{}`", region,
                                     fmt::join(closest, "`, `")));
  }
}

void check(RuleContext& context) {
  check_devices(context);
  check_regions(context);
}

}  // namespace

const Rule kS008{
    {RuleCode::S008, "unknown-hardware-or-region", Severity::Warning,
     "a device model or region missing from the reference data",
     "Without a known device or region costlint cannot bound or estimate power, compute and "
     "carbon: the consistency rules (X50x) and the estimates that fill missing figures need a "
     "device's TDP and peak throughput from corpus/hardware.csv, taken from the vendors' "
     "datasheets, and a site's grid intensity from corpus/grid.csv. Device names match "
     "whatever their case, spaces and dashes, and the usual aliases (`A100 80GB`, `V100`). A "
     "region is a cloud region as its provider writes it (`us-east-1`, `europe-west1`, "
     "`westeurope`), a country by its ISO 3166-1 code or English name (`FR`, `FRA`, "
     "`France`), or `WORLD`, in any case. Sources: corpus/hardware.md (CodeCarbon, Green "
     "Algorithms, Epoch AI, vendor datasheets) and corpus/grid.md (Our World in Data, Google "
     "Cloud, Green Algorithms, ML CO2 Impact).",
     "hardware gpus = 8 x \"NVIDIA A1000\"\nsite paris { region = \"Frnace\" }",
     "Use the device's or region's usual name, as the message suggests; if it is missing from "
     "the reference data, pass data that has it with `--data DIR`, or give the site's "
     "`intensity` in gCO2e/kWh."},
    check};

}  // namespace costlint::rules
