// X502: a figure no hardware could produce: more energy than the pool can draw
// in the phase's duration, less than it draws idle, or more FLOP than its peak.

#include <fmt/format.h>

#include "ir/quantity_format.h"
#include "rules/physical_bounds.h"
#include "rules/rule_support.h"

namespace costlint::rules {
namespace {

void check_energy(RuleContext& context, const Phase& phase, const HardwarePool& pool,
                  const DeviceSpec& device, const Fact& energy, const Fact& duration) {
  std::string time = format_quantity(duration.value, dim::time);
  std::optional<PowerBound> most = max_power(pool, device, pue_of(context, phase), energy.scope);
  if (!most) return;  // how many devices is not given: no bound
  double ceiling = most->watts * duration.value;
  if (lowest(energy) > ceiling)
    context
        .report(energy.source,
                fmt::format("`energy` of {} is more than {} can draw in {}: at most {}",
                            format_quantity(energy.value, dim::energy), describe_pool(pool), time,
                            format_quantity(ceiling, dim::energy)))
        .note(fmt::format("{} × {} = {}", most->arithmetic, time,
                          format_quantity(ceiling, dim::energy)));
  auto least = min_power(pool, device);
  if (!least) return;
  double floor = least->watts * duration.value;
  if (highest(energy) < floor)
    context
        .report(energy.source,
                fmt::format("`energy` of {} is less than {} draws idle in {}: at least {}",
                            format_quantity(energy.value, dim::energy), describe_pool(pool), time,
                            format_quantity(floor, dim::energy)))
        .note(fmt::format("{} × {} = {}", least->arithmetic, time,
                          format_quantity(floor, dim::energy)));
}

void check_flop(RuleContext& context, const HardwarePool& pool, const DeviceSpec& device,
                const Fact& compute, const Fact& duration) {
  auto peak = device.max_peak();
  if (!peak || !pool.count) return;
  std::string time = format_quantity(duration.value, dim::time);
  double ceiling = static_cast<double>(*pool.count) * *peak * duration.value;
  if (lowest(compute) <= ceiling) return;
  context
      .report(compute.source,
              fmt::format("`compute` of {} is more than {} can perform in {} at peak: at most {}",
                          format_quantity(compute.value, dim::flop), describe_pool(pool), time,
                          format_quantity(ceiling, dim::flop)))
      .note(fmt::format("{} × {} FLOP/s (peak of `{}`, in its fastest format) × {} = {}",
                        *pool.count, format_number(*peak), device.model, time,
                        format_quantity(ceiling, dim::flop)));
}

void check(RuleContext& context) {
  for (const System& system : context.disclosure.systems)
    for (const auto& phase : system.phases) {
      if (!phase) continue;
      const DeviceSpec* device = device_of(context, *phase);
      const auto& duration = (*phase)[Quantity::Duration].declared;
      if (!device || !duration) continue;
      const HardwarePool& pool = *pool_of(context, *phase);
      // Energy per item is bounded by X504, with the throughput.
      const auto& energy = (*phase)[Quantity::Energy].declared;
      if (energy && energy->dimension == dim::energy)
        check_energy(context, *phase, pool, *device, *energy, *duration);
      const auto& compute = (*phase)[Quantity::Compute].declared;
      if (compute && compute->dimension == dim::flop)
        check_flop(context, pool, *device, *compute, *duration);
    }
}

}  // namespace

const Rule kX502{
    {RuleCode::X502, "implausible-figure", Severity::Error,
     "an energy or compute figure that the declared hardware could not produce in the time",
     "A pool of devices cannot draw more than its devices' thermal design power, plus the "
     "host around them, times the site's PUE, nor less than its devices draw idle (where "
     "their idle power was measured); it cannot perform more operations than its peak rate "
     "allows. The host overhead (CPUs, memory, fans and power supplies of the node) is bounded "
     "by a factor of 2 on the devices' TDP, and a site with no PUE is taken at 2, the worst "
     "plausible; so a figure beyond these bounds is a unit slip, a wrong device count or a "
     "figure for another phase. An energy that says what it counts is held to its own bound: "
     "`(device)` to the devices' TDP alone, `(node)` to the TDP and the host. Source: physics, and the vendors' datasheets and idle "
     "measurements collected in corpus/hardware.csv.",
     "hardware gpus = 8 x \"NVIDIA A100-SXM4-80GB\"\n"
     "model tabtiny {\n  train { hardware = gpus; duration = 6.5 h; energy = 412 kWh }\n}",
     "Check the figure, its unit, the device count and the duration; the note spells out the "
     "bound so that each factor can be checked."},
    check};

}  // namespace costlint::rules
