// B402: a baseline that says nothing of what it costs.

#include <array>
#include <utility>

#include <fmt/format.h>

#include "rules/rule_support.h"

namespace costlint::rules {
namespace {

/// The figures that tell what a system costs to train or to run.
constexpr std::array<std::pair<PhaseKind, Quantity>, 9> kCostFigures = {{
    {PhaseKind::Train, Quantity::Duration},
    {PhaseKind::Train, Quantity::Compute},
    {PhaseKind::Train, Quantity::Energy},
    {PhaseKind::Train, Quantity::Memory},
    {PhaseKind::Infer, Quantity::Throughput},
    {PhaseKind::Infer, Quantity::Latency},
    {PhaseKind::Infer, Quantity::Energy},
    {PhaseKind::Infer, Quantity::Compute},
    {PhaseKind::Infer, Quantity::Memory},
}};

bool discloses_cost(const System& system) {
  if (system.parameters.declared || system.size) return true;
  for (auto [kind, quantity] : kCostFigures) {
    const Phase* phase = phase_of(system, kind);
    if (phase && (*phase)[quantity].declared) return true;
  }
  return false;
}

void check(RuleContext& context) {
  for (const System& system : context.disclosure.systems)
    if (system.role == SystemRole::Baseline && !discloses_cost(system))
      context.report(system.source,
                     fmt::format("baseline `{}` discloses no cost: no training or inference time, "
                                 "compute, energy or memory, no parameters or size",
                                 system.name));
}

}  // namespace

const Rule kB402{
    {RuleCode::B402, "baseline-without-cost", Severity::Warning,
     "a baseline whose cost is not disclosed",
     "A baseline is compared on cost as well as on score: a slightly weaker method that costs a "
     "hundredth as much may be the better choice. A baseline with a score and no cost leaves "
     "half of the comparison out. Source: Varoquaux, Luccioni & Whittaker 2025, \"Ways "
     "forward\": compare with simpler baselines and their cost.",
     "baseline xgb {\n  kind = simple\n  score tabular = 0.861\n}",
     "Add at least the training duration or compute and the inference throughput or latency "
     "of the baseline, on the hardware it ran on: `train { hardware = laptop; duration = 4 "
     "min }`."},
    check};

}  // namespace costlint::rules
