#pragma once
// LaTeX an author switched off: the comment package's environment and
// `\iffalse ... \fi` hold no text of the paper, as a `%` comment holds none.
// Internal to extract/ (latex_text.cpp).

#include <cstddef>
#include <string_view>

namespace costlint::extract {

/// Whether the `\iffalse` at `at` is a definition's value (`\let\ifdraft\iffalse`,
/// `\newcommand{\ifdraft}{\iffalse}`), not a block of text switched off.
bool defines_a_conditional(std::string_view source, size_t at);
/// Past the `\fi` that closes the conditional whose body starts at `from`, nested
/// conditionals counted and comments skipped; the source's end if none closes it.
size_t past_conditional(std::string_view source, size_t from);
/// Past the next `marker` at or after `from` (`\end{comment}`), or the source's end.
size_t past_marker(std::string_view source, size_t from, std::string_view marker);

}  // namespace costlint::extract
