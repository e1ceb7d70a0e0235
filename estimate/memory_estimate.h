#pragma once
// Memory estimates: the bytes of a system's weights at inference, and the
// memory per device training holds at least (weights, gradients, optimizer
// state), bounded above by the device (docs/estimation.md, checked on published
// peaks by tests/memory_calibration_test.cpp).

#include <optional>

#include "corpus/hardware_catalog.h"
#include "estimate/factor.h"
#include "ir/disclosure.h"

namespace costlint {

/// Bytes per weight in the system's precision; 2 (1 to 4) when it says none:
/// bf16 and fp16 are how models are served.
Factor bytes_per_weight(const System& system);

/// The memory per device of a `kind` phase of `system`, of `parameters`
/// parameters, on `pool` of `device` when known.
std::optional<Fact> memory_estimate(const System& system, PhaseKind kind, double parameters,
                                    const DeviceSpec* device, const HardwarePool* pool);

}  // namespace costlint
