#pragma once
// LaTeX's brace groups, matched once a source, so that finding a command's
// argument costs a lookup. Internal to extract/ (latex_text.cpp).

#include <cstdint>
#include <string_view>
#include <utility>
#include <vector>

namespace costlint::extract {

/// Each `{` of `text` that closes, with the offset past its `}`, in order of position.
std::vector<std::pair<uint32_t, uint32_t>> matching_braces(std::string_view text);

}  // namespace costlint::extract
