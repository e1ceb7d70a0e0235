#include "estimate/power_model.h"

#include <algorithm>
#include <cmath>

#include <fmt/format.h>

#include "estimate/assumptions.h"
#include "ir/quantity_format.h"

namespace costlint {
namespace {

namespace a = assumptions;

/// What the device draws idle, as a share of its TDP: measured where the
/// catalog has it, else the assumed share.
double idle_share(const DeviceSpec& device) {
  if (device.idle.measured && device.tdp_w > 0) return std::min(device.idle.watts / device.tdp_w, 1.0);
  return a::kIdleShare;
}

/// Between idle and the draw of a saturated device, in proportion to `load`.
double loaded_share(const DeviceSpec& device, double load, double saturated_share) {
  double idle = idle_share(device);
  return idle + std::clamp(load, 0.0, 1.0) * std::max(saturated_share - idle, 0.0);
}

std::string tdp_text(const DeviceSpec& device) {
  return fmt::format("the {} W TDP of `{}`", format_number(device.tdp_w), device.model);
}

/// What a node of a large training pool draws per device: the catalog's
/// measured draw per device, or the TDP × node share, both fitted on Patterson
/// et al.'s measured runs of whole nodes.
Factor large_job_draw(const DeviceSpec& device) {
  if (device.typical.measured)
    return Factor::within(device.typical.watts, a::kTypicalPowerSpread,
                          fmt::format("{} W (measured per `{}` in large training pools, with its "
                                      "share of the node)",
                                      format_number(device.typical.watts), device.model));
  double share = a::kNodeShareGpu, spread = a::kNodeShareSpreadGpu;
  if (device.kind == "tpu") share = a::kNodeShareTpu, spread = a::kNodeShareSpreadTpu;
  if (device.kind == "cpu") share = a::kNodeShareCpu, spread = a::kNodeShareSpreadCpu;
  return Factor::within(device.tdp_w * share, spread,
                        fmt::format("{} W ({} of {} with its share of the node: what large "
                                    "training pools drew)",
                                    format_number(device.tdp_w * share), format_number(share),
                                    tdp_text(device)));
}

Factor small_job_draw(const DeviceSpec& device, std::optional<double> trained_parameters) {
  double share = a::kSmallJobDeviceShare;
  std::string model;
  if (trained_parameters && *trained_parameters > 0) {
    share *= std::pow(*trained_parameters / a::kSmallJobReferenceParameters, a::kSmallJobSizeElasticity);
    share = std::clamp(share, idle_share(device), 1.0);
    model = fmt::format(", training a model of {} parameters", format_number(*trained_parameters));
  }
  double watts = device.tdp_w * share;
  Factor draw = Factor::within(watts, a::kSmallJobDeviceShareSpread,
                               fmt::format("{} W ({} of {}: what measured jobs of ≤ {} devices drew{})",
                                           format_number(watts), format_number(share), tdp_text(device),
                                           a::kSmallJobDevices, model));
  // A larger model's draw comes nearer the TDP, but its range reaches no higher
  // than kSmallJobDrawCeiling × TDP.
  draw.high = std::min(draw.high, device.tdp_w * a::kSmallJobDrawCeiling);
  return draw;
}

}  // namespace

JobSize job_size(std::optional<uint64_t> devices) {
  if (!devices) return JobSize::Unknown;
  if (*devices <= a::kSmallJobDevices) return JobSize::Small;
  if (*devices >= a::kLargeJobDevices) return JobSize::Large;
  return JobSize::Medium;
}

Draw draw_per_device(const DeviceSpec& device, const WorkDone& work) {
  Factor small = small_job_draw(device, work.trained_parameters), large = large_job_draw(device);
  // What a device of a large pool draws alone, for the models that start from it.
  double large_device = large.value / a::kNodeOverDevice;
  if (work.utilization) {
    double share = loaded_share(device, *work.utilization, 1.0);
    return {Factor::within(device.tdp_w * share, a::kUtilizationDrawSpread,
                           fmt::format("{} W (from idle to {} in proportion to the "
                                       "utilisation of {}, {})",
                                       format_number(device.tdp_w * share), tdp_text(device),
                                       format_number(*work.utilization),
                                       work.utilization_source))};
  }
  if (work.model_flop_share) {
    // A pool that turns out the FLOP share of a large training run is as busy
    // as one; one that turns out less draws proportionally nearer its idle.
    double load = *work.model_flop_share / a::kTrainingUtilization;
    double share = loaded_share(device, load, large_device / device.tdp_w);
    return {Factor::within(device.tdp_w * share, a::kFlopShareDrawSpread,
                           fmt::format("{} W (the declared compute over device-time is {} of the "
                                       "device's peak: from idle towards the {} W a device of a "
                                       "large pool draws)",
                                       format_number(device.tdp_w * share),
                                       format_number(*work.model_flop_share),
                                       format_number(large_device)))};
  }
  switch (job_size(work.devices)) {
    case JobSize::Small: return {small};
    case JobSize::Large: return {large, EnergyScope::Node};
    case JobSize::Medium: {
      // Between the two groups, geometrically in the device count.
      double t = std::log(static_cast<double>(*work.devices) / a::kSmallJobDevices) /
                 std::log(static_cast<double>(a::kLargeJobDevices) / a::kSmallJobDevices);
      double watts = std::pow(small.value, 1 - t) * std::pow(large_device, t);
      double spread = std::max(small.high / small.value, large.high / large.value);
      return {Factor::within(watts, spread,
                             fmt::format("{} W (between what jobs of ≤ {} devices and of ≥ {} "
                                         "devices drew, by the pool's {} devices)",
                                         format_number(watts), a::kSmallJobDevices,
                                         a::kLargeJobDevices, *work.devices))};
    }
    case JobSize::Unknown: break;
  }
  // No count: anything from a small job's draw to a large pool's.
  double low = std::min(small.low, large.low / a::kNodeOverDevice);
  double high = std::max(small.high, large.high / a::kNodeOverDevice);
  double watts = std::sqrt(low * high);
  return {{watts, low, high,
           fmt::format("{} W (the pool's size not given: what jobs of any size drew on {})",
                       format_number(watts), tdp_text(device))}};
}

Factor node_over_device() {
  return Factor::within(a::kNodeOverDevice, a::kNodeOverDeviceSpread,
                        fmt::format("{} (the rest of the node beside the devices)",
                                    format_number(a::kNodeOverDevice)));
}

}  // namespace costlint
