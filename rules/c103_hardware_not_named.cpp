// C103: a phase does not name the hardware it ran on.

#include "rules/rule_support.h"

namespace costlint::rules {
namespace {

void check(RuleContext& context) {
  for (const System& system : context.disclosure.systems) {
    if (!is_model(system)) continue;
    for (PhaseKind kind : {PhaseKind::Train, PhaseKind::Infer}) {
      const Phase* phase = phase_of(system, kind);
      // A `hardware` that did not resolve already has its error (S002, S013).
      if (phase && !phase->hardware && !phase->hardware_written)
        report_missing(context, system, *phase, "its hardware (`hardware`)");
    }
  }
}

}  // namespace

const Rule kC103{
    {RuleCode::C103, "hardware-not-named", Severity::Warning,
     "a training or inference block does not name its hardware",
     "Device-hours on a laptop CPU and on an H100 differ a hundredfold in energy and money: "
     "without the device, no figure can be compared, bounded or estimated. Source: NeurIPS "
     "Paper Checklist (type of compute workers); ACL Responsible NLP checklist, C1 (computing "
     "infrastructure).",
     "train { duration = 6.5 h; compute = 52 GPU.h }   # which GPUs?",
     "Declare a pool, `hardware gpus = 8 x \"NVIDIA A100-SXM4-80GB\"`, and write "
     "`hardware = gpus` in the block (or `hardware = 1 x \"Intel Core i7-1185G7\"` inline)."},
    check};

}  // namespace costlint::rules
