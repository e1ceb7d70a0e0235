// `costlint check --format json`: every finding (suppressed ones marked), and
// for each manifest its systems' figures and placements, as data for scripts
// and dashboards. docs/schemas/check.schema.json describes it; a test validates
// real output against it.

#include <llvm/Support/raw_ostream.h>

#include "ir/source_file.h"
#include "reporters/json_values.h"
#include "reporters/json_writer.h"
#include "reporters/reporter.h"

namespace costlint {
namespace {

using json::Json;

/// {path, uri, line?, column?, endLine?, endColumn?}, or null when it points nowhere.
Json location_json(const Location& at) {
  if (!at.file) return nullptr;
  Json j;
  j["path"] = at.file->path();
  j["uri"] = at.file->uri();
  if (!at.whole_file) {
    LineColumn begin = at.file->locate(at.range.begin), end = at.file->locate(at.range.end);
    j["line"] = begin.line;
    j["column"] = begin.column;
    j["endLine"] = end.line;
    j["endColumn"] = end.column;
  }
  return j;
}

Json finding_json(const Diagnostic& d, const SuppressedFinding* suppressed) {
  Json j;
  j["code"] = code_name(d.code);
  j["name"] = rule_name(d.code);
  j["severity"] = severity_name(d.severity);
  j["message"] = d.message;
  j["location"] = location_json(d.location);
  Json notes = Json::array();
  for (const DiagnosticNote& note : d.notes)
    notes.push_back({{"message", note.message}, {"location", location_json(note.location)}});
  j["notes"] = std::move(notes);
  Json fixits = Json::array();
  for (const FixIt& fix : d.fixits)
    fixits.push_back({{"location", location_json(fix.location)}, {"replacement", fix.replacement}});
  j["fixits"] = std::move(fixits);
  if (suppressed)
    j["suppression"] = {{"reason", suppressed->reason},
                        {"location", location_json(suppressed->comment)}};
  else
    j["suppression"] = nullptr;
  return j;
}

Json manifest_json(const CheckedManifest& manifest) {
  Json j;
  j["path"] = manifest.file->path();
  j["uri"] = manifest.file->uri();
  j["read"] = manifest.disclosure.has_value();
  Json systems = Json::array();
  if (manifest.disclosure)
    for (const SystemTable& table : disclosure_table(*manifest.disclosure)) {
      Json system = json::system_json(table);
      Json placements = Json::array();
      if (manifest.placements)
        for (const SystemPlacement& p : manifest.placements->systems)
          if (manifest.disclosure->systems[p.system].name == table.name)
            placements.push_back(json::placement_json(manifest, p));
      system["placements"] = std::move(placements);
      systems.push_back(std::move(system));
    }
  j["systems"] = std::move(systems);
  return j;
}

}  // namespace

void report_json(const CheckRun& run, const ReportOptions&, llvm::raw_ostream& out) {
  Json root;
  root["tool"] = {{"name", "costlint"}, {"version", COSTLINT_VERSION}};
  Json manifests = Json::array();
  for (const CheckedManifest& manifest : run.manifests) manifests.push_back(manifest_json(manifest));
  root["manifests"] = std::move(manifests);
  Json findings = Json::array();
  for (const Diagnostic& d : run.diagnostics) findings.push_back(finding_json(d, nullptr));
  for (const SuppressedFinding& s : run.suppressed) findings.push_back(finding_json(s.finding, &s));
  root["findings"] = std::move(findings);
  root["summary"] = {{"errors", run.count(Severity::Error)},
                     {"warnings", run.count(Severity::Warning)},
                     {"notes", run.count(Severity::Note)},
                     {"suppressed", run.suppressed.size()},
                     {"exit_status", run.exit_status()}};
  json::round_numbers(root);
  out << json::write_json(root) << "\n";
}

}  // namespace costlint
