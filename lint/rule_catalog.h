#pragma once
// The registry of every rule costlint knows: its stable code, kebab-case name,
// default severity and the text that `explain`, docs/rules/ and SARIF show.

#include <span>
#include <string_view>
#include <vector>

#include "lint/diagnostic.h"

namespace costlint {

struct RuleInfo {
  std::string_view code;  ///< stable: "S004"
  std::string_view name;  ///< kebab-case: "dimension-mismatch"
  Severity severity;      ///< default
  std::string_view summary;
  std::string_view rationale;
  std::string_view example;  ///< a manifest excerpt that fires the rule
  std::string_view fix;
};

/// Every rule, ordered by code.
const std::vector<RuleInfo>& all_rules();

/// The rule with `code`, or nullptr.
const RuleInfo* find_rule(std::string_view code);

// Each family lists its own rules (rules/).
std::span<const RuleInfo> front_end_rules();

}  // namespace costlint
