// B403: a model that a simple baseline dominates: it costs no less on any figure
// both disclose, scores no better, and is worse on one of them.

#include <array>
#include <optional>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "estimate/dominance.h"
#include "ir/quantity_format.h"
#include "rules/rule_support.h"

namespace costlint::rules {
namespace {

/// A cost figure two systems can be compared on. No quantity: the parameter count.
struct Axis {
  PhaseKind phase = PhaseKind::Train;
  std::optional<Quantity> quantity;
  std::string_view name;
  bool higher_is_cheaper = false;
};

constexpr std::array<Axis, 9> kAxes = {{
    {PhaseKind::Train, Quantity::Compute, "training compute"},
    {PhaseKind::Train, Quantity::Energy, "training energy"},
    {PhaseKind::Train, Quantity::Duration, "training duration"},
    {PhaseKind::Train, Quantity::Memory, "training memory"},
    {PhaseKind::Infer, Quantity::Energy, "inference energy"},
    {PhaseKind::Infer, Quantity::Latency, "inference latency"},
    {PhaseKind::Infer, Quantity::Memory, "inference memory"},
    {PhaseKind::Infer, Quantity::Throughput, "inference throughput", true},
    {PhaseKind::Train, std::nullopt, "parameters"},
}};

/// What the paper or its logs state of the axis: a dominance is not concluded
/// from the estimator's guesses.
const Fact* figure(const System& system, const Axis& axis) {
  if (!axis.quantity) return system.parameters.stated();
  const Phase* phase = phase_of(system, axis.phase);
  return phase ? (*phase)[*axis.quantity].stated() : nullptr;
}

/// The figures both disclose, as costs to minimise: `model`'s, the baseline's, and
/// "training duration 6.5 h vs 4 min" for each on which the model costs more.
struct SharedCosts {
  std::vector<double> model, baseline;
  std::vector<std::string> more;
};

SharedCosts shared_costs(const System& model, const System& baseline) {
  SharedCosts out;
  for (const Axis& axis : kAxes) {
    const Fact* ours = figure(model, axis);
    const Fact* theirs = figure(baseline, axis);
    // Compute in FLOP and in device-hours, or energy in total and per item, do not
    // compare; nor energies that say they count different things.
    if (!ours || !theirs || ours->dimension != theirs->dimension) continue;
    if (ours->scope != theirs->scope && ours->scope != EnergyScope::Unstated &&
        theirs->scope != EnergyScope::Unstated)
      continue;
    double cost = axis.higher_is_cheaper ? -ours->value : ours->value;
    double baseline_cost = axis.higher_is_cheaper ? -theirs->value : theirs->value;
    out.model.push_back(cost);
    out.baseline.push_back(baseline_cost);
    if (cost > baseline_cost)
      out.more.push_back(fmt::format("{} {} vs {}", axis.name,
                                     format_quantity(ours->value, ours->dimension),
                                     format_quantity(theirs->value, theirs->dimension)));
  }
  return out;
}

/// "`tabular` (0.85 vs 0.861)" for each benchmark on which the baseline dominates
/// `model`: the shared costs and the score, by the frontier's test (dominance.h).
std::vector<std::string> dominated_on(const RuleContext& context, const System& model,
                                      const System& baseline, SharedCosts costs) {
  std::vector<std::string> out;
  if (costs.model.empty()) return out;  // no shared figure: nothing to compare
  costs.model.push_back(0);
  costs.baseline.push_back(0);
  for (const Score& ours : model.scores)
    for (const Score& theirs : baseline.scores) {
      if (ours.benchmark != theirs.benchmark) continue;
      const Benchmark& benchmark = context.disclosure.benchmarks[ours.benchmark];
      Better better =
          benchmark.better && benchmark.better->value == "lower" ? Better::Lower : Better::Higher;
      // Scores as written: 0.861 must not read as 0.86 beside 0.86.
      double a = ours.value.value, b = theirs.value.value;
      costs.model.back() = score_cost(a, better);
      costs.baseline.back() = score_cost(b, better);
      if (dominates(costs.baseline, costs.model))
        out.push_back(fmt::format("`{}` ({} vs {})", benchmark.name, a, b));
    }
  return out;
}

void check(RuleContext& context) {
  // The simple baselines, found once: the models are compared with them alone.
  std::vector<const System*> simple;
  for (const System& system : context.disclosure.systems)
    if (!is_model(system) && system.kind && system.kind->value == "simple") simple.push_back(&system);
  if (simple.empty()) return;
  for (const System& model : context.disclosure.systems) {
    if (!is_model(model)) continue;
    for (const System* simple_baseline : simple) {
      const System& baseline = *simple_baseline;
      SharedCosts costs = shared_costs(model, baseline);
      std::vector<std::string> scores = dominated_on(context, model, baseline, costs);
      if (scores.empty()) continue;
      std::string cost = costs.more.empty()
                             ? std::string("as much on every figure both disclose")
                             : fmt::format("more ({})", fmt::join(costs.more, "; "));
      context
          .report(model.source,
                  fmt::format("`{}` is dominated by the simple baseline `{}`: it costs {} "
                              "and scores no better on {}",
                              model.name, baseline.name, cost, fmt::join(scores, ", ")))
          .note(fmt::format("the simple baseline `{}`", baseline.name), baseline.source);
    }
  }
}

}  // namespace

const Rule kB403{
    {RuleCode::B403, "dominated-by-simple-baseline", Severity::Warning,
     "a model that costs more than a simple baseline and scores no better",
     "The state of the art is a Pareto frontier of performance against resources: a model "
     "that costs more than a simple baseline on every figure both disclose, and does not score "
     "better on a benchmark they share, is dominated there. The paper should say what else "
     "justifies its cost. Source: Varoquaux, Luccioni & Whittaker 2025, \"Ways forward\": "
     "compare with simpler baselines and their cost; read progress as a Pareto frontier.",
     "model tabtiny {\n  score tabular = 0.85\n  train { duration = 6.5 h }\n}\n"
     "baseline xgb {\n  kind = simple\n  score tabular = 0.861\n  train { duration = 4 min }\n}",
     "Check the figures; if they hold, say in the paper what the model offers that the "
     "baseline does not (another benchmark, a use the baseline cannot serve), or report the "
     "baseline as the better trade-off."},
    check};

}  // namespace costlint::rules
