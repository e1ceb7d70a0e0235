#include "lint/rule_engine.h"

#include <algorithm>

#include "rules/rule.h"

namespace costlint {

bool rule_enabled(RuleCode code, bool by_profile, const RuleOverrides& overrides) {
  auto named = [&](const std::vector<RuleCode>& list) {
    return std::find(list.begin(), list.end(), code) != list.end();
  };
  if (named(overrides.disable)) return false;
  return by_profile || named(overrides.enable);
}

void run_rules(const Disclosure& disclosure, const Profile& profile,
               const RuleOverrides& overrides, const HardwareCatalog& hardware,
               const GridCatalog& grid, DiagnosticSink& sink,
               const DisclosurePlacements* placements) {
  RuleContext context(disclosure, hardware, grid, profile, sink);
  context.placements = placements;
  context.evidence_tolerance = overrides.evidence_tolerance;
  context.runs_ = [&](RuleCode code) {
    return rule_enabled(code, profile.severity_of(code).has_value(), overrides);
  };
  for (const Rule* rule : all_rules()) {
    if (!rule->check) continue;
    std::optional<Severity> severity = profile.severity_of(rule->info.code);
    if (!rule_enabled(rule->info.code, severity.has_value(), overrides)) continue;
    context.begin(rule->info, severity.value_or(rule->info.severity));
    rule->check(context);
  }
}

}  // namespace costlint
