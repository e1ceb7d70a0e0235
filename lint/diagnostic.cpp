#include "lint/diagnostic.h"

#include <algorithm>

#include "lint/rule.h"

namespace costlint {

std::string_view severity_name(Severity severity) {
  switch (severity) {
    case Severity::Note: return "note";
    case Severity::Warning: return "warning";
    case Severity::Error: return "error";
  }
  return "error";
}

Diagnostic& DiagnosticSink::report(std::string_view code, Location location, std::string message) {
  const Rule* rule = find_rule(code);
  Diagnostic diagnostic;
  diagnostic.code = std::string(code);
  diagnostic.severity = rule ? rule->info.severity : Severity::Error;
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
