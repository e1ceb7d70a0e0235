// P604: which reference table a benchmark's name found, when that is a choice a
// reader should see: a table found by one of its aliases (`LibriSpeech` is the
// test-other split), or no table for a name that holds or nearly spells one
// (`LibriSpeech test-clean`), whose systems are then compared only with each other.

#include <fmt/format.h>

#include "rules/rule_support.h"

namespace costlint::rules {
namespace {

bool scored(const Disclosure& disclosure, size_t benchmark) {
  for (const System& system : disclosure.systems)
    for (const Score& score : system.scores)
      if (score.benchmark == benchmark) return true;
  return false;
}

void check(RuleContext& context) {
  if (!context.placements) return;
  const Disclosure& disclosure = context.disclosure;
  const std::vector<BenchmarkMatch>& matches = context.placements->matches;
  for (size_t b = 0; b < disclosure.benchmarks.size() && b < matches.size(); ++b) {
    const Benchmark& benchmark = disclosure.benchmarks[b];
    const BenchmarkMatch& match = matches[b];
    if (!benchmark.key || !scored(disclosure, b)) continue;
    const std::string& name = benchmark.key->value;
    if (!match.table.empty() && match.alias)
      context.report(benchmark.key->source,
                     fmt::format("`{}` is placed against the reference table `{}` (metric `{}`), "
                                 "which it names by an alias: if the scores are of another split "
                                 "or metric, name that one instead",
                                 name, match.table, match.metric));
    else if (match.table.empty() && !match.nearest.empty())
      context.report(benchmark.key->source,
                     fmt::format("`{}` names no reference table, so its systems are compared "
                                 "only with each other; the nearest is `{}` (metric `{}`): name "
                                 "it if the scores are of that split and metric",
                                 name, match.nearest, match.nearest_metric));
  }
}

}  // namespace

const Rule kP604{
    {RuleCode::P604, "benchmark-resolution", Severity::Note,
     "which reference table a benchmark's name found, when it was a choice",
     "A system is placed against the reference points of the table its benchmark's `name` "
     "finds (corpus/benchmarks, by key or alias, in any case). Some aliases name a benchmark "
     "more broadly than its table: `LibriSpeech` finds the word error rate on test-other, and a "
     "test-clean score placed there would look better than it is. A name that holds or nearly "
     "spells a table's but is not one (`LibriSpeech test-clean`) finds nothing, and its "
     "systems are compared only with each other. Neither choice should be silent: P604 says "
     "which table was taken, or which was near, so that the author can name the right one. "
     "`costlint list benchmarks` lists the tables, their metrics and aliases. Source: each "
     "table's split and metric as corpus/benchmarks/README.md gives them from its sources.",
     "benchmark ls { name = \"LibriSpeech\"; metric = wer; better = lower }\n"
     "model small { parameters = 20 M\n  score ls = 2.1 }",
     "Name the table by its key when the scores are of its split and metric "
     "(`name = \"librispeech-test-other\"`); otherwise give the benchmark a name of its own, "
     "or points with `--reference`."},
    check};

}  // namespace costlint::rules
