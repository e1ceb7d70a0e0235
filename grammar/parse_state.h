#pragma once
// What the grammar's actions build while they parse: the syntax tree so far,
// the blocks and expressions still open, and the words just seen. Internal to
// the parser.

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "grammar/ast.h"
#include "grammar/parser.h"

namespace costlint::grammar {

/// Thrown inside the parser (by actions and by the error control) and caught
/// once, in parse_manifest().
struct SyntaxFailure {
  SyntaxError error;
};

struct ParseState {
  std::string_view text;
  ast::Manifest manifest;

  std::vector<ast::Block> open_blocks;
  std::string keyword;  ///< the last block keyword seen
  SourceRange keyword_range;
  std::string name;  ///< the last block name seen
  SourceRange name_range;

  std::string field_name;
  SourceRange field_name_range;
  ast::Value value;
  std::string qualifier;
  SourceRange qualifier_range;

  std::vector<std::unique_ptr<ast::Expr>> exprs;
  std::vector<char> operators;
  std::vector<uint32_t> open_parens;
  size_t operators_in_value = 0;
  std::vector<ast::UnitFactor> unit_factors;
  std::string unit_symbol;
  SourceRange unit_symbol_range;
  int unit_exponent = 1;

  std::string string_buffer;
  uint32_t string_open = 0;

  std::vector<std::string> suppressed_rules;
  std::string suppression_reason;

  uint32_t offset_of(const char* p) const { return static_cast<uint32_t>(p - text.data()); }
  SourceRange range_of(const char* begin, const char* end) const {
    return {offset_of(begin), offset_of(end)};
  }
  [[noreturn]] void fail(SourceRange range, std::string message) const {
    throw SyntaxFailure{SyntaxError{range, std::move(message), {}}};
  }
};

}  // namespace costlint::grammar
