#include "lint/suppressions.h"

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
    for (auto it = findings.begin(); it != findings.end();) {
      const Location& at = it->location;
      bool here = at.file == &file && !at.whole_file && file.locate(at.range.begin).line == line;
      if (here && silences(suppression, *it)) {
        suppressed.push_back({std::move(*it), comment, suppression.reason});
        it = findings.erase(it);
        used = true;
      } else {
        ++it;
      }
    }
    std::string rules = fmt::format("`{}`", fmt::join(suppression.rules, "`, `"));
    if (known && !used)
      sink.report(RuleCode::S011, comment, fmt::format("the suppression of {} silences nothing on line {}",
                                               rules, line));
    if (suppression.reason.empty())
      sink.report(RuleCode::S010, comment,
                  fmt::format("the suppression of {} gives no reason; add `-- reason`", rules))
          .fix(Location::in(file, {suppression.range.end, suppression.range.end}), " -- ");
  }
}

}  // namespace costlint
