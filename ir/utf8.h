#pragma once
// The few UTF-8 facts the front end needs, on top of utf8proc.

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace costlint::utf8 {

/// The offset of the first byte that is not valid UTF-8, if any.
std::optional<size_t> find_invalid(std::string_view text);

/// The number of code points in valid UTF-8 `text`.
size_t count_chars(std::string_view text);

/// The number of terminal columns `text` takes (wide CJK characters take two).
size_t display_width(std::string_view text);

/// The length in bytes of the character starting at `text[0]` (1 for bad bytes).
size_t char_length(std::string_view text);

/// Appends `code_point` encoded as UTF-8.
void append(std::string& out, char32_t code_point);

}  // namespace costlint::utf8
