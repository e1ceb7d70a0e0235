// SARIF 2.1.0, as GitHub code scanning reads it: tool.driver.rules with their
// documentation, one result per finding with a root-relative location, notes
// as relatedLocations, fix-its as fixes, and a partialFingerprint that survives
// edits elsewhere in the file.

#include <llvm/Support/raw_ostream.h>
#include <llvm/Support/xxhash.h>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "reporters/reporter.h"

namespace costlint {
namespace {

using Json = nlohmann::ordered_json;

std::string_view sarif_level(Severity severity) {
  return severity == Severity::Note ? "note" : severity_name(severity);
}

/// Percent-encodes what a URI reference may not hold as it is.
std::string encode_uri(std::string_view path) {
  std::string out;
  for (unsigned char c : path) {
    if (std::isalnum(c) || std::string_view("/-._~").find(static_cast<char>(c)) != std::string_view::npos)
      out += static_cast<char>(c);
    else
      out += fmt::format("%{:02X}", c);
  }
  return out;
}

Json region(const Location& at) {
  LineColumn start = at.file->locate(at.range.begin);
  LineColumn end = at.file->locate(at.range.end);
  return {{"startLine", start.line},
          {"startColumn", start.column},
          {"endLine", end.line},
          {"endColumn", end.column}};
}

Json artifact(const Location& at) {
  return {{"uri", encode_uri(at.file->uri())}, {"uriBaseId", "%SRCROOT%"}};
}

Json physical_location(const Location& at) {
  Json location = {{"artifactLocation", artifact(at)}};
  if (!at.whole_file) location["region"] = region(at);
  return location;
}

Json rule_descriptor(const RuleInfo& rule) {
  std::string help = fmt::format("{}\n\nExample:\n{}\n\nFix: {}", rule.rationale, rule.example,
                                 rule.fix);
  std::string markdown = fmt::format("{}\n\n**Example**\n\n```\n{}\n```\n\n**Fix:** {}",
                                     rule.rationale, rule.example, rule.fix);
  return {{"id", code_name(rule.code)},
          {"name", rule.name},
          {"shortDescription", {{"text", rule.summary}}},
          {"fullDescription", {{"text", rule.rationale}}},
          {"help", {{"text", help}, {"markdown", markdown}}},
          {"defaultConfiguration", {{"level", sarif_level(rule.severity)}}}};
}

/// Stable across unrelated edits: the rule, the file, the message and the text
/// of the line, not the line number.
std::string fingerprint(const Diagnostic& d) {
  std::string key = fmt::format("{}\n{}", code_name(d.code), d.message);
  if (const SourceFile* file = d.location.file) {
    std::string_view line;
    if (!d.location.whole_file) line = file->line_text(file->locate(d.location.range.begin).line);
    key += fmt::format("\n{}\n{}", file->uri(), line);
  }
  return fmt::format("{:016x}", llvm::xxHash64(key));
}

size_t rule_index(const std::vector<const RuleInfo*>& rules, RuleCode code) {
  auto it = std::find_if(rules.begin(), rules.end(),
                         [&](const RuleInfo* rule) { return rule->code == code; });
  return static_cast<size_t>(it - rules.begin());
}

Json result(const Diagnostic& d, size_t rule_index) {
  std::string text = d.message;
  Json related = Json::array();
  for (const DiagnosticNote& note : d.notes) {
    if (!note.location.file) {
      text += "\nnote: " + note.message;
      continue;
    }
    related.push_back({{"id", related.size()},
                       {"physicalLocation", physical_location(note.location)},
                       {"message", {{"text", note.message}}}});
  }
  Json out = {{"ruleId", code_name(d.code)},
              {"ruleIndex", rule_index},
              {"level", sarif_level(d.severity)},
              {"message", {{"text", text}}}};
  if (d.location.file)
    out["locations"] = Json::array({{{"physicalLocation", physical_location(d.location)}}});
  if (!related.empty()) out["relatedLocations"] = related;
  Json fixes = Json::array();
  for (const FixIt& fix : d.fixits) {
    fixes.push_back(
        {{"description", {{"text", fmt::format("replace with `{}`", fix.replacement)}}},
         {"artifactChanges",
          Json::array({{{"artifactLocation", artifact(fix.location)},
                        {"replacements", Json::array({{{"deletedRegion", region(fix.location)},
                                                       {"insertedContent",
                                                        {{"text", fix.replacement}}}}})}}})}});
  }
  if (!fixes.empty()) out["fixes"] = fixes;
  out["partialFingerprints"] = {{"costlint/v1", fingerprint(d)}};
  return out;
}

/// `text`, a `dump(2)` of JSON, as it is printed `depth` levels deep in a larger document.
std::string reindented(const std::string& text, int depth) {
  std::string indent(static_cast<size_t>(2 * depth), ' ');
  std::string out;
  out.reserve(text.size() + text.size() / 8);
  for (char c : text) {
    out += c;
    if (c == '\n') out += indent;
  }
  return out;
}

std::string dumped(const Json& json, int depth) {
  return reindented(json.dump(2, ' ', false, Json::error_handler_t::replace), depth);
}

/// The rule descriptors as the report prints them, dumped once per set of rules:
/// they are the same for every run of a process, and most of its bytes.
const std::string& rules_text(const std::vector<const RuleInfo*>& rules) {
  static std::vector<const RuleInfo*> cached_for;
  static std::string cached;
  if (cached.empty() || cached_for != rules) {
    Json descriptors = Json::array();
    for (const RuleInfo* rule : rules) descriptors.push_back(rule_descriptor(*rule));
    cached = dumped(descriptors, 5);
    cached_for = rules;
  }
  return cached;
}

}  // namespace

Json sarif_results(const CheckRun& run) {
  const std::vector<const RuleInfo*>& rules = run.rules;
  Json results = Json::array();
  for (const Diagnostic& d : run.diagnostics) results.push_back(result(d, rule_index(rules, d.code)));
  // A suppressed finding stays in the report, marked as SARIF marks it.
  for (const SuppressedFinding& s : run.suppressed) {
    Json suppressed = result(s.finding, rule_index(rules, s.finding.code));
    Json suppression = {{"kind", "inSource"}, {"status", "accepted"}};
    if (!s.reason.empty()) suppression["justification"] = s.reason;
    suppression["location"] = {{"physicalLocation", physical_location(s.comment)}};
    suppressed["suppressions"] = Json::array({suppression});
    results.push_back(suppressed);
  }
  return results;
}

void report_sarif(const CheckRun& run, const ReportOptions&, llvm::raw_ostream& out) {
  // Written as `dump(2)` would write the whole document, with the rules dumped once.
  out << "{\n"
         "  \"$schema\": \"https://json.schemastore.org/sarif-2.1.0.json\",\n"
         "  \"version\": \"2.1.0\",\n"
         "  \"runs\": [\n"
         "    {\n"
         "      \"tool\": {\n"
         "        \"driver\": {\n"
         "          \"name\": \"costlint\",\n"
         "          \"semanticVersion\": \"" COSTLINT_VERSION "\",\n"
         "          \"rules\": "
      << rules_text(run.rules)
      << "\n"
         "        }\n"
         "      },\n"
         "      \"columnKind\": \"unicodeCodePoints\",\n"
         "      \"results\": "
      << dumped(sarif_results(run), 3)
      << "\n"
         "    }\n"
         "  ]\n"
         "}\n";
}

}  // namespace costlint
