#pragma once
// Which fields each block of a manifest takes, and what each field's value must
// be: text, one of a few choices, a reference, or a quantity of given dimensions.

#include <optional>
#include <string_view>
#include <vector>

#include "ir/dimension.h"
#include "ir/disclosure.h"

namespace costlint {

enum class BlockKind { Paper, Benchmark, Site, System, Phase };

enum class FieldKind {
  Text,         ///< a quoted string (or a bare name)
  Choice,       ///< one of `choices`
  Quantity,     ///< a number with a unit of one of `dimensions`
  Count,        ///< a dimensionless number; `K`, `M`, `B`, `T` allowed
  WholeCount,   ///< a Count that must be a whole number
  HardwareRef,  ///< a `hardware` name, or a pool written inline
  SiteRef,      ///< a `site` name
};

struct FieldSpec {
  std::string_view name;
  FieldKind kind;
  std::vector<Dimension> dimensions;  ///< Quantity; also extra ones a Count accepts
  std::string_view expects;           ///< the dimensions in words, for messages
  std::vector<std::string_view> choices;
  std::optional<Quantity> quantity;  ///< Phase fields: the slot it fills
  bool baseline_only = false;
  /// Takes what it counts after its value: `energy = 37.3 kWh (device)`.
  bool scoped = false;
};

const std::vector<FieldSpec>& fields_of(BlockKind block);
const FieldSpec* find_field(BlockKind block, std::string_view name);

/// The phase field a quantity is written in: `energy` for Quantity::Energy.
std::string_view field_name(Quantity quantity);

/// The names of a block's fields, for "did you mean".
std::vector<std::string_view> field_names(BlockKind block);

/// The evidence formats of MANIFEST.md.
const std::vector<std::string_view>& evidence_formats();

}  // namespace costlint
