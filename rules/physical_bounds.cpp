#include "rules/physical_bounds.h"

#include <fmt/format.h>

#include "ir/quantity_format.h"

namespace costlint::rules {

PowerBound max_device_power(const DeviceSpec& device, std::optional<double> pue, EnergyScope scope) {
  PowerBound out{device.tdp_w, fmt::format("{} W (TDP of `{}`)", format_number(device.tdp_w), device.model)};
  if (scope == EnergyScope::Device) return out;
  out.watts *= kHostOverhead;
  out.arithmetic += fmt::format(" × {} (host overhead)", format_number(kHostOverhead));
  if (scope == EnergyScope::Node) return out;
  out.watts *= pue.value_or(kWorstPue);
  out.arithmetic += pue ? fmt::format(" × {} (PUE of the site)", format_number(*pue))
                        : fmt::format(" × {} (worst plausible PUE: the site gives none)",
                                      format_number(kWorstPue));
  return out;
}

std::optional<PowerBound> max_power(const HardwarePool& pool, const DeviceSpec& device,
                                    std::optional<double> pue, EnergyScope scope) {
  if (!pool.count) return std::nullopt;
  PowerBound one = max_device_power(device, pue, scope);
  return PowerBound{static_cast<double>(*pool.count) * one.watts,
                    fmt::format("{} × {}", *pool.count, one.arithmetic)};
}

std::optional<PowerBound> min_power(const HardwarePool& pool, const DeviceSpec& device) {
  // Only a measured idle is a floor: measured idles range from 0.4% to 18% of the
  // TDP (corpus/hardware.md), so a value derived from the TDP could lie above a
  // device's real idle and flag an honest paper.
  if (!device.idle.measured || !pool.count) return std::nullopt;
  return PowerBound{static_cast<double>(*pool.count) * device.idle.watts,
                    fmt::format("{} × {} W (measured idle power of `{}`)", *pool.count,
                                format_number(device.idle.watts), device.model)};
}

std::string describe_pool(const HardwarePool& pool) {
  if (!pool.name.empty()) return fmt::format("`{}`", pool.name);
  if (!pool.count) return fmt::format("`{}` (how many not given)", pool.model);
  return fmt::format("{} × `{}`", *pool.count, pool.model);
}

double lowest(const Fact& fact) { return fact.interval ? fact.interval->low : fact.value; }
double highest(const Fact& fact) { return fact.interval ? fact.interval->high : fact.value; }

}  // namespace costlint::rules
