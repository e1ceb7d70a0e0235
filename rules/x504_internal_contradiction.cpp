// X504: figures of one phase that cannot all be true together: more
// device-time than the pool had in the phase's duration, or an energy per item
// that, at the declared throughput, means a power the devices cannot draw.

#include <fmt/format.h>

#include "ir/quantity_format.h"
#include "rules/physical_bounds.h"
#include "rules/rule_support.h"

namespace costlint::rules {
namespace {

/// Device-hours are often rounded up from logs: 5% more than devices × duration is tolerated.
constexpr double kDeviceTimeTolerance = 1.05;

void check_device_time(RuleContext& context, const HardwarePool& pool, const Fact& compute,
                       const Fact& duration) {
  if (!pool.count) return;  // how many devices is not given: no capacity to exceed
  double capacity = static_cast<double>(*pool.count) * duration.value;
  if (lowest(compute) <= capacity * kDeviceTimeTolerance) return;
  const Dimension device_time = dim::device * dim::time;
  context
      .report(compute.source,
              fmt::format("`compute` of {} is more than {} can run in {}: at most {}",
                          format_quantity(compute.value, device_time), describe_pool(pool),
                          format_quantity(duration.value, dim::time),
                          format_quantity(capacity, device_time)))
      .note("the phase's wall-clock `duration`", duration.source)
      .note(fmt::format("{} has {} device{}", describe_pool(pool), *pool.count,
                        *pool.count == 1 ? "" : "s"),
            pool.source);
}

void check_power(RuleContext& context, const Phase& infer, const HardwarePool& pool,
                 const DeviceSpec& device, const Fact& energy, const Fact& throughput) {
  const Dimension power = dim::energy / dim::time;
  double implied = energy.value * throughput.value;
  auto report = [&](const std::string& relation, const PowerBound& bound) {
    context
        .report(energy.source,
                fmt::format("`energy` of {} at {} means {}, {}",
                            format_quantity(energy.value, energy.dimension),
                            format_quantity(throughput.value, throughput.dimension),
                            format_quantity(implied, power), relation))
        .note("the declared `throughput`", throughput.source)
        .note(fmt::format("{} = {}", bound.arithmetic, format_quantity(bound.watts, power)));
  };
  std::optional<PowerBound> most = max_power(pool, device, pue_of(context, infer), energy.scope);
  if (most && lowest(energy) * lowest(throughput) > most->watts)
    report(fmt::format("more than {} can draw: at most {}", describe_pool(pool),
                       format_quantity(most->watts, power)),
           *most);
  auto least = min_power(pool, device);
  if (least && highest(energy) * highest(throughput) < least->watts)
    report(fmt::format("less than {} draws idle: at least {}", describe_pool(pool),
                       format_quantity(least->watts, power)),
           *least);
}

/// The study's total compute (`paper { compute }`) against what its systems declare
/// in the same unit: a part cannot exceed the whole.
void check_study_compute(RuleContext& context) {
  const std::optional<Paper>& paper = context.disclosure.paper;
  if (!paper || !paper->compute) return;
  const Fact& total = *paper->compute;
  double sum = 0;
  size_t parts = 0;
  for (const System& system : context.disclosure.systems)
    for (const auto& phase : system.phases) {
      const auto& compute = phase ? (*phase)[Quantity::Compute].declared : std::nullopt;
      if (!compute || compute->dimension != total.dimension) continue;
      sum += lowest(*compute);
      ++parts;
    }
  if (parts == 0 || sum <= highest(total) * kDeviceTimeTolerance) return;
  context.report(total.source,
                 fmt::format("the study's `compute` of {} is less than its {} phase{} declare{}: {}",
                             format_quantity(total.value, total.dimension), parts,
                             parts == 1 ? "" : "s", parts == 1 ? "s" : "",
                             format_quantity(sum, total.dimension)));
}

void check(RuleContext& context) {
  check_study_compute(context);
  for (const System& system : context.disclosure.systems)
    for (const auto& phase : system.phases) {
      if (!phase) continue;
      const HardwarePool* pool = pool_of(context, *phase);
      if (!pool) continue;
      const DeviceSpec* device = device_of(context, *phase);
      const auto& compute = (*phase)[Quantity::Compute].declared;
      const auto& duration = (*phase)[Quantity::Duration].declared;
      // CPU time is often counted in cores (`core.h`), which the IR cannot tell
      // from sockets: a CPU pool's device-time has no bound here.
      bool cpu = device && device->kind == "cpu";
      if (compute && duration && compute->dimension == dim::device * dim::time && !cpu)
        check_device_time(context, *pool, *compute, *duration);
      const auto& energy = (*phase)[Quantity::Energy].declared;
      const auto& throughput = (*phase)[Quantity::Throughput].declared;
      if (phase->kind == PhaseKind::Infer && device && energy && throughput &&
          energy->dimension == dim::energy / dim::item)
        check_power(context, *phase, *pool, *device, *energy, *throughput);
    }
}

}  // namespace

const Rule kX504{
    {RuleCode::X504, "internal-contradiction", Severity::Error,
     "figures of one phase that contradict each other",
     "Some figures of a phase bound others: a pool of N devices runs at most N × duration of "
     "device-time, and an energy per item times the throughput is the power drawn, which "
     "cannot exceed the devices' TDP, plus a factor of 2 for the host and the site's PUE "
     "(else 2, the worst plausible), nor fall below their measured idle power. When they disagree, at "
     "least one figure is wrong. Source: physics, and the vendors' datasheets collected in "
     "corpus/hardware.csv.",
     "hardware gpus = 8 x \"NVIDIA A100-SXM4-80GB\"\n"
     "model tabtiny {\n  train { hardware = gpus; duration = 6.5 h; compute = 520 GPU.h }\n}",
     "Check which figure is wrong: the device count, the duration, a total given as per-device "
     "(or the reverse), or the unit of the energy per item."},
    check};

}  // namespace costlint::rules
