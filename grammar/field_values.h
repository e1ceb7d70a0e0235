#pragma once
// Turns the value of one field into what its FieldSpec asks for, reporting a
// value of the wrong kind (S013), an unknown choice (S002) or a quantity of the
// wrong dimension (S004) at the value itself.

#include <optional>

#include "grammar/ast.h"
#include "ir/disclosure.h"
#include "ir/field_schema.h"
#include "grammar/quantity_evaluator.h"

namespace costlint {

class FieldValues {
 public:
  FieldValues(const SourceFile& file, DiagnosticSink& sink)
      : file_(file), sink_(sink), evaluator_(file, sink) {}

  std::optional<TextFact> text(const FieldSpec& spec, const ast::Field& field);
  std::optional<TextFact> choice(const FieldSpec& spec, const ast::Field& field);
  /// Quantity, Count and WholeCount fields.
  std::optional<Fact> quantity(const FieldSpec& spec, const ast::Value& value);

 private:
  void wrong_kind(const FieldSpec& spec, const ast::Value& value, std::string_view wanted);
  Location at(SourceRange range) const { return Location::in(file_, range); }

  const SourceFile& file_;
  DiagnosticSink& sink_;
  QuantityEvaluator evaluator_;
};

/// What a value is, in words: "a string", "a number", "the name `gpus`".
std::string describe_value(const ast::Value& value);

}  // namespace costlint
