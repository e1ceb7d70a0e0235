#include "grammar/field_values.h"

#include <algorithm>
#include <cmath>

#include <fmt/format.h>

#include "ir/edit_distance.h"

namespace costlint {

std::string describe_value(const ast::Value& value) {
  switch (value.kind) {
    case ast::Value::Kind::String: return "a string";
    case ast::Value::Kind::Identifier: return fmt::format("the name `{}`", value.text);
    case ast::Value::Kind::Expression: return "a number";
    case ast::Value::Kind::Pool: return "a device pool";
  }
  return "a value";
}

void FieldValues::wrong_kind(const FieldSpec& spec, const ast::Value& value,
                             std::string_view wanted) {
  sink_.report(RuleCode::S013, at(value.range),
               fmt::format("`{}` takes {}, found {}", spec.name, wanted, describe_value(value)));
}

std::optional<TextFact> FieldValues::text(const FieldSpec& spec, const ast::Field& field) {
  const ast::Value& value = field.value;
  if (value.kind != ast::Value::Kind::String && value.kind != ast::Value::Kind::Identifier) {
    wrong_kind(spec, value, "a quoted string");
    return std::nullopt;
  }
  return TextFact{value.text, at(value.range)};
}

std::optional<TextFact> FieldValues::choice(const FieldSpec& spec, const ast::Field& field) {
  const ast::Value& value = field.value;
  std::string choices = fmt::format("`{}`", fmt::join(spec.choices, "`, `"));
  if (value.kind != ast::Value::Kind::String && value.kind != ast::Value::Kind::Identifier) {
    wrong_kind(spec, value, fmt::format("one of {}", choices));
    return std::nullopt;
  }
  if (std::find(spec.choices.begin(), spec.choices.end(), value.text) == spec.choices.end()) {
    std::string message = fmt::format("unknown {} `{}`", spec.name, value.text);
    auto suggestion = closest_match(value.text, spec.choices);
    if (suggestion) message += fmt::format("; did you mean `{}`?", *suggestion);
    Diagnostic& d = sink_.report(RuleCode::S002, at(value.range), message);
    d.note(fmt::format("`{}` is one of {}", spec.name, choices));
    if (suggestion) d.fix(at(value.range), *suggestion);
    return std::nullopt;
  }
  return TextFact{value.text, at(value.range)};
}

std::optional<Fact> FieldValues::quantity(const FieldSpec& spec, const ast::Value& value) {
  bool count = spec.kind == FieldKind::Count || spec.kind == FieldKind::WholeCount;
  if (value.kind != ast::Value::Kind::Expression) {
    wrong_kind(spec, value, count ? "a number" : fmt::format("a quantity of {}", spec.expects));
    return std::nullopt;
  }
  auto evaluated = evaluator_.evaluate(*value.expr, count);
  if (!evaluated) return std::nullopt;

  bool fits = std::find(spec.dimensions.begin(), spec.dimensions.end(), evaluated->dimension) !=
              spec.dimensions.end();
  if (count && evaluated->dimension.is_count()) fits = true;
  if (!fits) {
    std::string found = evaluated->dimension.is_count()
                            ? "a plain number with no unit"
                            : fmt::format("{} (`{}`)", evaluated->dimension.name(),
                                          evaluated->dimension.canonical_unit());
    sink_.report(RuleCode::S004, at(value.range),
                 fmt::format("`{}` expects {}, found {}", spec.name, spec.expects, found));
    return std::nullopt;
  }
  if (evaluated->value < 0) {
    sink_.report(RuleCode::S013, at(value.range), fmt::format("`{}` cannot be negative", spec.name));
    return std::nullopt;
  }
  if (spec.kind == FieldKind::WholeCount && evaluated->value != std::floor(evaluated->value)) {
    sink_.report(RuleCode::S013, at(value.range),
                 fmt::format("`{}` must be a whole number, found {}", spec.name, evaluated->value));
    return std::nullopt;
  }

  Fact fact;
  fact.value = evaluated->value;
  fact.dimension = evaluated->dimension;
  fact.origin = evaluated->estimated ? Origin::Estimated : Origin::Declared;
  fact.source = at(value.range);
  if (evaluated->uncertainty > 0)
    fact.interval = Interval{evaluated->value - evaluated->uncertainty,
                             evaluated->value + evaluated->uncertainty};
  return fact;
}

}  // namespace costlint
