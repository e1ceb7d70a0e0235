// E201: a model's training energy is not disclosed.

#include "rules/rule_support.h"

namespace costlint::rules {
namespace {

void check(RuleContext& context) {
  check_missing(context, PhaseKind::Train, Quantity::Energy, "its training energy (`energy`)");
}

}  // namespace

const Rule kE201{
    {RuleCode::E201, "training-energy-missing", Severity::Warning,
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
