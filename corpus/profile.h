#pragma once
// A profile: which rules apply, at what severity, and which phases a
// disclosure must have. Profiles are data (corpus/profiles/*.profile), each
// citing the checklist it encodes; see docs/profiles.md for the format.

#include <array>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "ir/diagnostic.h"
#include "ir/disclosure.h"

namespace costlint {

struct Profile {
  std::string name;
  std::string source;  ///< the checklist or paper it encodes
  std::array<bool, kPhaseKindCount> required{};  ///< by PhaseKind
  /// Per-rule severity; nullopt turns the rule off.
  std::map<RuleCode, std::optional<Severity>> rules;
  bool others_off = false;  ///< rules not listed are off (the S0xx family never is)
  std::optional<Severity> minimum;  ///< raise every enabled rule to at least this

  bool requires_phase(PhaseKind kind) const { return required[static_cast<size_t>(kind)]; }

  /// The severity of the rule `code` under this profile, or nullopt when it is off.
  std::optional<Severity> severity_of(RuleCode code) const;
};

/// Reads a profile's text; on a malformed line, returns nothing and says why.
std::optional<Profile> parse_profile(std::string_view text, std::string* error);

/// The profile `name` from the corpus (embedded, or `data_dir`).
std::optional<Profile> load_profile(std::string_view name, const std::string& data_dir,
                                    std::string* error);

/// The names of the profiles costlint ships.
const std::vector<std::string_view>& profile_names();

}  // namespace costlint
