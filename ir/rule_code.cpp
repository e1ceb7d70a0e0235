#include "ir/rule_code.h"

namespace costlint {

static const RuleCodeEntry& entry(RuleCode code) { return kRuleCodeTable[static_cast<size_t>(code)]; }

std::string_view code_name(RuleCode code) { return entry(code).code; }
std::string_view rule_name(RuleCode code) { return entry(code).name; }
Severity default_severity(RuleCode code) { return entry(code).severity; }

std::optional<RuleCode> find_rule_code(std::string_view code_or_name) {
  for (size_t i = 0; i < kRuleCodeCount; ++i)
    if (kRuleCodeTable[i].code == code_or_name || kRuleCodeTable[i].name == code_or_name)
      return static_cast<RuleCode>(i);
  return std::nullopt;
}

}  // namespace costlint
