#pragma once
// ASCII case folding for names read in any case: region codes, benchmark and
// column names, rule names, the words of a paper. Bytes outside ASCII are kept.

#include <string>
#include <string_view>

namespace costlint {

/// ASCII classes and case, as <cctype>'s in the "C" locale, inline: the
/// extractor asks them at every byte of a paper.
constexpr bool ascii_digit(char c) { return c >= '0' && c <= '9'; }
constexpr bool ascii_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
constexpr bool ascii_alnum(char c) { return ascii_digit(c) || ascii_letter(c); }
constexpr char ascii_lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

/// `text` with ASCII letters in lower case.
std::string folded(std::string_view text);

/// Whether `a` and `b` are equal but for the case of ASCII letters.
bool same_folded(std::string_view a, std::string_view b);

}  // namespace costlint
