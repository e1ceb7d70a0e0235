// E201: a model's training energy is not disclosed.

#include <fmt/format.h>

#include "grammar/quantity_format.h"
#include "rules/rule_support.h"

namespace costlint::rules {
namespace {

/// The calculators' method, devices × TDP × time × PUE: an upper estimate,
/// since devices rarely draw their TDP throughout.
void suggest_energy(RuleContext& context, const System& system, Diagnostic& finding) {
  const Phase& train = *phase_of(system, PhaseKind::Train);
  const HardwarePool* pool = pool_of(context, train);
  const DeviceSpec* device = device_of(context, train);
  if (!pool || !device || !train[Quantity::Duration]) return;
  double seconds = train[Quantity::Duration]->value;
  std::optional<double> pue = pue_of(context, train);
  double joules = static_cast<double>(pool->count) * device->tdp_w * seconds * pue.value_or(1);
  finding.fix(insert_field(*context.disclosure.file, train.block.range,
                           fmt::format("energy = ~{}", format_quantity(joules, dim::energy))));
  finding.note(fmt::format(
      "estimate: {} × {} W (TDP of {}) × {}{} = {}; the TDP is an upper bound of the draw",
      pool->count, format_number(device->tdp_w), device->model,
      format_quantity(seconds, dim::time),
      pue ? fmt::format(" × PUE {}", format_number(*pue)) : "", format_quantity(joules, dim::energy)));
}

void check(RuleContext& context) {
  check_missing(context, PhaseKind::Train, Quantity::Energy, "its training energy (`energy`)",
                suggest_energy);
}

}  // namespace

const Rule kE201{
    {"E201", "training-energy-missing", Severity::Warning,
     "a model's training energy is not disclosed",
     "Energy is the footprint that grows with compute whatever the grid: the paper behind "
     "costlint asks every study to report it for training and for inference, measured (with "
     "CodeCarbon, nvidia-smi...) or estimated and marked so. Source: Varoquaux, Luccioni & "
     "Whittaker 2025, \"Ways forward\"; Strubell, Ganesh & McCallum 2019.",
     "train { hardware = gpus; duration = 6.5 h }   # how many kWh?",
     "Add `energy = 41.2 kWh` to the `train` block, from a log (`evidence codecarbon ...`), or "
     "the suggested `~` estimate."},
    check};

}  // namespace costlint::rules
