#include "ir/diagnostic.h"

#include <algorithm>


namespace costlint {

std::string_view severity_name(Severity severity) {
  switch (severity) {
    case Severity::Note: return "note";
    case Severity::Warning: return "warning";
    case Severity::Error: return "error";
  }
  return "error";
}

Diagnostic& DiagnosticSink::report(RuleCode code, Location location, std::string message) {
  Diagnostic diagnostic;
  diagnostic.code = code;
  diagnostic.severity = default_severity(code);
  diagnostic.message = std::move(message);
  diagnostic.location = location;
  diagnostics_.push_back(std::move(diagnostic));
  return diagnostics_.back();
}

bool DiagnosticSink::has_errors() const {
  return std::any_of(diagnostics_.begin(), diagnostics_.end(),
                     [](const Diagnostic& d) { return d.severity == Severity::Error; });
}

}  // namespace costlint
