#pragma once
// A Fact: one value of a figure with where it came from. The manifest declares
// it, a log holds it, or the estimator derived it; each says so, and keeps
// what a reader needs to check it: a source range, a log row, or a method.

#include <optional>
#include <string>

#include "ir/diagnostic.h"
#include "ir/dimension.h"
#include "ir/energy_scope.h"
#include "ir/interval.h"

namespace costlint {

enum class Origin { Declared, Logged, Estimated };

struct Fact {
  double value = 0;                  ///< in dimension.canonical_unit()
  std::optional<Interval> interval;  ///< from `±`, or an estimate's range
  Dimension dimension;
  Origin origin = Origin::Declared;  ///< a `~` makes a declared figure Estimated
  Location source;                   ///< the manifest's range, or the log's row
  /// How it was found: how a log was read ("`energy_consumed`, 5 runs"), or an
  /// estimate's method ("8 × 400 W (TDP) × 6.4 h × 1.15 (PUE)"). Empty when declared.
  std::string method;
  std::string log;        ///< the log it was read in, as the manifest names it
  bool at_least = false;  ///< a lower bound: GPU energy of a whole node's
  /// An estimate from the trend of other models (or derived from one): no figure
  /// of the system's own went into it, so it may not decide a comparison.
  bool from_trend = false;
  /// For an energy: what it counts (devices, node, facility), when known.
  EnergyScope scope = EnergyScope::Unstated;
};

/// "6.4 h (declared)", "41.2 kWh (logged in `logs/e.csv`)", "~38 kWh (estimated)":
/// the fact as an estimate's method cites it; device-time written in `device` hours.
std::string describe_fact(const Fact& fact, std::string_view device = "device");

/// The fact as a manifest writes its value: `41.2 kWh`, and what an energy
/// counts when that is known, `147 kWh (device)`.
std::string manifest_value(const Fact& fact, std::string_view device = "device");

}  // namespace costlint
