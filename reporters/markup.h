#pragma once
// Text made safe for the markup a report is written in.

#include <string>
#include <string_view>

namespace costlint {

/// `&`, `<`, `>` and `"` as entities.
std::string html_escape(std::string_view text);

/// LaTeX's special characters as commands, and the non-ASCII characters
/// costlint writes (×, ·, µ, ±, –, ≤ ...) as the commands pdflatex knows.
std::string latex_escape(std::string_view text);

/// `text` with each `backquoted` span (a name) passed through `code` and the rest
/// through `plain`: a sentence of costlint's, set in a markup.
std::string with_code_spans(std::string_view text, std::string (*plain)(std::string_view),
                            std::string (*code)(std::string_view));

/// A Markdown table cell: `|` escaped and line breaks as spaces.
std::string markdown_cell(std::string_view text);

}  // namespace costlint
