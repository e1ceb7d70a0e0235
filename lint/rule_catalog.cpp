#include "lint/rule_catalog.h"

#include <algorithm>

namespace costlint {

const std::vector<RuleInfo>& all_rules() {
  static const std::vector<RuleInfo> rules = [] {
    std::vector<RuleInfo> out;
    for (auto family : {front_end_rules()}) out.insert(out.end(), family.begin(), family.end());
    std::sort(out.begin(), out.end(),
              [](const RuleInfo& a, const RuleInfo& b) { return a.code < b.code; });
    return out;
  }();
  return rules;
}

const RuleInfo* find_rule(std::string_view code) {
  const auto& rules = all_rules();
  auto it = std::lower_bound(rules.begin(), rules.end(), code,
                             [](const RuleInfo& rule, std::string_view c) { return rule.code < c; });
  return it != rules.end() && it->code == code ? &*it : nullptr;
}

}  // namespace costlint
