// B401: the paper's models are compared with no simple baseline.

#include <vector>

#include <fmt/format.h>

#include "ir/quantity_format.h"
#include "rules/rule_support.h"

namespace costlint::rules {
namespace {

/// A manifest of thousands of baselines gets a finding, not thousands of notes.
constexpr size_t kNotedBaselines = 5;

void check(RuleContext& context) {
  std::vector<const System*> models, baselines;
  for (const System& system : context.disclosure.systems) {
    if (system.role == SystemRole::Baseline && system.kind && system.kind->value == "simple")
      return;
    (is_model(system) ? models : baselines).push_back(&system);
  }
  if (models.empty()) return;
  std::vector<std::string_view> names;
  for (const System* model : models) names.push_back(model->name);
  Diagnostic& finding = context.report(
      models.front()->source,
      fmt::format("no simple baseline: compare {} with a `baseline` of `kind = simple` and its cost",
                  name_list(names)));
  for (size_t i = 0; i < baselines.size() && i < kNotedBaselines; ++i) {
    const System* baseline = baselines[i];
    finding.note(baseline->kind ? fmt::format("`{}` is a baseline of kind `{}`", baseline->name,
                                              baseline->kind->value)
                                : fmt::format("`{}` is a baseline with no `kind`", baseline->name),
                 baseline->source);
  }
  if (baselines.size() > kNotedBaselines)
    finding.note(fmt::format("and {} more baselines, none of kind `simple`", baselines.size() - kNotedBaselines));
}

}  // namespace

const Rule kB401{
    {RuleCode::B401, "no-simple-baseline", Severity::Warning,
     "the paper's models are not compared with a simple baseline",
     "Bigger is not always better: a simple, cheap method (a linear model, gradient-boosted "
     "trees, a small network with default settings) often comes close to a large one at a "
     "fraction of the cost. Without it a reader cannot tell what the extra cost buys. Source: "
     "Varoquaux, Luccioni & Whittaker 2025, \"Ways forward\": compare with simpler baselines "
     "and their cost.",
     "model tabtiny { score tabular = 0.874 }\n"
     "baseline ft_transformer { kind = strong; score tabular = 0.869 }",
     "Add a `baseline NAME { kind = simple ... }` with its score and its cost, or mark an "
     "existing simple baseline `kind = simple`."},
    check};

}  // namespace costlint::rules
