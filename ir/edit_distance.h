#pragma once
// "Did you mean" support: the closest candidate to a misspelt name.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace costlint {

/// Edit distance (a swap of neighbours is one edit), with a case-only difference counting half as much so
/// that `kwh` finds `kWh` before `Wh`. Returned in half-steps.
size_t edit_distance(std::string_view a, std::string_view b);

/// Names longer than this get no suggestion.
inline constexpr size_t kMaxSuggestedLength = 256;

/// The candidate closest to `name`, if it is close enough to be a plausible typo
/// (at most a third of the name's length, and at least one edit). Linear in the
/// candidates: only those of about the name's length are compared.
std::optional<std::string> closest_match(std::string_view name,
                                         const std::vector<std::string_view>& candidates);

}  // namespace costlint
