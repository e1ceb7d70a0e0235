#pragma once
// The syntax tree of a cost manifest, as written: names are not yet resolved,
// units not yet checked. Every node keeps its source range. The resolver
// (grammar/resolver.h) turns it into the Disclosure IR.

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "ir/source_range.h"
#include "ir/suppression.h"

namespace costlint::ast {

/// One factor of a unit expression: `h` in `GPU.h`, `s^-1` in `token.s^-1`.
/// A factor after `/` has its exponent negated.
struct UnitFactor {
  std::string symbol;
  int exponent = 1;
  SourceRange range;
};

struct UnitExpr {
  std::vector<UnitFactor> factors;
  SourceRange range;
};

/// A quantity (`41.2 ± 0.5 kWh`) or arithmetic on quantities (`60 * 0.9 GPU.h`).
struct Expr {
  enum class Kind { Quantity, Binary };
  Kind kind = Kind::Quantity;
  SourceRange range;
  bool estimated = false;  ///< written with a `~`

  // Kind::Quantity
  double number = 0;
  std::optional<double> uncertainty;
  std::optional<UnitExpr> unit;
  std::optional<UnitExpr> uncertainty_unit;

  // Kind::Binary
  char op = 0;  ///< '+', '-', '*' or '/'
  std::unique_ptr<Expr> lhs;
  std::unique_ptr<Expr> rhs;
};

/// A device pool: `8 x "NVIDIA A100-SXM4-80GB"`.
struct PoolSpec {
  uint64_t count = 0;
  bool counted = true;       ///< false: `hardware tpus = "TPU v3"`, the count not given
  bool approximate = false;  ///< `~1000 x`
  SourceRange count_range;
  std::string model;
  SourceRange model_range;
};

struct Value {
  enum class Kind { String, Identifier, Expression, Pool };
  Kind kind = Kind::Identifier;
  SourceRange range;
  std::string text;  ///< a string's unescaped contents, or an identifier
  std::unique_ptr<Expr> expr;
  PoolSpec pool;
};

/// `name = value`.
struct Field {
  std::string name;
  SourceRange name_range;
  Value value;
  std::string qualifier;  ///< `device` in `energy = 37.3 kWh (device)`; empty if none
  SourceRange qualifier_range;
};

/// `score BENCHMARK = value`.
struct Score {
  std::string benchmark;
  SourceRange benchmark_range;
  SourceRange keyword_range;
  Value value;
};

/// `evidence FORMAT "PATH"`.
struct Evidence {
  std::string format;
  SourceRange format_range;
  std::string path;
  SourceRange path_range;
  SourceRange keyword_range;
};

/// `paper { }`, `benchmark NAME { }`, `site NAME { }`, `model NAME { }`,
/// `baseline NAME { }`, and the phase blocks `train { }`, `tune { }`, `infer { }`.
struct Block {
  std::string keyword;
  SourceRange keyword_range;
  std::string name;  ///< empty for `paper` and phase blocks
  SourceRange name_range;
  SourceRange range;  ///< from the keyword to the closing brace
  std::vector<Field> fields;
  std::vector<Score> scores;       ///< systems only
  std::vector<Evidence> evidence;  ///< phases only
  std::vector<Block> phases;       ///< systems only
};

/// `hardware NAME = COUNT x "MODEL"`.
struct HardwareDecl {
  std::string name;
  SourceRange name_range;
  SourceRange keyword_range;
  Value pool;
};

using costlint::Suppression;

struct Header {
  std::string version;
  SourceRange range;
  SourceRange version_range;
};

struct Manifest {
  std::optional<Header> header;
  std::vector<Block> blocks;  ///< paper, benchmark, site, model, baseline
  std::vector<HardwareDecl> hardware;
  std::vector<Suppression> suppressions;
};

}  // namespace costlint::ast
