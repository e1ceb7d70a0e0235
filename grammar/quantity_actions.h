#pragma once
// Actions for numbers, units, arithmetic and values: they build
// expression trees on ParseState::exprs. Internal to the parser.

#include "grammar/action_base.h"

namespace costlint::grammar {

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
    std::string digits;
    for (char c : in.string_view())
      if (c >= '0' && c <= '9') digits += c;
    auto [end, error] = std::from_chars(digits.data(), digits.data() + digits.size(), s.value.pool.count);
    if (error != std::errc())
      s.fail(range, fmt::format("device count `{}` is out of range", in.string_view()));
    s.value.pool.count_range = range;
    s.value.pool.approximate = in.string_view().starts_with("~");
  }
};

template <>
struct action<pool_uncounted> {
  template <typename Input>
  static void apply(const Input&, ParseState& s) {
    s.value = ast::Value{};
    s.value.pool.counted = false;
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

}  // namespace costlint::grammar
