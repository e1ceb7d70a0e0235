// P602: a model on the frontier only by more resource, compared with nothing cheaper.

#include <fmt/format.h>

#include "ir/quantity_format.h"
#include "rules/rule_support.h"

namespace costlint::rules {
namespace {

/// Whether another system of the manifest is scored on the same benchmark with
/// less of the same resource.
bool cheaper_comparison(const DisclosurePlacements& placements, const SystemPlacement& p) {
  for (const SystemPlacement& other : placements.systems)
    if (other.system != p.system && other.benchmark == p.benchmark && other.axis == p.axis &&
        other.resource.value < p.resource.value)
      return true;
  return false;
}

void check(RuleContext& context) {
  if (!context.placements) return;
  const Disclosure& disclosure = context.disclosure;
  const auto& placements = context.placements->systems;  // by system, then benchmark
  for (size_t i = 0; i < placements.size();) {
    size_t end = i;
    std::vector<std::string> axes;
    for (; end < placements.size() && placements[end].system == placements[i].system &&
           placements[end].benchmark == placements[i].benchmark;
         ++end) {
      const SystemPlacement& p = placements[end];
      if (p.placement.progress == Progress::Intensive && !cheaper_comparison(*context.placements, p))
        axes.push_back(fmt::format("{} ({} more than `{}`)", resource_axis_name(p.axis),
                                   format_factor(p.placement.progress_factor),
                                   p.placement.compared_with));
    }
    const System& system = disclosure.systems[placements[i].system];
    const Benchmark& benchmark = disclosure.benchmarks[placements[i].benchmark];
    if (is_model(system) && !axes.empty()) {
      Location at = system.source;
      for (const Score& score : system.scores)
        if (score.benchmark == placements[i].benchmark) at = score.value.source;
      context.report(at, fmt::format("`{}` leads `{}` only by more resources: {}; and no system "
                                     "in the manifest is scored on it with less",
                                     system.name, benchmark.name, fmt::join(axes, ", ")));
    }
    i = end;
  }
}

}  // namespace

const Rule kP602{
    {RuleCode::P602, "intensive-progress-without-cheaper-comparison", Severity::Warning,
     "resource-intensive progress with no comparison at lower cost",
     "A better score bought with more resources than any point of the frontier is "
     "resource-intensive progress (Varoquaux, Luccioni & Whittaker 2025, Figure 7). It is "
     "progress, but one that says nothing of what the same resources would give another "
     "method, nor of how much less a smaller system loses: the paper asks that such work "
     "compare with cheaper alternatives and report the trade-off. P602 fires when a model "
     "leads a benchmark's reference points only by using more of a resource and the manifest "
     "scores no other system on that benchmark with less of it.",
     "benchmark imagenet { name = \"imagenet-1k\"; metric = \"top-1\"; better = higher }\n"
     "model huge {\n  parameters = 20 B\n  score imagenet = 91.0\n}",
     "Train and score a smaller configuration, or report a simple or prior-work baseline with "
     "its cost on the same benchmark, so that readers can see what the extra resources buy."},
    check};

}  // namespace costlint::rules
