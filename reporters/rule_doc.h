#pragma once
// A rule's documentation as `costlint explain` prints it, and as the Markdown
// page in docs/rules/CODE.md (a test keeps the two equal).

#include <string>

#include "lint/rule.h"

namespace costlint {

std::string rule_text(const RuleInfo& rule);
std::string rule_markdown(const RuleInfo& rule);

/// One line per rule: code, default severity, name, summary.
std::string rule_list();

}  // namespace costlint
