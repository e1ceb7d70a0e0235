// C100: a model lacks a phase block that the profile requires.

#include <fmt/format.h>

#include "rules/rule_support.h"

namespace costlint::rules {
namespace {

void check(RuleContext& context) {
  for (const System& system : context.disclosure.systems) {
    if (!is_model(system)) continue;
    for (PhaseKind kind : {PhaseKind::Train, PhaseKind::Tune, PhaseKind::Infer}) {
      if (!context.profile.requires_phase(kind) || phase_of(system, kind)) continue;
      context.report(system.source,
                     fmt::format("`{}` has no `{}` block: nothing of its {} cost is disclosed",
                                 system.name, phase_name(kind),
                                 kind == PhaseKind::Train  ? "training"
                                 : kind == PhaseKind::Tune ? "tuning"
                                                           : "inference"));
    }
  }
}

}  // namespace

const Rule kC100{
    {RuleCode::C100, "phase-missing", Severity::Warning,
     "a model has no block for a phase the profile requires",
     "The paper behind costlint asks for the cost of training and of inference, each with its "
     "compute, energy and memory; the profile (`require` in corpus/profiles/) names the phases "
     "a disclosure must cover. A missing block is reported once, here, rather than once per "
     "figure it would hold. Source: Varoquaux, Luccioni & Whittaker 2025, \"Ways forward\".",
     "model tabtiny {\n  train { duration = 6.5 h }\n}                     # no `infer` block",
     "Add the block with the figures the paper reports, e.g. `infer { hardware = laptop; "
     "throughput = 12000 sample/s }`."},
    check};

}  // namespace costlint::rules
