// `costlint report --format latex`: a whole document that pdflatex compiles
// (booktabs for the tables, siunitx for the numbers); the part between the
// `costlint: begin` and `costlint: end` comments goes into the paper, whose
// preamble needs \usepackage{booktabs,siunitx}.

#include <cctype>
#include <cstdlib>

#include <fmt/format.h>
#include <llvm/Support/raw_ostream.h>

#include "reporters/disclosure_document.h"
#include "reporters/markup.h"
#include "reporters/paper_report.h"

namespace costlint {
namespace {

/// "3.75 d" as `\num{3.75}~d`: the number through siunitx, the unit as text.
std::string quantity(std::string_view text) {
  size_t space = text.find(' ');
  std::string number(text.substr(0, space));
  char* end = nullptr;
  std::strtod(number.c_str(), &end);
  if (number.empty() || *end != '\0') return latex_escape(text);
  std::string out = fmt::format("\\num{{{}}}", number);
  if (space != std::string_view::npos) {
    out += '~';  // a space that does not break
    out += latex_escape(text.substr(space + 1));
  }
  return out;
}

/// A range "25.1 kWh – 57 kWh" as two quantities.
std::string range(std::string_view text) {
  size_t dash = text.find(" – ");
  if (dash == std::string_view::npos) return latex_escape(text);
  return quantity(text.substr(0, dash)) + "--" + quantity(text.substr(dash + 5));
}

std::string shown(const std::optional<DocumentCell>& c) {
  if (!c) return "--";
  switch (c->origin) {
    case Origin::Declared: return quantity(c->value);
    case Origin::Logged: return quantity(c->value) + "\\textsuperscript{l}";
    case Origin::Estimated:
      if (c->range.empty()) return "$\\approx$" + quantity(c->value);
      // The range under the value, so that the column stays narrow.
      return "\\begin{tabular}[t]{@{}l@{}}$\\approx$" + quantity(c->value) + "\\\\ (" +
             range(c->range) + ")\\end{tabular}";
  }
  return "--";
}

/// `name` in the typewriter face, for a system or benchmark name.
std::string code(std::string_view name) { return "\\texttt{" + latex_escape(name) + "}"; }

/// A sentence with `backquoted` names set in the typewriter face.
std::string prose(std::string_view text) { return with_code_spans(text, latex_escape, code); }

void system_latex(const DocumentSystem& system, llvm::raw_ostream& out) {
  out << "\\begin{table}[htbp]\n\\centering\\scriptsize\\setlength{\\tabcolsep}{3pt}\n";
  out << fmt::format("\\caption{{Cost of {} ({}{}). Figures are declared, logged by the run "
                     "(\\textsuperscript{{l}}) or estimated ($\\approx$, with their range).}}\n",
                     code(system.name), system.kind,
                     system.parameters ? ", " + shown(system.parameters) + " parameters" : "");
  out << "\\begin{tabular}{lllllll}\n\\toprule\nPhase & Hardware";
  for (std::string_view column : kDocumentColumns)
    out << " & " << static_cast<char>(std::toupper(column[0])) << column.substr(1);
  out << " \\\\\n\\midrule\n";
  for (const DocumentPhase& phase : system.phases) {
    out << phase.phase << " & " << (phase.hardware.empty() ? "--" : latex_escape(phase.hardware));
    for (const auto& c : phase.cells) out << " & " << shown(c);
    out << " \\\\\n";
  }
  out << "\\bottomrule\n\\end{tabular}\n\\end{table}\n\n";
  if (!system.scores.empty()) {
    out << "Scores:";
    for (size_t i = 0; i < system.scores.size(); ++i)
      out << (i ? "; " : " ") << prose(system.scores[i]);
    out << ".\n\n";
  }
  for (const std::string& comparison : system.comparisons) out << prose(comparison) << ".\n\n";
  for (const std::string& placement : system.frontier) out << prose(placement) << ".\n\n";
  out << prose(system.statement) << "\n\n";
}

}  // namespace

void report_paper_latex(const CheckRun& run, llvm::raw_ostream& out) {
  out << "\\documentclass{article}\n\\usepackage[utf8]{inputenc}\n\\usepackage[T1]{fontenc}\n"
         "\\usepackage[margin=2cm]{geometry}\n\\usepackage{booktabs}\n\\usepackage{siunitx}\n"
         "\\begin{document}\n"
         "% costlint: begin (what goes into the paper; it needs booktabs and siunitx)\n";
  for (const DisclosureDocument& doc : disclosure_documents(run))
    for (const DocumentSystem& system : doc.systems) system_latex(system, out);
  out << "% costlint: end\n\\end{document}\n";
}

}  // namespace costlint
