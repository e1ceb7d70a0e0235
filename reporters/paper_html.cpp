// `costlint report --format html`: one standalone page (no script, nothing
// fetched) with each system's table, comparisons and statement, and the
// frontier plots inline.

#include <fmt/format.h>
#include <llvm/Support/raw_ostream.h>

#include "reporters/disclosure_document.h"
#include "reporters/frontier_report.h"
#include "reporters/markup.h"
#include "reporters/paper_report.h"

namespace costlint {
namespace {

std::string shown(const std::optional<DocumentCell>& c) {
  if (!c) return "&ndash;";
  std::string value = html_escape(c->value);
  switch (c->origin) {
    case Origin::Declared: return value;
    case Origin::Logged: return value + " <span class=\"logged\">logged</span>";
    case Origin::Estimated:
      return "~" + value + (c->range.empty() ? "" : " (" + html_escape(c->range) + ")") +
             " <span class=\"estimated\">estimated</span>";
  }
  return value;
}

/// A sentence with `backquoted` names as <code>.
std::string code_html(std::string_view name) { return "<code>" + html_escape(name) + "</code>"; }
std::string prose(std::string_view text) { return with_code_spans(text, html_escape, code_html); }

void system_html(const DocumentSystem& system, llvm::raw_ostream& out) {
  out << fmt::format("<section class=\"system\" id=\"{0}\">\n<h2><code>{0}</code> ({1}{2})</h2>\n",
                     html_escape(system.name), system.kind,
                     system.parameters ? ", " + shown(system.parameters) + " parameters" : "");
  if (!system.phases.empty()) {
    out << "<table>\n<tr><th>phase</th><th>hardware</th>";
    for (std::string_view column : kDocumentColumns) out << "<th>" << column << "</th>";
    out << "</tr>\n";
    for (const DocumentPhase& phase : system.phases) {
      out << "<tr><td>" << phase.phase << "</td><td>"
          << (phase.hardware.empty() ? "&ndash;" : html_escape(phase.hardware)) << "</td>";
      for (const auto& c : phase.cells) out << "<td>" << shown(c) << "</td>";
      out << "</tr>\n";
    }
    out << "</table>\n";
  }
  if (!system.scores.empty()) {
    out << "<p>Scores:";
    for (size_t i = 0; i < system.scores.size(); ++i) out << (i ? "; " : " ") << prose(system.scores[i]);
    out << ".</p>\n";
  }
  auto list = [&](std::string_view title, const std::vector<std::string>& items) {
    if (items.empty()) return;
    out << "<p>" << title << ":</p>\n<ul>\n";
    for (const std::string& item : items) out << "<li>" << prose(item) << "</li>\n";
    out << "</ul>\n";
  };
  list("Against the other systems of the manifest", system.comparisons);
  list("Against the state of the art", system.frontier);
  out << "<p class=\"statement\">" << prose(system.statement) << "</p>\n</section>\n";
}

}  // namespace

void report_paper_html(const CheckRun& run, llvm::raw_ostream& out) {
  std::string svg;
  llvm::raw_string_ostream svg_out(svg);
  report_frontier_svg(run, svg_out);
  out << "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
         "<title>Cost disclosure</title>\n<style>body{font-family:sans-serif;margin:2em;"
         "max-width:70em}table{border-collapse:collapse;margin:1em 0}th,td{border-bottom:1px "
         "solid #ccc;padding:.3em .8em;text-align:left}.logged,.estimated{font-size:75%;"
         "color:#555}</style>\n</head>\n<body>\n<h1>Cost disclosure</h1>\n"
         "<p>Each figure is declared in the manifest, logged by the run, or estimated (~, with "
         "the range it may lie in).</p>\n";
  for (const DisclosureDocument& doc : disclosure_documents(run)) {
    out << "<p>From <code>" << html_escape(doc.manifest) << "</code>:</p>\n";
    for (const DocumentSystem& system : doc.systems) system_html(system, out);
  }
  out << "<h2>Pareto frontier</h2>\n" << svg_out.str() << "</body>\n</html>\n";
}

}  // namespace costlint
