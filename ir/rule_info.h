#pragma once
// What `costlint explain`, docs/rules/ and SARIF show of a rule: its
// documentation is its metadata. Each rule's file in rules/ defines one.

#include <string_view>

#include "ir/rule_code.h"

namespace costlint {

struct RuleInfo {
  RuleCode code;          ///< stable: S004
  std::string_view name;  ///< kebab-case: "dimension-mismatch"
  Severity severity;      ///< the default
  std::string_view summary;
  std::string_view rationale;  ///< why, with its source
  std::string_view example;    ///< a manifest excerpt that fires the rule
  std::string_view fix;
};

}  // namespace costlint
