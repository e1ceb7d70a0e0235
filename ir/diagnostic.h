#pragma once
// A finding: a rule's code, a severity, a lowercase message without a final
// period, the narrowest source range that explains it, notes that point
// elsewhere, and fix-its that a tool can apply. Diagnostics are values; they
// are collected in a DiagnosticSink and rendered by reporters/.

#include <string>
#include <string_view>
#include <vector>

#include "ir/rule_code.h"
#include "ir/severity.h"
#include "ir/source_range.h"

namespace costlint {

class SourceFile;

struct Location {
  const SourceFile* file = nullptr;  ///< null: the note points nowhere
  SourceRange range;
  bool whole_file = false;  ///< about the file itself, no position in it

  static Location in(const SourceFile& file, SourceRange range) { return {&file, range, false}; }
  static Location of_file(const SourceFile& file) { return {&file, {}, true}; }
};

struct DiagnosticNote {
  std::string message;
  Location location;
};

/// Replace the text at `location` (insert where its range is empty).
struct FixIt {
  Location location;
  std::string replacement;
};

struct Diagnostic {
  RuleCode code = RuleCode::S001;
  Severity severity = Severity::Error;
  std::string message;
  Location location;
  std::vector<DiagnosticNote> notes;
  std::vector<FixIt> fixits;

  Diagnostic& note(std::string text, Location at = {}) {
    notes.push_back({std::move(text), at});
    return *this;
  }
  Diagnostic& fix(Location at, std::string replacement) {
    return fix(FixIt{at, std::move(replacement)});
  }
  Diagnostic& fix(FixIt fixit) {
    fixits.push_back(std::move(fixit));
    return *this;
  }
};

/// Where checks report findings. The severity starts at the rule's default.
class DiagnosticSink {
 public:
  Diagnostic& report(RuleCode code, Location location, std::string message);
  const std::vector<Diagnostic>& diagnostics() const { return diagnostics_; }
  std::vector<Diagnostic> take() { return std::move(diagnostics_); }
  bool has_errors() const;

 private:
  std::vector<Diagnostic> diagnostics_;
};

}  // namespace costlint
