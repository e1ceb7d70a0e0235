// `costlint report --format markdown`, and the GitHub job summary.

#include <map>

#include <fmt/format.h>
#include <llvm/Support/raw_ostream.h>

#include "reporters/disclosure_document.h"
#include "ir/quantity_format.h"
#include "reporters/markup.h"
#include "reporters/paper_report.h"

namespace costlint {
namespace {

std::string shown(const std::optional<DocumentCell>& c) {
  if (!c) return "–";
  switch (c->origin) {
    case Origin::Declared: return markdown_cell(c->value);
    case Origin::Logged: return markdown_cell(c->value + " (logged)");
    case Origin::Estimated:
      return markdown_cell(c->range.empty() ? "~" + c->value + " (estimated)"
                                            : fmt::format("~{} ({}, estimated)", c->value, c->range));
  }
  return "–";
}

void system_markdown(const DocumentSystem& system, llvm::raw_ostream& out) {
  out << fmt::format("### `{}` ({}{})\n\n", system.name, system.kind,
                     system.parameters ? ", " + shown(system.parameters) + " parameters" : "");
  if (!system.phases.empty()) {
    out << "| phase | hardware |";
    for (std::string_view column : kDocumentColumns) out << " " << column << " |";
    out << "\n| --- | --- |";
    for (size_t i = 0; i < kDocumentColumns.size(); ++i) out << " --- |";
    out << "\n";
    for (const DocumentPhase& phase : system.phases) {
      out << fmt::format("| {} | {} |", phase.phase,
                         phase.hardware.empty() ? "–" : markdown_cell(phase.hardware));
      for (const auto& c : phase.cells) out << " " << shown(c) << " |";
      out << "\n";
    }
    out << "\n";
  }
  if (!system.scores.empty()) out << fmt::format("Scores: {}.\n\n", fmt::join(system.scores, "; "));
  auto list = [&](std::string_view title, const std::vector<std::string>& items) {
    if (items.empty()) return;
    out << title << ":\n\n";
    for (const std::string& item : items) out << "- " << item << "\n";
    out << "\n";
  };
  list("Against the other systems of the manifest", system.comparisons);
  list("Against the state of the art", system.frontier);
  out << system.statement << "\n\n";
}

}  // namespace

void report_paper_markdown(const CheckRun& run, llvm::raw_ostream& out) {
  out << "## Cost disclosure\n\n"
         "Each figure is declared in the manifest, logged by the run (logged), or estimated "
         "(~, with the range it may lie in).\n\n";
  for (const DisclosureDocument& doc : disclosure_documents(run)) {
    out << fmt::format("From `{}`:\n\n", doc.manifest);
    for (const DocumentSystem& system : doc.systems) system_markdown(system, out);
  }
}

void report_step_summary(const CheckRun& run, llvm::raw_ostream& out) {
  // Findings by family (the code's letter), in the order of RULES.md.
  static constexpr std::string_view kFamilies = "SCEMBXPD";
  static constexpr std::string_view kFamilyNames[] = {
      "syntax, names, units, files", "compute", "energy and carbon", "memory",
      "baselines",                   "consistency", "the Pareto frontier", "the paper"};
  std::map<char, std::array<size_t, 3>> counts;
  for (const Diagnostic& d : run.diagnostics)
    ++counts[code_name(d.code)[0]][static_cast<size_t>(d.severity)];
  out << fmt::format("## costlint: {}, {}, {} in {}\n\n", plural(run.count(Severity::Error), "error"),
                     plural(run.count(Severity::Warning), "warning"),
                     plural(run.count(Severity::Note), "note"), plural(run.manifests.size(), "manifest"));
  if (!counts.empty()) {
    out << "| family | errors | warnings | notes |\n| --- | --- | --- | --- |\n";
    for (size_t f = 0; f < kFamilies.size(); ++f)
      if (auto it = counts.find(kFamilies[f]); it != counts.end())
        out << fmt::format("| {}{}xx {} | {} | {} | {} |\n", kFamilies[f], f, kFamilyNames[f],
                           it->second[2], it->second[1], it->second[0]);
    out << "\n";
  }
  report_paper_markdown(run, out);
}

}  // namespace costlint
