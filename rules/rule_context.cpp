#include "rules/rule.h"

namespace costlint {

Diagnostic& RuleContext::report(Location at, std::string message) {
  Diagnostic& d = sink_.report(rule_->code, at, std::move(message));
  d.severity = severity_;
  return d;
}

}  // namespace costlint
