#include "grammar/quantity_evaluator.h"

#include <cmath>

#include <fmt/format.h>

#include "ir/edit_distance.h"
#include "ir/units.h"

namespace costlint {

std::optional<QuantityEvaluator::Scaled> QuantityEvaluator::evaluate_unit(
    const ast::UnitExpr& unit, bool count_field) {
  Scaled result;
  bool ok = true;
  for (const ast::UnitFactor& factor : unit.factors) {
    double suffix = count_suffix(factor.symbol);
    if (count_field && suffix > 0 && unit.factors.size() == 1 && factor.exponent == 1) {
      result.scale = suffix;
      continue;
    }
    const UnitInfo* info = find_unit(factor.symbol);
    if (!info && suffix > 0) {
      sink_.report(RuleCode::S005, at(factor.range),
                   fmt::format("count suffix `{}` is allowed only in count fields such as "
                               "`parameters` or `samples`",
                               factor.symbol));
      ok = false;
      continue;
    }
    if (!info) {
      std::string message = fmt::format("unknown unit `{}`", factor.symbol);
      std::optional<std::string> suggestion;
      if (auto usual = usual_spelling(factor.symbol)) suggestion = std::string(*usual);
      else suggestion = closest_match(factor.symbol, unit_symbols());
      if (suggestion) message += fmt::format("; did you mean `{}`?", *suggestion);
      Diagnostic& d = sink_.report(RuleCode::S005, at(factor.range), message);
      if (suggestion)
        d.fix(at({factor.range.begin,
                  static_cast<uint32_t>(factor.range.begin + factor.symbol.size())}),
              *suggestion);
      ok = false;
      continue;
    }
    result.scale *= std::pow(info->scale, factor.exponent);
    result.dimension = result.dimension * info->dimension.pow(factor.exponent);
  }
  if (!ok) return std::nullopt;
  return result;
}

std::optional<EvaluatedQuantity> QuantityEvaluator::evaluate_quantity(const ast::Expr& expr,
                                                                      bool count_field) {
  // A unit written once, after the uncertainty, applies to both numbers.
  const std::optional<ast::UnitExpr>& value_unit = expr.unit ? expr.unit : expr.uncertainty_unit;
  Scaled value_scale;
  if (value_unit) {
    auto scaled = evaluate_unit(*value_unit, count_field);
    if (!scaled) return std::nullopt;
    value_scale = *scaled;
  }
  Scaled uncertainty_scale = value_scale;
  if (expr.unit && expr.uncertainty_unit) {
    auto scaled = evaluate_unit(*expr.uncertainty_unit, count_field);
    if (!scaled) return std::nullopt;
    if (!(scaled->dimension == value_scale.dimension)) {
      sink_.report(RuleCode::S004, at(expr.uncertainty_unit->range),
                   fmt::format("the uncertainty is in {} but the value is in {}",
                               scaled->dimension.name(), value_scale.dimension.name()));
      return std::nullopt;
    }
    uncertainty_scale = *scaled;
  }
  EvaluatedQuantity result;
  result.value = expr.number * value_scale.scale;
  result.uncertainty = expr.uncertainty.value_or(0) * uncertainty_scale.scale;
  result.dimension = value_scale.dimension;
  result.estimated = expr.estimated;
  return result;
}

std::optional<EvaluatedQuantity> QuantityEvaluator::evaluate_binary(const ast::Expr& expr,
                                                                    bool count_field) {
  auto lhs = evaluate(*expr.lhs, count_field);
  auto rhs = evaluate(*expr.rhs, count_field);
  if (!lhs || !rhs) return std::nullopt;
  EvaluatedQuantity result;
  result.estimated = expr.estimated || lhs->estimated || rhs->estimated;
  if (expr.op == '+' || expr.op == '-') {
    if (!(lhs->dimension == rhs->dimension)) {
      sink_.report(RuleCode::S004, at(expr.range),
                   fmt::format("cannot {} {} and {}", expr.op == '+' ? "add" : "subtract",
                               lhs->dimension.name(), rhs->dimension.name()))
          .note(fmt::format("`{}` is {}", file_.text(expr.lhs->range), lhs->dimension.name()),
                at(expr.lhs->range))
          .note(fmt::format("`{}` is {}", file_.text(expr.rhs->range), rhs->dimension.name()),
                at(expr.rhs->range));
      return std::nullopt;
    }
    result.value = expr.op == '+' ? lhs->value + rhs->value : lhs->value - rhs->value;
    result.uncertainty = std::hypot(lhs->uncertainty, rhs->uncertainty);
    result.dimension = lhs->dimension;
    return result;
  }
  if (expr.op == '/' && rhs->value == 0) {
    sink_.report(RuleCode::S013, at(expr.rhs->range), "division by zero");
    return std::nullopt;
  }
  result.value = expr.op == '*' ? lhs->value * rhs->value : lhs->value / rhs->value;
  result.dimension = expr.op == '*' ? lhs->dimension * rhs->dimension
                                    : lhs->dimension / rhs->dimension;
  // Independent relative uncertainties add in quadrature for products and quotients.
  double relative = 0;
  if (lhs->value != 0) relative = std::hypot(relative, lhs->uncertainty / lhs->value);
  if (rhs->value != 0) relative = std::hypot(relative, rhs->uncertainty / rhs->value);
  result.uncertainty = std::abs(result.value) * relative;
  return result;
}

std::optional<EvaluatedQuantity> QuantityEvaluator::evaluate(const ast::Expr& expr,
                                                             bool count_field) {
  auto result = expr.kind == ast::Expr::Kind::Quantity ? evaluate_quantity(expr, count_field)
                                                       : evaluate_binary(expr, count_field);
  if (result && (!std::isfinite(result->value) || !std::isfinite(result->uncertainty))) {
    sink_.report(RuleCode::S013, at(expr.range), "the value is too large to represent");
    return std::nullopt;
  }
  return result;
}

}  // namespace costlint
