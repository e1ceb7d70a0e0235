// E204: a site used for training does not give its PUE.

#include <set>

#include <fmt/format.h>

#include "rules/rule_support.h"

namespace costlint::rules {
namespace {

void check(RuleContext& context) {
  std::set<size_t> reported;
  for (const System& system : context.disclosure.systems) {
    const Phase* train = phase_of(system, PhaseKind::Train);
    if (!is_model(system) || !train || !train->site || reported.count(*train->site)) continue;
    const Site& site = context.disclosure.sites[*train->site];
    if (site.pue) continue;
    reported.insert(*train->site);
    context.report(site.source,
                   fmt::format("site `{}` does not give its power usage effectiveness (`pue`)",
                               site.name));
  }
}

}  // namespace

const Rule kE204{
    {RuleCode::E204, "pue-missing", Severity::Note,
     "a site used for training does not give its PUE",
     "A data centre draws more than its devices: cooling and power conversion add 10% in the "
     "best hyperscale halls and 60% or more in older rooms. Without the power usage "
     "effectiveness, device energy understates the total. Source: Patterson et al. 2021, "
     "\"Carbon emissions and large neural network training\".",
     "site paris { region = \"FR\" }   # pue?",
     "Add `pue = 1.15` (your provider's published figure) to the `site` block."},
    check};

}  // namespace costlint::rules
