#pragma once
// A rule: its documentation and its check. The check reads one resolved
// Disclosure and reports findings through a RuleContext; it never prints and
// knows nothing of reporters. Every rule is listed once, in rule_registry.cpp.

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "ir/diagnostic.h"
#include "ir/disclosure.h"
#include "ir/placements.h"
#include "ir/rule_info.h"

namespace costlint {

class GridCatalog;
class HardwareCatalog;
struct Profile;

/// What a check reads, and where it reports.
class RuleContext {
 public:
  RuleContext(const Disclosure& disclosure, const HardwareCatalog& hardware,
              const GridCatalog& grid, const Profile& profile, DiagnosticSink& sink)
      : disclosure(disclosure), hardware(hardware), grid(grid), profile(profile), sink_(sink) {}

  const Disclosure& disclosure;
  const HardwareCatalog& hardware;
  const GridCatalog& grid;
  const Profile& profile;
  double evidence_tolerance = 0.10;  ///< X501's, from the command line
  /// Where each system sits on each benchmark's Pareto frontier (the score stage,
  /// estimate/placement.h); null when it did not run.
  const DisclosurePlacements* placements = nullptr;

  /// Whether rule `code` runs too (profile and --enable/--disable): a rule stays
  /// silent on what another running rule already says of the same cause.
  bool runs(RuleCode code) const { return runs_ && runs_(code); }
  /// Set by the engine: how runs() knows.
  std::function<bool(RuleCode)> runs_;

  /// Reports a finding of the rule being checked, at its profile's severity.
  Diagnostic& report(Location at, std::string message);
  Location at(SourceRange range) const { return Location::in(*disclosure.file, range); }

  // Set by the engine before each check.
  void begin(const RuleInfo& rule, Severity severity) {
    rule_ = &rule;
    severity_ = severity;
  }

 private:
  DiagnosticSink& sink_;
  const RuleInfo* rule_ = nullptr;
  Severity severity_ = Severity::Warning;
};

struct Rule {
  RuleInfo info;
  /// Null for the front end's rules, which are checked where input is read.
  void (*check)(RuleContext& context) = nullptr;
};

/// Every rule, ordered by code.
const std::vector<const Rule*>& all_rules();

/// Every rule's documentation, ordered by code: what the reports are handed.
const std::vector<const RuleInfo*>& all_rule_infos();

/// The rule with `code` or kebab-case `name`, whatever the case (`x501`), or nullptr.
const Rule* find_rule(std::string_view code_or_name);

}  // namespace costlint
