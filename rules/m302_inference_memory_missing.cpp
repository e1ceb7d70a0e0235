// M302: neither the inference memory nor the model's size is disclosed.

#include "rules/rule_support.h"

namespace costlint::rules {
namespace {

void check(RuleContext& context) {
  for (const System& system : context.disclosure.systems) {
    const Phase* infer = phase_of(system, PhaseKind::Infer);
    if (!is_model(system) || !infer || (*infer)[Quantity::Memory].declared || system.size) continue;
    // Parameters and precision give the weights' size: a reader has the footprint's floor.
    if (system.parameters.declared && system.precision) continue;
    report_missing(context, system, *infer, "its memory (`memory`), nor the model its `size`");
  }
}

}  // namespace

const Rule kM302{
    {RuleCode::M302, "inference-memory-missing", Severity::Warning,
     "neither the inference memory nor the model's size is disclosed",
     "Whether a model runs on a phone, a laptop or only on a rack of accelerators is decided "
     "by its memory footprint at inference. Source: Varoquaux, Luccioni & Whittaker 2025, "
     "\"Ways forward\". Parameters with their `precision` give the weights' size, and "
     "satisfy it.",
     "model m { infer { throughput = 850 token/s } }   # memory?",
     "Add `memory = 48 MiB` to the `infer` block, or `size = 25 MB` (bytes of weights) to the "
     "model."},
    check};

}  // namespace costlint::rules
