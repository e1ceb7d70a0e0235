#pragma once
// Which field of a manifest a figure of a paper is: `costlint extract` writes
// it there in the draft, and `check` compares it there (D701-D703).

#include <optional>
#include <string_view>

#include "extract/cost_statement.h"
#include "ir/dimension.h"
#include "ir/disclosure.h"

namespace costlint::extract {

struct ManifestField {
  std::optional<Quantity> quantity;  ///< a phase's; none for a model's `parameters`
  Dimension dimension;               ///< the figure's, in the manifest IR

  /// `duration`, `compute`, `parameters`.
  std::string_view name() const;
};

/// Nothing for hardware, power and throughput, which the manifest does not
/// hold as totals a paper states.
std::optional<ManifestField> manifest_field(FigureKind figure);

}  // namespace costlint::extract
