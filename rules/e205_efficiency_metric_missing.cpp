// E205: no efficiency figure (work per energy) can be read from the disclosure.

#include <fmt/format.h>

#include "rules/rule_support.h"

namespace costlint::rules {
namespace {

/// Samples per kWh, or throughput per watt, follow from what is disclosed.
bool efficiency_disclosed(const System& system) {
  const Phase* infer = phase_of(system, PhaseKind::Infer);
  const Phase* train = phase_of(system, PhaseKind::Train);
  if (infer && (*infer)[Quantity::Energy].declared) {
    const Fact& energy = *(*infer)[Quantity::Energy].declared;
    if (energy.dimension == dim::energy / dim::item || (*infer)[Quantity::Throughput].declared) return true;
  }
  return train && (*train)[Quantity::Energy].declared &&
         ((*train)[Quantity::Samples].declared || (*train)[Quantity::Tokens].declared);
}

void check(RuleContext& context) {
  for (const System& system : context.disclosure.systems) {
    if (!is_model(system) || efficiency_disclosed(system)) continue;
    context.report(system.source,
                   fmt::format("no efficiency metric can be read for `{}`: disclose energy per "
                               "item at inference, or training energy with its samples",
                               system.name));
  }
}

}  // namespace

const Rule kE205{
    {RuleCode::E205, "efficiency-metric-missing", Severity::Warning,
     "no efficiency metric (samples per kWh, throughput per watt) can be read",
     "Progress that uses fewer resources for the same result should be celebrated as much as "
     "progress that buys results with more; that needs an efficiency figure: samples per kWh, "
     "queries per joule. Source: Varoquaux, Luccioni & Whittaker 2025, \"Ways forward\".",
     "model m { train { energy = 41 kWh } }   # over how many samples?",
     "Add `energy = 0.21 J/sample` to the `infer` block, or `samples = 1.2 M` beside the "
     "training `energy`."},
    check};

}  // namespace costlint::rules
