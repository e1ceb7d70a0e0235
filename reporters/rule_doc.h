#pragma once
// A rule's documentation as `costlint explain` prints it, and as the Markdown
// page in docs/rules/CODE.md (a test keeps the two equal).

#include <string>

#include <span>

#include "ir/rule_info.h"

namespace costlint {

std::string rule_text(const RuleInfo& rule);
std::string rule_markdown(const RuleInfo& rule);

/// One line per rule: code, default severity, name, summary.
std::string rule_list(std::span<const RuleInfo* const> rules);

}  // namespace costlint
