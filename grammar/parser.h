#pragma once
// Parses a cost manifest into its syntax tree. The first syntax error stops the
// parse: it is returned with its range and what was expected, never thrown.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "grammar/ast.h"

namespace costlint {

struct SyntaxNote {
  SourceRange range;
  std::string message;
};

struct SyntaxError {
  SourceRange range;
  std::string message;
  std::vector<SyntaxNote> notes;
};

struct ParseResult {
  ast::Manifest manifest;
  std::optional<SyntaxError> error;
};

/// Parentheses may nest this deep; deeper input is a located error, not a stack overflow.
inline constexpr size_t kMaxNesting = 64;
/// A value may hold this many operators (`1 + 1 + ...`): its tree is as deep.
inline constexpr size_t kMaxOperators = 256;

/// Parses `text`, the whole content of one manifest. Offsets in the result are
/// byte offsets into `text`.
ParseResult parse_manifest(std::string_view text);

}  // namespace costlint
