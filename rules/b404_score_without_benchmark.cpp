// B404: systems are scored on a benchmark that does not say what its scores
// measure (`metric`) or which way is better (`better`).

#include <utility>

#include <fmt/format.h>

#include "rules/rule_support.h"

namespace costlint::rules {
namespace {

/// The first score on benchmark `index`, and the system it belongs to.
std::pair<const System*, const Score*> first_score(const Disclosure& disclosure, size_t index) {
  for (const System& system : disclosure.systems)
    for (const Score& score : system.scores)
      if (score.benchmark == index) return {&system, &score};
  return {nullptr, nullptr};
}

std::string_view missing_fields(const Benchmark& benchmark) {
  if (!benchmark.metric && !benchmark.better) return "no `metric` and no `better`";
  return benchmark.metric ? "no `better`" : "no `metric`";
}

void check(RuleContext& context) {
  const auto& benchmarks = context.disclosure.benchmarks;
  for (size_t index = 0; index < benchmarks.size(); ++index) {
    const Benchmark& benchmark = benchmarks[index];
    if (benchmark.metric && benchmark.better) continue;
    auto [system, score] = first_score(context.disclosure, index);
    if (!score) continue;
    context
        .report(benchmark.source,
                fmt::format("benchmark `{}` has {}: the scores on it cannot be read or compared",
                            benchmark.name, missing_fields(benchmark)))
        .note(fmt::format("`{}` is scored on `{}` here", system->name, benchmark.name),
              score->value.source);
  }
}

}  // namespace

const Rule kB404{
    {RuleCode::B404, "score-without-benchmark", Severity::Warning,
     "scores on a benchmark that does not state its metric or which way is better",
     "A score of 0.87 means nothing until the reader knows what it measures and whether higher "
     "or lower is better; without both, a model cannot be compared with its baselines, nor "
     "placed on the Pareto frontier of performance against cost. Source: Varoquaux, Luccioni & "
     "Whittaker 2025, \"Ways forward\": compare with baselines; read the state of the art as a "
     "Pareto frontier.",
     "benchmark tabular { name = \"grinsztajn2022\" }   # no `metric`, no `better`\n"
     "model tabtiny { score tabular = 0.874 }",
     "Add `metric = accuracy` (or the metric used) and `better = higher` or `better = lower` "
     "to the `benchmark` block."},
    check};

}  // namespace costlint::rules
