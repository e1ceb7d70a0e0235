#pragma once
// What a device draws on average while a phase runs, the devices alone (the
// device scope): the draw follows the work, not the datasheet. A V100
// fine-tuning BERT draws about half its TDP, a saturated pod nearly all of it.
// From the utilisation the paper gives; else from the FLOP each device-second
// turned out (compute over device-time); else from what measured jobs of the
// pool's size drew (tests/calibration), for a small training job by its model's size. The factor's text says which, and the
// calibration group.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "corpus/hardware_catalog.h"
#include "estimate/factor.h"

namespace costlint {

/// The calibration groups, by the pool's device count.
enum class JobSize { Small, Medium, Large, Unknown };

JobSize job_size(std::optional<uint64_t> devices);

/// What is known of the work a phase's devices did.
struct WorkDone {
  std::optional<uint64_t> devices;         ///< the pool's count
  std::optional<double> utilization;       ///< busy share, 0 to 1: declared, else logged
  std::string utilization_source = "declared";  ///< "declared", "logged in `gpu.csv`"
  /// FLOP over device-time × peak, when the paper and its logs state both (a
  /// phase's `compute` is one of them, a log's the other).
  std::optional<double> model_flop_share;
  /// The parameters of the model a training phase trains (not given for inference,
  /// whose draw follows its load more than its size).
  std::optional<double> trained_parameters;
};

/// The average draw of one device in W, within the spread of its model, and
/// what it counts: the device alone, or with its share of the node where the
/// draw was fitted on whole nodes (large pools: Patterson et al.'s measurements).
struct Draw {
  Factor watts;
  EnergyScope scope = EnergyScope::Device;
};
Draw draw_per_device(const DeviceSpec& device, const WorkDone& work);

/// A node's energy over its devices': CPUs, memory, fans and power supplies.
Factor node_over_device();

}  // namespace costlint
