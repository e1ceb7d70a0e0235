// M303: parameters without precision or size: the weights' bytes cannot be derived.

#include <fmt/format.h>

#include "rules/rule_support.h"

namespace costlint::rules {
namespace {

void check(RuleContext& context) {
  for (const System& system : context.disclosure.systems) {
    if (!is_model(system) || !system.parameters.declared || system.precision || system.size) continue;
    context.report(system.parameters.declared->source,
                   fmt::format("`{}` gives its parameters but neither `precision` nor `size`: "
                               "the bytes of its weights cannot be derived",
                               system.name));
  }
}

}  // namespace

const Rule kM303{
    {RuleCode::M303, "precision-missing", Severity::Note,
     "parameters are given without precision or size",
     "Seven billion parameters take 28 GB in fp32 and 3.5 GB in int4: the precision decides "
     "the memory, and with it the hardware a model needs. Source: Varoquaux, Luccioni & "
     "Whittaker 2025 (memory footprint).",
     "model m { parameters = 7 B }   # in bf16? int4?",
     "Add `precision = bf16` (or `size = 14 GB`) to the model."},
    check};

}  // namespace costlint::rules
