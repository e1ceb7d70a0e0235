// X509: declared energy over declared device-time gives a power per device
// that the device cannot draw.

#include <fmt/format.h>

#include "ir/quantity_format.h"
#include "rules/physical_bounds.h"
#include "rules/rule_support.h"

namespace costlint::rules {
namespace {

void check(RuleContext& context) {
  const Dimension device_time = dim::device * dim::time;
  const Dimension power = dim::energy / dim::time;
  for (const System& system : context.disclosure.systems)
    for (const auto& phase : system.phases) {
      // With a duration, X502 already holds the energy to the pool's draw over it.
      if (!phase || ((*phase)[Quantity::Duration].declared && pool_of(context, *phase))) continue;
      const auto& energy = (*phase)[Quantity::Energy].declared;
      const auto& compute = (*phase)[Quantity::Compute].declared;
      const DeviceSpec* device = device_of(context, *phase);
      if (!energy || !compute || !device || energy->dimension != dim::energy ||
          compute->dimension != device_time || compute->value <= 0)
        continue;
      double watts = energy->value / compute->value;
      // Per device: at most its TDP with its host's share and the worst PUE; at
      // least what it draws idle, when that was measured.
      PowerBound most = max_device_power(*device, pue_of(context, *phase), energy->scope);
      // Implausible only when all of the figures' intervals is.
      bool too_high = lowest(*energy) / highest(*compute) > most.watts;
      bool too_low = device->idle.measured && highest(*energy) / lowest(*compute) < device->idle.watts;
      if (!too_high && !too_low) continue;
      std::string bound =
          too_high ? fmt::format("more than a `{}` can draw: at most {} ({})", device->model,
                                 format_quantity(most.watts, power), most.arithmetic)
                   : fmt::format("less than a `{}` draws idle: {}", device->model,
                                 format_quantity(device->idle.watts, power));
      context
          .report(energy->source,
                  fmt::format("`energy` of {} over `compute` of {} is {} per device, {}",
                              format_quantity(energy->value, dim::energy),
                              format_quantity(compute->value, device_time, phase->device_unit),
                              format_quantity(watts, power), bound))
          .note("the declared `compute`", compute->source);
    }
}

}  // namespace

const Rule kX509{
    {RuleCode::X509, "power-per-device", Severity::Warning,
     "energy over device-time gives a power per device that the device cannot draw",
     "Energy divided by device-time is the average power of one device, its host's share and "
     "the data centre's overhead included: it cannot be below what the device draws idle, nor "
     "above its TDP times twice for its host and the PUE (the TDP alone for an energy of "
     "`(device)` scope, with the host for `(node)`). Outside, the energy or the "
     "device-time is wrong (often a unit, or a total against a per-run figure). Source: "
     "Patterson et al. 2021 (arXiv:2104.10350), Table 4 (processor power per chip).",
     "hardware gpus = 8 x \"NVIDIA A100-SXM4-80GB\"\ntrain { hardware = gpus; compute = 1000 "
     "GPU.h; energy = 40 kWh }   # 40 W per A100",
     "Correct the figure that is wrong; a per-run energy goes with a per-run device-time."},
    check};

}  // namespace costlint::rules
