// P601: where each system sits on the Pareto frontier of each benchmark it is
// scored on, for each resource it discloses or the estimator derives.

#include <fmt/format.h>

#include "rules/rule_support.h"

namespace costlint::rules {
namespace {

void check(RuleContext& context) {
  if (!context.placements) return;
  const Disclosure& disclosure = context.disclosure;
  for (const SystemPlacement& p : context.placements->systems) {
    if (p.placement.standing == Standing::Alone) continue;
    const System& system = disclosure.systems[p.system];
    // At the score it is placed by: the score field names the benchmark.
    Location at = system.source;
    for (const Score& score : system.scores)
      if (score.benchmark == p.benchmark) at = score.value.source;
    context.report(at, p.sentence);
  }
}

}  // namespace

const Rule kP601{
    {RuleCode::P601, "frontier-placement", Severity::Note,
     "where a system sits on the Pareto frontier of score against a resource",
     "The state of the art is a Pareto frontier of task performance against computing "
     "resources, and progress that uses fewer resources for the same performance deserves as "
     "much attention as progress that buys performance with more (Varoquaux, Luccioni & "
     "Whittaker 2025, \"Ways forward\" and Figure 7). For each benchmark a system is scored on "
     "and each resource it discloses (parameters, weights memory, training compute and energy, "
     "inference compute and energy per item), this note says whether it is on the frontier of "
     "the benchmark's reference points (or, for a benchmark costlint has no points for, of the "
     "manifest's own systems), which progress it is if it moves the frontier, who dominates it "
     "otherwise and by how much, and how it stands against the 0.75-quantile trend of score on "
     "log resource (the paper's appendix B.2). A figure the estimator derived is marked, and the "
     "note says whether the conclusion holds over its whole interval. Off in the default "
     "profile; on in the `frontier` profile, with `--enable P601`, and in `costlint frontier`.",
     "benchmark tabular { name = \"grinsztajn2022\"; metric = accuracy; better = higher }\n"
     "model tabtiny {\n  parameters = 12.4 M\n  score tabular = 0.874\n}\n"
     "baseline xgb {\n  kind = simple\n  parameters = 2 M\n  score tabular = 0.861\n}",
     "Nothing to fix: the note is information. Disclose the resources of every system, "
     "baselines included, so that each can be placed."},
    check};

}  // namespace costlint::rules
