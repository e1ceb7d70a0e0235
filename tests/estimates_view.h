#pragma once
// The estimator's figures of a checked manifest, as the estimator tests name
// them: each a Fact filed under its phase's Figure (ir/figure.h).

#include "lint/check_run.h"

namespace costlint::testing {

enum class Estimated { Duration, Flop, DeviceTime, Energy, Emissions, Memory };

/// The estimates of one phase.
struct PhaseEstimates {
  const Phase* phase = nullptr;
  const Fact* operator[](Estimated what) const;
};

/// The `kind` phase of system `s` of the run's first manifest.
PhaseEstimates phase_estimates(const CheckRun& run, size_t s, PhaseKind kind);
/// The estimator's parameter count of system `s`, if it made one.
const Fact* estimated_parameters(const CheckRun& run, size_t s);

}  // namespace costlint::testing
