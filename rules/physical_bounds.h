#pragma once
// What a pool of devices can physically draw, from the datasheets in
// corpus/hardware.csv: the bounds that X502 and X504 hold energy and power
// figures to. Each bound carries its arithmetic, written out so that a reader
// can check it by hand.

#include <optional>
#include <string>

#include "ir/disclosure.h"
#include "corpus/hardware_catalog.h"

namespace costlint::rules {

/// A node draws more than its accelerators: CPUs, memory, fans and power-supply
/// losses. Twice the devices' TDP bounds all of that generously.
inline constexpr double kHostOverhead = 2;
/// The PUE assumed where the site gives none: the worst a data centre plausibly has.
inline constexpr double kWorstPue = 2;

/// A power in W, and how it was reached: "8 × 400 W (TDP of …) × 2 (host overhead)".
struct PowerBound {
  double watts = 0;
  std::string arithmetic;
};

/// The most one device can draw in `scope`: its TDP, × host overhead for a
/// node, × PUE (else kWorstPue) for a facility or a figure that does not say.
PowerBound max_device_power(const DeviceSpec& device, std::optional<double> pue, EnergyScope scope);
/// The same for `pool`, its devices counted; none when their count is not given.
std::optional<PowerBound> max_power(const HardwarePool& pool, const DeviceSpec& device,
                                    std::optional<double> pue, EnergyScope scope);
/// The least `pool` draws while powered on: devices × idle power, when the catalog
/// has a measured one.
std::optional<PowerBound> min_power(const HardwarePool& pool, const DeviceSpec& device);

/// "`gpus`", or "8 × `NVIDIA A100`" for a pool written inline in a phase.
std::string describe_pool(const HardwarePool& pool);

/// The ends of a figure's interval, or its value when it has none: a figure is
/// implausible only when all of its interval is.
double lowest(const Fact& fact);
double highest(const Fact& fact);

}  // namespace costlint::rules
