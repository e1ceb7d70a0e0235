#pragma once
// What every group of grammar actions shares: the primary `action` template
// (rules without an action do nothing) and small helpers. Internal to the parser.

#include <charconv>
#include <limits>
#include <string>

#include <fmt/format.h>

#include "grammar/grammar.h"
#include "grammar/parse_state.h"
#include "ir/utf8.h"

namespace costlint::grammar {

template <typename Rule>
struct action : nothing<Rule> {};

namespace detail {

inline double parse_number(std::string_view text, SourceRange range, const ParseState& s) {
  std::string digits;
  for (char c : text)
    if (c != '_') digits += c;
  double value = 0;
  auto [end, error] = std::from_chars(digits.data(), digits.data() + digits.size(), value);
  if (error != std::errc() || end != digits.data() + digits.size())
    s.fail(range, fmt::format("number `{}` is out of range", text));
  return value;
}

inline std::unique_ptr<ast::Expr>& top(ParseState& s) { return s.exprs.back(); }

template <typename Input>
void fold_binary(const Input& in, ParseState& s) {
  // Operators chain into a tree as deep as the chain is long: bound it, as parentheses are.
  if (++s.operators_in_value > kMaxOperators) {
    std::string_view text = in.string_view();
    const char* op = in.begin() + text.find_first_not_of(" \t");
    s.fail(s.range_of(op, op + 1),
           fmt::format("a value may hold at most {} operators", kMaxOperators));
  }
  auto rhs = std::move(s.exprs.back());
  s.exprs.pop_back();
  auto lhs = std::move(s.exprs.back());
  s.exprs.pop_back();
  auto binary = std::make_unique<ast::Expr>();
  binary->kind = ast::Expr::Kind::Binary;
  binary->op = s.operators.back();
  s.operators.pop_back();
  binary->range = {lhs->range.begin, rhs->range.end};
  binary->lhs = std::move(lhs);
  binary->rhs = std::move(rhs);
  s.exprs.push_back(std::move(binary));
}

template <typename Input>
void push_unit_factor(const Input& in, ParseState& s, int sign) {
  s.unit_factors.push_back(ast::UnitFactor{
      s.unit_symbol, sign * s.unit_exponent,
      {s.unit_symbol_range.begin, s.offset_of(in.end())}});
}

template <typename Input>
ast::UnitExpr take_unit(const Input& in, ParseState& s) {
  return ast::UnitExpr{std::move(s.unit_factors), s.range_of(in.begin(), in.end())};
}

}  // namespace detail

}  // namespace costlint::grammar
