#pragma once
// What the D7xx rules compare: each figure the manifest states (declared, or
// logged) with its field, and the paper's statements of the same field.

#include <string>
#include <vector>

#include "rules/rule.h"

namespace costlint::rules {

/// A figure of the manifest, as a paper would state it.
struct ManifestFigure {
  std::string owner;                 ///< "the `train` block of `bert`", "`bert`"
  std::optional<Quantity> quantity;  ///< none for a parameter count
  const Fact* fact = nullptr;
  bool declared = true;              ///< false: only logged
};

/// Every declared or logged figure the paper could state, in manifest order.
std::vector<ManifestFigure> manifest_figures(const Disclosure& disclosure);

/// `energy`, `parameters`: the field a quantity is written in.
std::string field_of(const std::optional<Quantity>& quantity);

/// Whether a paper's statement and a manifest's figure are of one field and unit.
bool same_field(const PaperStatement& paper, const std::optional<Quantity>& quantity, const Fact& fact);

/// A manifest's figure as its author wrote it (`16 GB`, not `14.9 GiB`); a
/// logged one formatted.
std::string as_written(const Fact& fact);

/// Whether they agree, beyond the rounding of a figure written in a paper (5%).
bool agrees(const Fact& paper, const Fact& manifest);

}  // namespace costlint::rules
