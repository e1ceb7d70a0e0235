#include "estimate/memory_estimate.h"

#include <algorithm>

#include <fmt/format.h>

#include "estimate/assumptions.h"
#include "ir/quantity_format.h"

namespace costlint {

namespace a = assumptions;

Factor bytes_per_weight(const System& system) {
  std::string_view precision = system.precision ? std::string_view(system.precision->value) : "";
  double bytes = precision == "fp32" || precision == "tf32" ? 4
                 : precision == "fp8" || precision == "int8" ? 1
                 : precision == "int4"                       ? 0.5
                                                             : 2;
  if (precision.empty())
    return {a::kAssumedBytesPerWeight, a::kAssumedBytesPerWeightLow, a::kAssumedBytesPerWeightHigh,
            fmt::format("{} B per weight (bf16, assumed)", format_number(a::kAssumedBytesPerWeight))};
  return Factor::exact(bytes, fmt::format("{} B per weight ({})", format_number(bytes), precision));
}

std::optional<Fact> memory_estimate(const System& system, PhaseKind kind, double parameters,
                                    const DeviceSpec* device, const HardwarePool* pool) {
  Factor weights = Factor::exact(parameters, fmt::format("{} parameters", format_number(parameters)));
  if (kind == PhaseKind::Infer) return product({weights, bytes_per_weight(system)}, dim::bytes);
  // The state alone: what training holds whatever the batch. Activations, which
  // the manifest gives nothing to model (batch, sequence, layers), come on top
  // and at the batch sizes papers use often fill the device: the interval runs
  // up to its memory, and the method says what the figure is.
  auto memory = product(
      {weights,
       {a::kTrainingBytesPerParameter, a::kTrainingBytesLow, a::kTrainingBytesPerParameter,
        "16 B for weights, gradients and optimizer state (mixed-precision Adam)"}},
      dim::bytes);
  if (!memory) return std::nullopt;
  memory->method = "at least " + memory->method +
                   " when all of it is on the device (LoRA, 8-bit optimizers and pure bf16 hold "
                   "less, down to the weights' 2 B); activations not counted";
  Interval& range = *memory->interval;
  range.high = memory->value * a::kActivationsHigh;
  if (device && device->memory_bytes) {
    // Per device, never more than a device holds; a model whose state does not
    // fit one device was sharded over the pool (ZeRO, FSDP).
    double capacity = *device->memory_bytes;
    if (pool && pool->count && memory->value > capacity)
      range.low /= static_cast<double>(std::max<uint64_t>(*pool->count, 1));
    // Weights that do not fit even in bf16 were quantised (QLoRA's 4 bits) or offloaded.
    if (range.low > capacity) range.low *= a::kQuantizedBytesLow / a::kTrainingBytesLow;
    range.high = capacity;
    memory->value = std::min(memory->value, capacity);
    range.low = std::min(range.low, capacity);
    memory->method += fmt::format(", which may fill the {} of `{}`",
                                  format_quantity(capacity, dim::bytes), device->model);
  } else {
    memory->method += fmt::format(", which may add {}× (no device to bound them)",
                                  format_number(a::kActivationsHigh - 1));
  }
  return memory;
}

}  // namespace costlint
