// C106: a model's training time is not disclosed.

#include "rules/rule_support.h"

namespace costlint::rules {
namespace {

void check(RuleContext& context) {
  check_missing(context, PhaseKind::Train, Quantity::Duration, "its wall-clock time (`duration`)");
}

}  // namespace

const Rule kC106{
    {RuleCode::C106, "training-duration-missing", Severity::Warning, "a model's training time is not disclosed",
     "The time of execution is what the NeurIPS checklist asks first after the type of compute workers; with the device count it gives device-hours, and with power, energy. Source: NeurIPS Paper Checklist, \"Experiments compute resources\".",
     "train { hardware = gpus; compute = 52 GPU.h }   # how long?",
     "Add `duration = 6.5 h` (wall-clock time) to the `train` block."},
    check};

}  // namespace costlint::rules
