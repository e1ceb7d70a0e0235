#pragma once
// The sentence a statement was found in, as `extract` shows it beside the
// statement.

#include <cstddef>
#include <string>
#include <string_view>

namespace costlint::extract {

/// The sentence of the plain text `text` around [begin, end): from the last
/// full stop, blank line or table cell before it to the next after it, at most
/// a few hundred bytes, whitespace folded; where `begin` is in it, into `at` if given.
std::string sentence_around(std::string_view text, size_t begin, size_t end, size_t* at = nullptr);

}  // namespace costlint::extract
