#pragma once
// Runs the rules on one resolved Disclosure under a profile.

#include <string>
#include <vector>

#include "estimate/disclosure_placement.h"
#include "ir/diagnostic.h"
#include "ir/disclosure.h"
#include "corpus/grid_catalog.h"
#include "corpus/hardware_catalog.h"
#include "corpus/profile.h"

namespace costlint {

/// The command line's say over the profile: `--enable`, `--disable` and `--Werror`.
struct RuleOverrides {
  std::vector<RuleCode> enable;
  std::vector<RuleCode> disable;
  bool warnings_as_errors = false;
  /// How far a declared figure may be from its log before X501: 10% by default.
  double evidence_tolerance = 0.10;
};

/// Runs every rule the profile and the overrides enable, in code order.
void run_rules(const Disclosure& disclosure, const Profile& profile,
               const RuleOverrides& overrides, const HardwareCatalog& hardware,
               const GridCatalog& grid, DiagnosticSink& sink,
               const DisclosurePlacements* placements = nullptr);

/// Whether `code` is on after the overrides, given the profile's word.
bool rule_enabled(RuleCode code, bool by_profile, const RuleOverrides& overrides);

}  // namespace costlint
