// Clang's diagnostic layout, with columns in characters:
//
//   paper.cost:7:14: error: `energy` expects energy, found time (`s`) [S004]
//       energy   = 41.2 h
//                  ^~~~~~

#include <llvm/Support/WithColor.h>
#include <llvm/Support/raw_ostream.h>

#include <fmt/format.h>

#include "ir/utf8.h"
#include "ir/quantity_format.h"
#include "reporters/reporter.h"

namespace costlint {
namespace {

class TextReporter {
 public:
  TextReporter(const ReportOptions& options, llvm::raw_ostream& out)
      : out_(out), mode_(options.color ? llvm::ColorMode::Enable : llvm::ColorMode::Disable) {
    out_.enable_colors(options.color);
  }

  void diagnostic(const Diagnostic& d) {
    header(d.location, d.severity, d.message, code_name(d.code));
    snippet(d.location, &d.fixits);
    for (const DiagnosticNote& note : d.notes) {
      header(note.location, Severity::Note, note.message, {});
      snippet(note.location, nullptr);
    }
  }

  void summary(const CheckRun& run) {
    size_t errors = run.count(Severity::Error), warnings = run.count(Severity::Warning);
    size_t notes = run.count(Severity::Note);
    size_t files = run.manifests.size();
    std::vector<std::string> counts;
    if (errors > 0) counts.push_back(plural(errors, "error"));
    if (warnings > 0) counts.push_back(plural(warnings, "warning"));
    if (notes > 0) counts.push_back(plural(notes, "note"));
    std::string said = counts.empty() ? "no findings" : counts.back();
    if (counts.size() > 1)
      said = fmt::format("{} and {}", fmt::join(counts.begin(), counts.end() - 1, ", "), said);
    std::string suppressed = run.suppressed.empty()
                                 ? ""
                                 : fmt::format(" ({} suppressed)", run.suppressed.size());
    out_ << fmt::format("{} in {}{}\n", said, plural(files, "manifest"), suppressed);
  }

 private:
  llvm::WithColor color(llvm::raw_ostream::Colors c, bool bold = false) {
    return llvm::WithColor(out_, c, bold, false, mode_);
  }

  void header(const Location& at, Severity severity, const std::string& message,
              std::string_view code) {
    {
      auto bold = color(llvm::raw_ostream::SAVEDCOLOR, true);
      if (at.file && at.whole_file) {
        bold << at.file->path() << ": ";
      } else if (at.file) {
        LineColumn position = at.file->locate(at.range.begin);
        bold << fmt::format("{}:{}:{}: ", at.file->path(), position.line, position.column);
      }
    }
    auto severity_color = severity == Severity::Error     ? llvm::raw_ostream::RED
                          : severity == Severity::Warning ? llvm::raw_ostream::MAGENTA
                                                          : llvm::raw_ostream::BLACK;
    color(severity_color, true) << severity_name(severity) << ": ";
    color(llvm::raw_ostream::SAVEDCOLOR, true) << printable(message);
    if (!code.empty()) out_ << " [" << code << "]";
    out_ << "\n";
  }

  /// The source line, a caret under the range, and fix-it text under that.
  void snippet(const Location& at, const std::vector<FixIt>* fixits) {
    if (!at.file || at.whole_file) return;
    LineColumn start = at.file->locate(at.range.begin);
    std::string_view line = at.file->line_text(start.line);
    out_ << printable(line) << "\n";
    std::string caret = indent(line, start.column);
    LineColumn end = at.file->locate(at.range.end);
    size_t width = 1;
    if (end.line == start.line && end.column > start.column)
      width = std::max<size_t>(1, shown_width(columns(line, start.column, end.column)));
    color(llvm::raw_ostream::GREEN, true) << caret << '^' << std::string(width - 1, '~') << "\n";
    if (!fixits) return;
    for (const FixIt& fix : *fixits) {
      LineColumn fix_start = fix.location.file->locate(fix.location.range.begin);
      std::string_view text = fix.replacement;
      bool one_line = text.find('\n') == std::string_view::npos ||
                      text.find('\n') == text.size() - 1;
      if (fix.location.file == at.file && fix_start.line == start.line && one_line) {
        text = text.substr(0, text.find('\n'));
        color(llvm::raw_ostream::GREEN) << indent(line, fix_start.column) << printable(text) << "\n";
      } else {
        elsewhere(fix, fix_start);
      }
    }
  }

  /// A fix-it away from the caret's line, or of several lines, as SARIF has it:
  /// where, and each line it inserts.
  void elsewhere(const FixIt& fix, LineColumn start) {
    LineColumn end = fix.location.file->locate(fix.location.range.end);
    std::string where = fmt::format("{}:{}:{}", fix.location.file->path(), start.line, start.column);
    if (fix.location.range.end > fix.location.range.begin)
      out_ << fmt::format("fix-it: replace {} to {}:{} with\n", where, end.line, end.column);
    else
      out_ << fmt::format("fix-it: insert at {}\n", where);
    std::string_view text = fix.replacement;
    if (text.ends_with('\n')) text.remove_suffix(1);
    for (size_t from = 0; from <= text.size();) {
      size_t stop = std::min(text.find('\n', from), text.size());
      color(llvm::raw_ostream::GREEN) << "+ " << printable(text.substr(from, stop - from)) << "\n";
      from = stop + 1;
    }
  }

  /// `text` as the terminal may safely show it: control characters (a NUL, an
  /// escape) as `?`, so that a hostile manifest cannot drive the terminal, and
  /// bidirectional and invisible characters as `<U+202E>`, so that it cannot
  /// show a line other than the one it holds (as rustc and clang do).
  static std::string printable(std::string_view text) {
    std::string out(text);
    for (char& c : out)
      if ((static_cast<unsigned char>(c) < 0x20 && c != '\t') || c == 0x7F) c = '?';
    return utf8::escape_invisible(out);
  }

  /// The columns `text` takes once printable(): an escaped character its `<U+XXXX>`.
  static size_t shown_width(std::string_view text) {
    size_t width = 0;
    for (size_t i = 0; i < text.size();) {
      size_t length = utf8::char_length(text.substr(i));
      if (utf8::invisible_at(text.substr(i))) width += 8;
      else if (static_cast<unsigned char>(text[i]) < 0x20 || text[i] == 0x7F) width += 1;
      else width += utf8::display_width(text.substr(i, length));
      i += length;
    }
    return width;
  }

  /// The characters of `line` from column `from` up to column `to` (1-based).
  static std::string_view columns(std::string_view line, uint32_t from, uint32_t to) {
    size_t begin = byte_of(line, from), end = byte_of(line, to);
    return line.substr(begin, end - begin);
  }

  static size_t byte_of(std::string_view line, uint32_t column) {
    size_t byte = 0;
    for (uint32_t c = 1; c < column && byte < line.size(); ++c)
      byte += utf8::char_length(line.substr(byte));
    return byte;
  }

  /// Blank space as wide as printable(`line`) up to `column`; tabs are kept so
  /// that the caret lines up whatever the terminal's tab width.
  static std::string indent(std::string_view line, uint32_t column) {
    std::string_view before = line.substr(0, byte_of(line, column));
    std::string out;
    for (size_t i = 0; i < before.size();) {
      size_t length = utf8::char_length(before.substr(i));
      if (before[i] == '\t') out += '\t';
      else out.append(shown_width(before.substr(i, length)), ' ');
      i += length;
    }
    return out;
  }

  llvm::raw_ostream& out_;
  llvm::ColorMode mode_;
};

}  // namespace

void report_text(const CheckRun& run, const ReportOptions& options, llvm::raw_ostream& out) {
  TextReporter reporter(options, out);
  for (const Diagnostic& d : run.diagnostics) reporter.diagnostic(d);
  reporter.summary(run);
}

}  // namespace costlint
