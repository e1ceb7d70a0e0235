// E203: no site or region, so emissions can only be guessed from the world's grid.

#include <fmt/format.h>

#include "rules/rule_support.h"

namespace costlint::rules {
namespace {

void check(RuleContext& context) {
  for (const System& system : context.disclosure.systems) {
    const Phase* train = phase_of(system, PhaseKind::Train);
    if (!is_model(system) || !train || (*train)[Quantity::Emissions].declared) continue;
    if (!train->site) {
      report_missing(context, system, *train,
                     "where it ran (`site`): its emissions can only be estimated from the "
                     "world's average grid, which may be ten times off");
      continue;
    }
    const Site& site = context.disclosure.sites[*train->site];
    if (!site.region && !site.intensity)
      context.report(site.source,
                     fmt::format("site `{}` gives neither `region` nor `intensity`: emissions "
                                 "can only be estimated from the world's average grid, which may "
                                 "be ten times off",
                                 site.name));
  }
}

}  // namespace

const Rule kE203{
    {RuleCode::E203, "site-missing", Severity::Warning,
     "training with neither emissions nor a site whose region or intensity is known",
     "The same kilowatt-hour emits about 30 gCO2e in France and over 700 in Poland: without a "
     "region (or the grid's intensity) a reader cannot derive emissions. Source: Hugging Face "
     "model card `co2_eq_emissions` (geographical location); Lacoste et al. 2019, "
     "\"Quantifying the carbon emissions of machine learning\".",
     "site paris { pue = 1.15 }   # region?\nmodel m { train { site = paris } }",
     "Declare `site paris { region = \"FR\" }` and write `site = paris` in the `train` block, "
     "or disclose `emissions` directly."},
    check};

}  // namespace costlint::rules
