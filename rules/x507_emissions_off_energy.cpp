// X507: declared emissions that the declared energy and the site's carbon
// intensity cannot give.

#include <fmt/format.h>

#include "corpus/grid_catalog.h"
#include "ir/quantity_format.h"
#include "rules/rule_support.h"

namespace costlint::rules {
namespace {

/// Emissions are energy × intensity, × a PUE of 1 to 2 when the energy is the
/// devices' alone: outside this range no PUE or rounding explains the figure.
constexpr double kLowestRatio = 1.0 / 3, kHighestRatio = 6;

void check(RuleContext& context) {
  const Disclosure& disclosure = context.disclosure;
  for (const System& system : disclosure.systems)
    for (const auto& phase : system.phases) {
      if (!phase || !phase->site) continue;
      const auto& energy = (*phase)[Quantity::Energy].declared;
      const auto& emissions = (*phase)[Quantity::Emissions].declared;
      if (!energy || !emissions || energy->dimension != dim::energy || energy->value <= 0) continue;
      const Site& site = disclosure.sites[*phase->site];
      double intensity = 0;
      std::string source;
      if (site.intensity) {
        intensity = site.intensity->value;
        source = fmt::format("the declared intensity of `{}`", site.name);
      } else if (const GridRegion* grid = site.region ? context.grid.find(site.region->value) : nullptr) {
        intensity = grid->gco2e_per_kwh / 3.6e6;
        source = fmt::format("the grid of {} ({})", grid->region, grid->year);
      }
      if (intensity <= 0) continue;
      double expected = energy->value * intensity;
      double ratio = emissions->value / expected;
      if (ratio >= kLowestRatio && ratio <= kHighestRatio) continue;
      context
          .report(emissions->source,
                  fmt::format("`emissions` of {} is {} what the declared energy gives at {}: {} × {} = {}",
                              format_quantity(emissions->value, dim::co2e),
                              format_ratio(ratio),
                              source, format_quantity(energy->value, dim::energy),
                              format_quantity(intensity, dim::co2e / dim::energy),
                              format_quantity(expected, dim::co2e)))
          .note("the declared `energy`", energy->source);
    }
}

}  // namespace

const Rule kX507{
    {RuleCode::X507, "emissions-off-energy", Severity::Warning,
     "declared emissions that the declared energy and the site's carbon intensity cannot give",
     "Emissions are energy times the grid's carbon intensity (times the data centre's PUE when "
     "the energy is the devices' alone): a figure more than 6 times, or less than a third of, "
     "what the declared energy gives at the site's intensity is a unit or an order of magnitude "
     "wrong in one of them. Source: Patterson et al. 2021 (arXiv:2104.10350), eq. 1; "
     "Luccioni & Hernandez-Garcia 2023.",
     "site fr { region = \"FR\" }          # 56 gCO2e/kWh\ntrain { site = fr; energy = 41 kWh; "
     "emissions = 230 kgCO2e }   # 41 kWh gives 2.3 kgCO2e",
     "Correct the figure that is wrong (often kg for g, or MWh for kWh), or declare the "
     "site's `intensity` if the grid was not the region's average."},
    check};

}  // namespace costlint::rules
