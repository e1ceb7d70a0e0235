// M304: a model does not give its number of parameters.

#include <fmt/format.h>

#include "ir/quantity_format.h"

#include "rules/rule_support.h"

namespace costlint::rules {
namespace {

void check(RuleContext& context) {
  for (const System& system : context.disclosure.systems) {
    if (!is_model(system) || system.parameters.declared || system.size) continue;
    Diagnostic& finding = context.report(
        system.source,
        fmt::format("`{}` does not give its number of parameters (`parameters`)", system.name));
    // The trend of notable models of the paper's year, when the estimator made one.
    if (const Fact* estimate = system.parameters.estimate(dim::count))
      finding.note(fmt::format("estimate: ~{} (from {} to {}) = {}", format_number(estimate->value),
                               format_number(estimate->interval->low),
                               format_number(estimate->interval->high), estimate->method));
  }
}

}  // namespace

const Rule kM304{
    {RuleCode::M304, "parameters-missing", Severity::Warning,
     "a model does not give its number of parameters",
     "The parameter count is the most common axis of the state of the art and the input of "
     "every FLOP and memory estimate. Source: ACL Responsible NLP checklist, C1 (number of "
     "parameters of the models used).",
     "model m { train { compute = 52 GPU.h } }   # how large?",
     "Add `parameters = 12.4 M` to the model."},
    check};

}  // namespace costlint::rules
