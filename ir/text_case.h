#pragma once
// ASCII case folding for names read in any case: region codes, benchmark and
// column names, rule names, the words of a paper. Bytes outside ASCII are kept.

#include <string>
#include <string_view>

namespace costlint {

/// `text` with ASCII letters in lower case.
std::string folded(std::string_view text);

/// Whether `a` and `b` are equal but for the case of ASCII letters.
bool same_folded(std::string_view a, std::string_view b);

}  // namespace costlint
