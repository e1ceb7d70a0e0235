#pragma once
// Rule codes as values: the generated enum (cmake/rule_codes.cmake), with the
// few look-ups every stage needs. A diagnostic carries a RuleCode, so that an
// unknown code is a compile error, not a finding at the wrong severity.

#include <optional>
#include <string_view>

#include <fmt/format.h>

#include "ir/rule_code_table.h"

namespace costlint {

/// "C101".
std::string_view code_name(RuleCode code);
/// "training-compute-missing".
std::string_view rule_name(RuleCode code);
Severity default_severity(RuleCode code);

/// The code written `code_or_name` ("C101" or "training-compute-missing"), if any.
std::optional<RuleCode> find_rule_code(std::string_view code_or_name);

}  // namespace costlint

/// `fmt::format("{}", code)` writes "C101".
template <>
struct fmt::formatter<costlint::RuleCode> : fmt::formatter<std::string_view> {
  auto format(costlint::RuleCode code, fmt::format_context& context) const {
    return fmt::formatter<std::string_view>::format(costlint::code_name(code), context);
  }
};
