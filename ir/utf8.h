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

/// Whether `c` continues a character rather than starting one (10xxxxxx).
constexpr bool is_continuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

/// The code point of the character starting at `text[0]` when it is one that
/// changes how text is shown without being seen: a bidirectional control
/// (U+202A–U+202E, U+2066–U+2069, U+200E, U+200F, U+061C) or an invisible
/// format character (U+200B–U+200D, U+2060, U+FEFF). A manifest holding one
/// can show a reviewer a line other than the one it holds.
std::optional<char32_t> invisible_at(std::string_view text);

/// `text` with each invisible character (invisible_at) written `<U+202E>`.
std::string escape_invisible(std::string_view text);

/// Appends `code_point` encoded as UTF-8.
void append(std::string& out, char32_t code_point);

/// `text` with each byte that is not valid UTF-8 written U+FFFD, as a JSON
/// writer replaces it (a Latin-1 `\xE9` of an old LaTeX source, copied into a
/// manifest's comment, would make the whole manifest unreadable).
std::string replace_invalid(std::string_view text);

}  // namespace costlint::utf8
