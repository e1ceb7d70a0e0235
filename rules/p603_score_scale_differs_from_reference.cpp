// P603: scores written as fractions against a table of percentages, or the
// reverse, which would place every system below the state of the art.

#include <fmt/format.h>

#include "estimate/disclosure_placement.h"
#include "ir/quantity_format.h"
#include "rules/rule_support.h"

namespace costlint::rules {
namespace {

void check(RuleContext& context) {
  if (!context.placements) return;
  const Disclosure& disclosure = context.disclosure;
  for (const ScaleMismatch& mismatch : context.placements->scale_mismatches) {
    const Benchmark& benchmark = disclosure.benchmarks[mismatch.benchmark];
    for (const System& system : disclosure.systems)
      for (const Score& score : system.scores) {
        if (score.benchmark != mismatch.benchmark) continue;
        context.report(
            score.value.source,
            fmt::format("the score of `{}` on `{}`, {}, is {}, but the benchmark's reference "
                        "points are {} (`{}`: {}): write {}, or it is placed against the "
                        "manifest's own systems only",
                        system.name, benchmark.name, format_number(score.value.value),
                        mismatch.factor > 1 ? "a fraction" : "a percentage",
                        mismatch.factor > 1 ? "percentages" : "fractions", mismatch.example,
                        format_number(mismatch.example_score),
                        format_number(score.value.value * mismatch.factor)));
      }
  }
}

}  // namespace

const Rule kP603{
    {RuleCode::P603, "score-scale-differs-from-reference", Severity::Warning,
     "scores on another scale than the benchmark's reference points",
     "A system is placed on a benchmark's frontier by comparing its score with those of the "
     "reference points. An accuracy written as a fraction (0.771) against reference points in "
     "percent (76.13), or the reverse, would put it below, or above, every one of them, and "
     "every placement would be wrong. P603 fires when every score of the manifest on a "
     "benchmark is a fraction and nearly all of its reference points are percentages, or the "
     "other way round; the placement then leaves the reference points out. Source: each "
     "table's unit in corpus/benchmarks/README.md, as its sources publish the scores.",
     "benchmark imagenet { name = \"imagenet-1k\"; metric = \"top-1\"; better = higher }\n"
     "model m {\n  parameters = 25 M\n  score imagenet = 0.771\n}",
     "Write the score on the scale of the benchmark's table (`corpus/benchmarks/README.md` "
     "gives each table's metric and unit): `score imagenet = 77.1`."},
    check};

}  // namespace costlint::rules
