// The one list of every rule. Adding a rule: its file in rules/, one line here,
// its page in docs/rules/ (scripts/gen-rule-docs), its tests in tests/rules/.

#include <algorithm>

#include "ir/text_case.h"
#include "rules/rule.h"
#include "rules/rules.h"

namespace costlint {

const std::vector<const Rule*>& all_rules() {
  static const std::vector<const Rule*> rules = [] {
    std::vector<const Rule*> out = {
        &rules::kS001, &rules::kS002, &rules::kS003, &rules::kS004, &rules::kS005,
        &rules::kS006, &rules::kS007, &rules::kS008, &rules::kS009, &rules::kS010,
        &rules::kS011, &rules::kS012, &rules::kS013, &rules::kS014, &rules::kS015, &rules::kS016,
        &rules::kC100, &rules::kC101, &rules::kC102, &rules::kC103, &rules::kC104,
        &rules::kC105, &rules::kC106,
        &rules::kE201, &rules::kE202, &rules::kE203, &rules::kE204, &rules::kE205,
        &rules::kE206,
        &rules::kM301, &rules::kM302, &rules::kM303, &rules::kM304,
        &rules::kB401, &rules::kB402, &rules::kB403, &rules::kB404,
        &rules::kX501, &rules::kX502, &rules::kX503, &rules::kX504, &rules::kX505, &rules::kX506,
        &rules::kX507, &rules::kX508, &rules::kX509,
        &rules::kP601, &rules::kP602, &rules::kP603, &rules::kP604,
        &rules::kD701, &rules::kD702, &rules::kD703,
    };
    std::sort(out.begin(), out.end(),
              [](const Rule* a, const Rule* b) { return a->info.code < b->info.code; });
    return out;
  }();
  return rules;
}

const std::vector<const RuleInfo*>& all_rule_infos() {
  static const std::vector<const RuleInfo*> infos = [] {
    std::vector<const RuleInfo*> out;
    for (const Rule* rule : all_rules()) out.push_back(&rule->info);
    return out;
  }();
  return infos;
}

const Rule* find_rule(std::string_view code_or_name) {
  for (const Rule* rule : all_rules())
    if (same_folded(code_name(rule->info.code), code_or_name) || same_folded(rule->info.name, code_or_name))
      return rule;
  return nullptr;
}

}  // namespace costlint
