#pragma once
// A paper's source as the prose a reader sees: LaTeX and Markdown markup taken
// away (comments, citations, math delimiters, siunitx, table separators), each
// byte of the result remembering the source byte it came from, so that a
// statement found in the prose is located in the source.

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "extract/origin_map.h"

namespace costlint::extract {

enum class SourceKind { Latex, Markdown, Plain };

/// By extension: `.tex` is LaTeX, `.md` Markdown, anything else plain text.
SourceKind source_kind(std::string_view path);

struct PlainText {
  std::string text;
  OriginMap origin;  ///< for each byte of `text`, its offset in the source
  /// `\input{...}` and `\include{...}` targets outside comments, as written.
  std::vector<std::string> inputs;

  /// `bytes` that stand for the source's text at `from` (a symbol, a separator).
  void add(std::string_view bytes, uint32_t from);
  /// `bytes` copied from the source at `from`, each byte at its own offset, a tab as a space.
  void add_source(std::string_view bytes, uint32_t from);
};

/// Table cells are separated by a tab and rows end in a newline, whatever the
/// markup (`&` and `\\` in LaTeX, `|` in Markdown).
constexpr char kCellSeparator = '\t';

/// LaTeX: comments, citations, math and siunitx, tabulars as rows (extract/latex_text.cpp).
PlainText latex_to_plain(std::string_view source);
/// Markdown, HTML tables and comments in it (extract/markdown_text.cpp).
PlainText markdown_to_plain(std::string_view source);
/// reStructuredText, and text that may hold its list-tables (extract/rst_text.cpp).
PlainText rst_to_plain(std::string_view source);
/// By kind; Chinese units after a number in English (`3 天` as `3 days`, extract/cjk_units.h).
PlainText to_plain(std::string_view source, SourceKind kind);

}  // namespace costlint::extract
