#pragma once
// Evaluates a quantity expression of the syntax tree (`60 * 0.9 GPU.h`,
// `41.2 ± 0.5 kWh`) to a value in canonical units, its uncertainty and its
// dimension, reporting unknown units (S005), arithmetic on unlike dimensions
// (S004) and impossible values (S013) as it goes.

#include <optional>

#include "grammar/ast.h"
#include "ir/dimension.h"
#include "ir/diagnostic.h"
#include "ir/source_file.h"

namespace costlint {

struct EvaluatedQuantity {
  double value = 0;
  double uncertainty = 0;  ///< one standard uncertainty, 0 when none was written
  Dimension dimension;
  bool estimated = false;  ///< a `~` stood somewhere in the expression
};

class QuantityEvaluator {
 public:
  QuantityEvaluator(const SourceFile& file, DiagnosticSink& sink) : file_(file), sink_(sink) {}

  /// In a count field (`count_field`), `K`, `M`, `B` and `T` multiply; elsewhere
  /// `B` is bytes and the others are errors. Returns nothing after an error.
  std::optional<EvaluatedQuantity> evaluate(const ast::Expr& expr, bool count_field);

 private:
  struct Scaled {
    double scale = 1;
    Dimension dimension;
  };
  std::optional<Scaled> evaluate_unit(const ast::UnitExpr& unit, bool count_field);
  std::optional<EvaluatedQuantity> evaluate_quantity(const ast::Expr& expr, bool count_field);
  std::optional<EvaluatedQuantity> evaluate_binary(const ast::Expr& expr, bool count_field);
  Location at(SourceRange range) const { return Location::in(file_, range); }

  const SourceFile& file_;
  DiagnosticSink& sink_;
};

}  // namespace costlint
