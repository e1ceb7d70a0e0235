#pragma once
// The grammar's actions: each builds a piece of the syntax tree in ParseState
// when its rule has matched. Internal to the parser.

#include <charconv>
#include <limits>
#include <string>

#include <fmt/format.h>

#include "grammar/grammar.h"
#include "grammar/parse_state.h"
#include "grammar/utf8.h"

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

// ---- comments ----

template <>
struct action<comment_hash> {
  template <typename Input>
  static void apply(const Input&, ParseState& s) {
    s.suppressed_rules.clear();
    s.suppression_reason.clear();
  }
};

template <>
struct action<suppressed_rule> {
  template <typename Input>
  static void apply(const Input& in, ParseState& s) {
    s.suppressed_rules.push_back(in.string());
  }
};

template <>
struct action<suppression_reason> {
  template <typename Input>
  static void apply(const Input& in, ParseState& s) {
    std::string_view reason = in.string_view();
    while (!reason.empty() && (reason.back() == ' ' || reason.back() == '\t' || reason.back() == '\r'))
      reason.remove_suffix(1);
    s.suppression_reason = std::string(reason);
  }
};

/// True when only blanks stand between the start of the line and `p`.
inline bool alone_on_line(const ParseState& s, const char* p) {
  while (p > s.text.data() && (p[-1] == ' ' || p[-1] == '\t')) --p;
  return p == s.text.data() || p[-1] == '\n';
}

template <>
struct action<suppression> {
  template <typename Input>
  static void apply(const Input& in, ParseState& s) {
    s.manifest.suppressions.push_back(ast::Suppression{
        std::move(s.suppressed_rules), std::move(s.suppression_reason),
        s.range_of(in.begin(), in.end()), alone_on_line(s, in.begin())});
  }
};

/// A comment that starts like a suppression but is not one is kept with no
/// rules, so that the checker can say why it silences nothing.
template <>
struct action<plain_comment> {
  template <typename Input>
  static void apply(const Input& in, ParseState& s) {
    std::string_view text = in.string_view().substr(1);
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
    if (text.starts_with("costlint:"))
      s.manifest.suppressions.push_back(
          ast::Suppression{{}, {}, s.range_of(in.begin(), in.end()), alone_on_line(s, in.begin())});
  }
};

// ---- strings ----

template <>
struct action<string_open> {
  template <typename Input>
  static void apply(const Input& in, ParseState& s) {
    s.string_buffer.clear();
    s.string_open = s.offset_of(in.begin());
  }
};

template <>
struct action<string_run> {
  template <typename Input>
  static void apply(const Input& in, ParseState& s) {
    s.string_buffer.append(in.begin(), in.end());
  }
};

template <>
struct action<escape_simple> {
  template <typename Input>
  static void apply(const Input& in, ParseState& s) {
    char c = *in.begin();
    s.string_buffer += c == 'n' ? '\n' : c == 't' ? '\t' : c;
  }
};

template <>
struct action<unicode_digits> {
  template <typename Input>
  static void apply(const Input& in, ParseState& s) {
    uint32_t code_point = 0;
    std::from_chars(in.begin(), in.end(), code_point, 16);
    if (code_point == 0 || code_point > 0x10FFFF || (code_point >= 0xD800 && code_point <= 0xDFFF))
      s.fail(s.range_of(in.begin(), in.end()),
             fmt::format("`\\u{{{}}}` is not a valid character", in.string_view()));
    utf8::append(s.string_buffer, static_cast<char32_t>(code_point));
  }
};

// ---- quantities and arithmetic ----

template <>
struct action<quantity_number> {
  template <typename Input>
  static void apply(const Input& in, ParseState& s) {
    auto expr = std::make_unique<ast::Expr>();
    expr->range = s.range_of(in.begin(), in.end());
    expr->number = detail::parse_number(in.string_view(), expr->range, s);
    s.exprs.push_back(std::move(expr));
  }
};

template <>
struct action<uncertainty_number> {
  template <typename Input>
  static void apply(const Input& in, ParseState& s) {
    detail::top(s)->uncertainty =
        detail::parse_number(in.string_view(), s.range_of(in.begin(), in.end()), s);
  }
};

template <>
struct action<unit_name> {
  template <typename Input>
  static void apply(const Input& in, ParseState& s) {
    s.unit_symbol = in.string();
    s.unit_symbol_range = s.range_of(in.begin(), in.end());
    s.unit_exponent = 1;
  }
};

template <>
struct action<unit_exponent> {
  template <typename Input>
  static void apply(const Input& in, ParseState& s) {
    int exponent = 0;
    auto [end, error] = std::from_chars(in.begin(), in.end(), exponent);
    if (error != std::errc() || exponent < -9 || exponent > 9)
      s.fail(s.range_of(in.begin(), in.end()),
             fmt::format("unit exponent `{}` is out of range (-9 to 9)", in.string_view()));
    s.unit_exponent = exponent;
  }
};

template <>
struct action<unit_first> {
  template <typename Input>
  static void apply(const Input& in, ParseState& s) {
    s.unit_factors.clear();
    detail::push_unit_factor(in, s, 1);
  }
};

template <>
struct action<unit_next> {
  template <typename Input>
  static void apply(const Input& in, ParseState& s) {
    std::string_view text = in.string_view();
    bool divides = text[text.find_first_not_of(" \t")] == '/';
    detail::push_unit_factor(in, s, divides ? -1 : 1);
  }
};

template <>
struct action<main_unit> {
  template <typename Input>
  static void apply(const Input& in, ParseState& s) {
    detail::top(s)->unit = detail::take_unit(in, s);
  }
};

template <>
struct action<uncertainty_unit> {
  template <typename Input>
  static void apply(const Input& in, ParseState& s) {
    detail::top(s)->uncertainty_unit = detail::take_unit(in, s);
  }
};

template <>
struct action<quantity> {
  template <typename Input>
  static void apply(const Input& in, ParseState& s) {
    detail::top(s)->range = s.range_of(in.begin(), in.end());
  }
};

template <>
struct action<paren_open> {
  template <typename Input>
  static void apply(const Input& in, ParseState& s) {
    s.open_parens.push_back(s.offset_of(in.begin()));
    if (s.open_parens.size() > kMaxNesting)
      s.fail(s.range_of(in.begin(), in.end()),
             fmt::format("parentheses nest deeper than {} levels", kMaxNesting));
  }
};

template <>
struct action<paren> {
  template <typename Input>
  static void apply(const Input& in, ParseState& s) {
    s.open_parens.pop_back();
    detail::top(s)->range = s.range_of(in.begin(), in.end());
  }
};

template <>
struct action<estimated_atom> {
  template <typename Input>
  static void apply(const Input& in, ParseState& s) {
    detail::top(s)->estimated = true;
    detail::top(s)->range = s.range_of(in.begin(), in.end());
  }
};

template <>
struct action<mul_op> {
  template <typename Input>
  static void apply(const Input& in, ParseState& s) {
    s.operators.push_back(*in.begin() == '/' ? '/' : '*');  // `×` is a product too
  }
};

template <>
struct action<add_op> {
  template <typename Input>
  static void apply(const Input& in, ParseState& s) {
    s.operators.push_back(*in.begin());
  }
};

template <>
struct action<mul_tail> {
  template <typename Input>
  static void apply(const Input& in, ParseState& s) {
    detail::fold_binary(in, s);
  }
};

template <>
struct action<add_tail> : action<mul_tail> {};

// ---- values ----

template <>
struct action<string_value> {
  template <typename Input>
  static void apply(const Input& in, ParseState& s) {
    s.value = ast::Value{ast::Value::Kind::String, s.range_of(in.begin(), in.end()),
                         std::move(s.string_buffer), nullptr, {}};
  }
};

template <>
struct action<evidence_path> : action<string_value> {};

template <>
struct action<identifier_value> {
  template <typename Input>
  static void apply(const Input& in, ParseState& s) {
    s.value = ast::Value{ast::Value::Kind::Identifier, s.range_of(in.begin(), in.end()),
                         in.string(), nullptr, {}};
  }
};

template <>
struct action<expr_value> {
  template <typename Input>
  static void apply(const Input& in, ParseState& s) {
    s.value = ast::Value{ast::Value::Kind::Expression, s.range_of(in.begin(), in.end()), {},
                         std::move(s.exprs.back()), {}};
    s.exprs.clear();
    s.operators_in_value = 0;
  }
};

template <>
struct action<pool_count> {
  template <typename Input>
  static void apply(const Input& in, ParseState& s) {
    s.value = ast::Value{};
    SourceRange range = s.range_of(in.begin(), in.end());
    auto [end, error] = std::from_chars(in.begin(), in.end(), s.value.pool.count);
    if (error != std::errc())
      s.fail(range, fmt::format("device count `{}` is out of range", in.string_view()));
    s.value.pool.count_range = range;
  }
};

template <>
struct action<pool_model> {
  template <typename Input>
  static void apply(const Input& in, ParseState& s) {
    s.value.pool.model = std::move(s.string_buffer);
    s.value.pool.model_range = s.range_of(in.begin(), in.end());
  }
};

template <>
struct action<pool_spec> {
  template <typename Input>
  static void apply(const Input& in, ParseState& s) {
    s.value.kind = ast::Value::Kind::Pool;
    s.value.range = s.range_of(in.begin(), in.end());
  }
};

// ---- statements ----

template <>
struct action<field_name> {
  template <typename Input>
  static void apply(const Input& in, ParseState& s) {
    s.field_name = in.string();
    s.field_name_range = s.range_of(in.begin(), in.end());
  }
};

template <>
struct action<score_benchmark> : action<field_name> {};
template <>
struct action<evidence_format> : action<field_name> {};

template <>
struct action<field> {
  template <typename Input>
  static void apply(const Input&, ParseState& s) {
    s.open_blocks.back().fields.push_back(
        ast::Field{std::move(s.field_name), s.field_name_range, std::move(s.value)});
  }
};

template <>
struct action<score_line> {
  template <typename Input>
  static void apply(const Input& in, ParseState& s) {
    s.open_blocks.back().scores.push_back(
        ast::Score{std::move(s.field_name), s.field_name_range,
                   s.range_of(in.begin(), in.begin() + 5), std::move(s.value)});
  }
};

template <>
struct action<evidence_line> {
  template <typename Input>
  static void apply(const Input& in, ParseState& s) {
    s.open_blocks.back().evidence.push_back(
        ast::Evidence{std::move(s.field_name), s.field_name_range, std::move(s.value.text),
                      s.value.range, s.range_of(in.begin(), in.begin() + 8)});
  }
};

// ---- blocks ----

struct keyword_action {
  template <typename Input>
  static void apply(const Input& in, ParseState& s) {
    s.keyword = in.string();
    s.keyword_range = s.range_of(in.begin(), in.end());
    s.name.clear();
    s.name_range = {};
  }
};

template <>
struct action<phase_keyword> : keyword_action {};
template <>
struct action<system_keyword> : keyword_action {};
template <>
struct action<paper_keyword> : keyword_action {};
template <>
struct action<named_keyword> : keyword_action {};
template <>
struct action<hardware_keyword> : keyword_action {};

template <>
struct action<block_name> {
  template <typename Input>
  static void apply(const Input& in, ParseState& s) {
    s.name = in.string();
    s.name_range = s.range_of(in.begin(), in.end());
  }
};

template <>
struct action<hardware_name> : action<block_name> {};

template <>
struct action<block_open> {
  template <typename Input>
  static void apply(const Input&, ParseState& s) {
    ast::Block block;
    block.keyword = s.keyword;
    block.keyword_range = s.keyword_range;
    block.name = s.name;
    block.name_range = s.name_range;
    block.range.begin = s.keyword_range.begin;
    s.open_blocks.push_back(std::move(block));
  }
};

template <>
struct action<block_close> {
  template <typename Input>
  static void apply(const Input& in, ParseState& s) {
    ast::Block block = std::move(s.open_blocks.back());
    s.open_blocks.pop_back();
    block.range.end = s.offset_of(in.end());
    if (s.open_blocks.empty())
      s.manifest.blocks.push_back(std::move(block));
    else
      s.open_blocks.back().phases.push_back(std::move(block));
  }
};

template <>
struct action<hardware_decl> {
  template <typename Input>
  static void apply(const Input&, ParseState& s) {
    s.manifest.hardware.push_back(
        ast::HardwareDecl{s.name, s.name_range, s.keyword_range, std::move(s.value)});
  }
};

template <>
struct action<version> {
  template <typename Input>
  static void apply(const Input& in, ParseState& s) {
    SourceRange range = s.range_of(in.begin(), in.end());
    s.manifest.header = ast::Header{in.string(), {}, range};
  }
};

template <>
struct action<header> {
  template <typename Input>
  static void apply(const Input& in, ParseState& s) {
    s.manifest.header->range = s.range_of(in.begin(), in.end());
  }
};

}  // namespace costlint::grammar
