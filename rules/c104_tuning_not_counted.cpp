// C104: the cost of hyper-parameter search and discarded runs is not counted.

#include <fmt/format.h>

#include "rules/rule_support.h"

namespace costlint::rules {
namespace {

bool has_cost(const Phase& phase) {
  return phase[Quantity::Compute].declared || phase[Quantity::Duration].declared || phase[Quantity::Energy].declared;
}

void check(RuleContext& context) {
  for (const System& system : context.disclosure.systems) {
    if (!is_model(system)) continue;
    const Phase* tune = phase_of(system, PhaseKind::Tune);
    if (!tune)
      context.report(system.source,
                     fmt::format("`{}` has no `tune` block: the cost of its hyper-parameter "
                                 "search and discarded runs is not counted",
                                 system.name));
    else if (!has_cost(*tune))
      report_missing(context, system, *tune, "its cost (`compute`, `duration` or `energy`)");
  }
}

}  // namespace

const Rule kC104{
    {RuleCode::C104, "tuning-not-counted", Severity::Warning,
     "the cost of hyper-parameter search and discarded runs is not disclosed",
     "The runs that produced the reported model are a fraction of those a project needs: "
     "searches, ablations and failed attempts can cost more than the final training. Source: "
     "NeurIPS Paper Checklist, \"Experiments compute resources\" (whether the full project "
     "required more compute than the reported experiments); Dodge et al. 2019, \"Show your "
     "work\".",
     "model tabtiny { train { compute = 52 GPU.h } }   # and the 60 search trials?",
     "Add a `tune` block: `tune { trials = 60; compute = 60 * 0.9 GPU.h }`."},
    check};

}  // namespace costlint::rules
