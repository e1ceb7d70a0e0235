#include "lint/suppressions.h"

#include <fmt/format.h>

#include "grammar/edit_distance.h"
#include "lint/rule.h"

namespace costlint {
namespace {

std::vector<std::string_view> rule_codes() {
  std::vector<std::string_view> codes;
  for (const Rule* rule : all_rules()) codes.push_back(rule->info.code);
  return codes;
}

bool silences(const ast::Suppression& suppression, const Diagnostic& finding) {
  const Rule* rule = find_rule(finding.code);
  for (const std::string& name : suppression.rules)
    if (name == finding.code || (rule && name == rule->info.name)) return true;
  return false;
}

}  // namespace

void apply_suppressions(const Disclosure& disclosure, std::vector<Diagnostic>& findings,
                        std::vector<SuppressedFinding>& suppressed, DiagnosticSink& sink) {
  const SourceFile& file = *disclosure.file;
  for (const ast::Suppression& suppression : disclosure.suppressions) {
    Location comment = Location::in(file, suppression.range);
    if (suppression.rules.empty()) {
      sink.report("S011", comment,
                  "this comment is not a suppression; write `# costlint: ignore RULE -- reason`");
      continue;
    }
    bool known = true;
    for (const std::string& name : suppression.rules) {
      if (find_rule(name)) continue;
      known = false;
      std::string message = fmt::format("unknown rule `{}` in a suppression", name);
      if (auto suggestion = closest_match(name, rule_codes()))
        message += fmt::format("; did you mean `{}`?", *suggestion);
      sink.report("S002", comment, message);
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
      sink.report("S011", comment, fmt::format("the suppression of {} silences nothing on line {}",
                                               rules, line));
    if (suppression.reason.empty())
      sink.report("S010", comment,
                  fmt::format("the suppression of {} gives no reason; add `-- reason`", rules))
          .fix(Location::in(file, {suppression.range.end, suppression.range.end}), " -- ");
  }
}

}  // namespace costlint
