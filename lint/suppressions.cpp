#include "lint/suppressions.h"

#include <unordered_map>

#include <fmt/format.h>

#include "ir/edit_distance.h"

namespace costlint {
namespace {

std::vector<std::string_view> rule_codes() {
  std::vector<std::string_view> codes;
  for (const RuleCodeEntry& entry : kRuleCodeTable) codes.push_back(entry.code);
  return codes;
}

bool silences(const Suppression& suppression, const Diagnostic& finding) {
  for (const std::string& name : suppression.rules)
    if (find_rule_code(name) == finding.code) return true;
  return false;
}

}  // namespace

void apply_suppressions(const Disclosure& disclosure, std::vector<Diagnostic>& findings,
                        std::vector<SuppressedFinding>& suppressed, DiagnosticSink& sink) {
  const SourceFile& file = *disclosure.file;
  // The findings on each line, found once: a hostile manifest may hold as many
  // suppressions as findings, and matching each against all is quadratic.
  std::unordered_map<uint32_t, std::vector<size_t>> on_line;
  for (size_t i = 0; i < findings.size(); ++i) {
    const Location& at = findings[i].location;
    if (at.file == &file && !at.whole_file) on_line[file.locate(at.range.begin).line].push_back(i);
  }
  std::vector<bool> silenced(findings.size(), false);
  for (const Suppression& suppression : disclosure.suppressions) {
    Location comment = Location::in(file, suppression.range);
    if (suppression.rules.empty()) {
      sink.report(RuleCode::S011, comment,
                  "this comment is not a suppression; write `# costlint: ignore RULE -- reason`");
      continue;
    }
    bool known = true;
    for (const std::string& name : suppression.rules) {
      if (find_rule_code(name)) continue;
      known = false;
      std::string message = fmt::format("unknown rule `{}` in a suppression", name);
      if (auto suggestion = closest_match(name, rule_codes()))
        message += fmt::format("; did you mean `{}`?", *suggestion);
      sink.report(RuleCode::S002, comment, message);
    }
    uint32_t line = file.locate(suppression.range.begin).line + (suppression.own_line ? 1 : 0);
    bool used = false;
    if (auto it = on_line.find(line); it != on_line.end())
      for (size_t i : it->second)
        if (!silenced[i] && silences(suppression, findings[i])) {
          silenced[i] = true;
          suppressed.push_back({std::move(findings[i]), comment, suppression.reason});
          used = true;
        }
    std::string rules = fmt::format("`{}`", fmt::join(suppression.rules, "`, `"));
    if (known && !used)
      sink.report(RuleCode::S011, comment,
                  fmt::format("the suppression of {} silences nothing on line {}", rules, line));
    if (suppression.reason.empty())
      sink.report(RuleCode::S010, comment,
                  fmt::format("the suppression of {} gives no reason; add `-- reason`", rules))
          .fix(Location::in(file, {suppression.range.end, suppression.range.end}), " -- ");
  }
  size_t kept = 0;
  for (size_t i = 0; i < findings.size(); ++i)
    if (!silenced[i]) {
      if (kept != i) findings[kept] = std::move(findings[i]);  // a self-move empties the strings
      ++kept;
    }
  findings.resize(kept);
}

}  // namespace costlint
