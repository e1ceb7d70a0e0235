#include "reporters/rule_doc.h"

#include <fmt/format.h>

namespace costlint {
namespace {

/// The example, indented four spaces.
std::string indented(std::string_view text) {
  std::string out = "    ";
  for (char c : text) {
    out += c;
    if (c == '\n') out += "    ";
  }
  return out;
}

}  // namespace

std::string rule_text(const RuleInfo& rule) {
  return fmt::format(
      "{} {} ({} by default)\n{}\n\nWhy\n  {}\n\nExample\n{}\n\nFix\n  {}\n", code_name(rule.code),
      rule.name, severity_name(rule.severity), rule.summary, rule.rationale,
      indented(rule.example), rule.fix);
}

std::string rule_markdown(const RuleInfo& rule) {
  return fmt::format(
      "# {}: {}\n\n{} (default severity: {})\n\n## Why\n\n{}\n\n## Example\n\n```\n{}\n```\n\n"
      "## Fix\n\n{}\n",
      code_name(rule.code), rule.name, rule.summary, severity_name(rule.severity), rule.rationale,
      rule.example, rule.fix);
}

std::string rule_list(std::span<const RuleInfo* const> rules) {
  std::string out;
  for (const RuleInfo* rule : rules)
    out += fmt::format("{}  {:<7}  {:<34}  {}\n", code_name(rule->code),
                       severity_name(rule->severity), rule->name, rule->summary);
  return out;
}

}  // namespace costlint
