#pragma once
// How serious a finding is; a profile may change a rule's default.

#include <string_view>

namespace costlint {

enum class Severity { Note, Warning, Error };

std::string_view severity_name(Severity severity);

}  // namespace costlint
