// GitHub Actions workflow commands, one annotation per finding, as the runner
// reads them from a step's output:
//
//   ::warning file=paper.cost,line=7,col=3,endLine=7,endColumn=9,title=C101::the `train` ...
//
// Most severe first, since the runner shows only 10 errors and 10 warnings (and
// 10 notices) per step; a last line says how many it will not show. Notes and
// fix-its follow the message on lines of their own, as the runner allows.

#include <algorithm>
#include <filesystem>

#include <llvm/Support/raw_ostream.h>

#include <fmt/format.h>

#include "ir/source_file.h"
#include "ir/quantity_format.h"
#include "reporters/reporter.h"

namespace costlint {
namespace {

/// What the runner shows of each kind in one step.
constexpr size_t kShownPerSeverity = 10;

std::string_view command(Severity severity) {
  switch (severity) {
    case Severity::Error: return "error";
    case Severity::Warning: return "warning";
    case Severity::Note: return "notice";
  }
  return "notice";
}

/// A command's message: `%`, carriage returns and line feeds escaped.
std::string escape_data(std::string_view text) {
  std::string out;
  for (char c : text) {
    if (c == '%') out += "%25";
    else if (c == '\r') out += "%0D";
    else if (c == '\n') out += "%0A";
    else out += c;
  }
  return out;
}

/// A property's value: the message's escapes, and `:` and `,`, which end a property.
std::string escape_property(std::string_view text) {
  std::string out;
  for (char c : escape_data(text)) {
    if (c == ':') out += "%3A";
    else if (c == ',') out += "%2C";
    else out += c;
  }
  return out;
}

/// The file as the runner finds it: relative to the workspace when inside it.
std::string workspace_path(const SourceFile& file, const std::string& workspace) {
  if (workspace.empty()) return file.path();
  std::error_code error;
  auto absolute = std::filesystem::weakly_canonical(file.path(), error);
  auto root = std::filesystem::weakly_canonical(workspace, error);
  auto relative = absolute.lexically_relative(root);
  if (error || relative.empty() || *relative.begin() == "..") return file.path();
  return relative.generic_string();
}

std::string where(const Location& at, const std::string& workspace) {
  std::string out = "file=" + escape_property(workspace_path(*at.file, workspace));
  if (at.whole_file) return out;
  LineColumn begin = at.file->locate(at.range.begin), end = at.file->locate(at.range.end);
  out += fmt::format(",line={},col={}", begin.line, begin.column);
  if (end.line != begin.line || end.column != begin.column)
    out += fmt::format(",endLine={},endColumn={}", end.line, end.column);
  return out;
}

/// The finding's message, then each note ("path:line: note: ...") and fix-it.
std::string text_of(const Diagnostic& d, const std::string& workspace) {
  std::string out = d.message;
  for (const DiagnosticNote& note : d.notes) {
    out += "\n";
    if (note.location.file) {
      out += workspace_path(*note.location.file, workspace);
      if (!note.location.whole_file)
        out += fmt::format(":{}", note.location.file->locate(note.location.range.begin).line);
      out += ": ";
    }
    out += "note: " + note.message;
  }
  for (const FixIt& fix : d.fixits) out += fmt::format("\nhelp: write `{}`", fix.replacement);
  return out;
}

}  // namespace

void report_github(const CheckRun& run, const ReportOptions& options, llvm::raw_ostream& out) {
  std::vector<const Diagnostic*> findings;
  for (const Diagnostic& d : run.diagnostics) findings.push_back(&d);
  std::stable_sort(findings.begin(), findings.end(), [](const Diagnostic* a, const Diagnostic* b) {
    return a->severity > b->severity;
  });
  size_t counts[3] = {0, 0, 0};
  for (const Diagnostic* d : findings) {
    ++counts[static_cast<size_t>(d->severity)];
    std::string properties =
        d->location.file ? where(d->location, options.workspace) + "," : std::string();
    out << fmt::format("::{} {}title={}::{}\n", command(d->severity), properties,
                       escape_property(code_name(d->code)),
                       escape_data(text_of(*d, options.workspace)));
  }
  std::vector<std::string> hidden;
  for (Severity severity : {Severity::Error, Severity::Warning, Severity::Note}) {
    size_t n = counts[static_cast<size_t>(severity)];
    if (n > kShownPerSeverity) hidden.push_back(plural(n - kShownPerSeverity, severity_name(severity)));
  }
  out << fmt::format("costlint: {}, {}, {} in {}", plural(counts[2], "error"),
                     plural(counts[1], "warning"), plural(counts[0], "note"),
                     plural(run.manifests.size(), "manifest"));
  if (!hidden.empty())
    out << fmt::format("; the runner shows {} of each per step, so {} are not shown as "
                       "annotations (the SARIF report has them all)",
                       kShownPerSeverity, fmt::join(hidden, ", "));
  out << "\n";
}

}  // namespace costlint
