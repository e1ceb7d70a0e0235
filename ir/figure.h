#pragma once
// One figure of a phase, or a system's parameter count: what the manifest
// declares, what its logs hold and what the estimator derived, side by side,
// each a Fact with its provenance. stated() and best() are the one policy for
// which of them a stage uses; every stage asks them.

#include <optional>
#include <string_view>
#include <vector>

#include "ir/fact.h"

namespace costlint {

struct Figure {
  std::optional<Fact> declared;  ///< origin Declared, or Estimated for a `~` figure
  std::vector<Fact> logged;      ///< origin Logged: one per log that holds it, in evidence order
  /// Origin Estimated: at most one per dimension (compute: device-time and FLOP).
  std::vector<Fact> estimated;

  /// What the paper or its logs state in `dimension`: the declared figure, else
  /// the first logged one that is not a lower bound.
  const Fact* stated(const Dimension& dimension) const;
  /// The same, in whatever dimension it was given.
  const Fact* stated() const;
  /// The best figure we have in `dimension`: the stated one, else the estimate.
  const Fact* best(const Dimension& dimension) const;
  /// The estimator's figure in `dimension`, if it made one.
  const Fact* estimate(const Dimension& dimension) const;
  /// For an energy: what the paper or its logs state in `dimension` that is widest
  /// in scope; the paper's own when it does not say what it counts.
  const Fact* widest_stated(const Dimension& dimension) const;
  /// For an energy: what the whole facility drew, comparable across systems: the
  /// widest stated when it is the facility's or does not say, else the
  /// estimator's facility energy, else the widest stated.
  const Fact* facility_energy(const Dimension& dimension) const;
  /// What the log `log` holds of the figure, or any log when `log` is empty:
  /// its widest energy when it logs several (CodeCarbon's node and GPU energy).
  const Fact* widest_logged(std::string_view log = {}) const;
};

}  // namespace costlint
