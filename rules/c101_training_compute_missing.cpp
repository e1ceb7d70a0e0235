// C101: the training compute of a model is not disclosed.

#include <fmt/format.h>

#include "grammar/quantity_format.h"
#include "rules/rule_support.h"

namespace costlint::rules {
namespace {

/// Devices × wall-clock time, when the pool and the duration are known.
void suggest_device_time(RuleContext& context, const System& system, Diagnostic& finding) {
  const Phase& train = *phase_of(system, PhaseKind::Train);
  const HardwarePool* pool = pool_of(context, train);
  if (!pool || !train[Quantity::Duration]) return;
  double hours = static_cast<double>(pool->count) * train[Quantity::Duration]->value / 3600;
  std::string unit(device_unit(device_of(context, train)));
  finding.fix(insert_field(*context.disclosure.file, train.block.range,
                           fmt::format("compute = ~{} {}.h", format_number(hours), unit)));
  finding.note(fmt::format("estimate: {} devices × {} = {} {}.h, if every device ran throughout",
                           pool->count, format_quantity(train[Quantity::Duration]->value, dim::time),
                           format_number(hours), unit));
}

void check(RuleContext& context) {
  check_missing(context, PhaseKind::Train, Quantity::Compute,
                "its training compute (`compute`, in device-hours or FLOP)", suggest_device_time);
}

}  // namespace

const Rule kC101{
    {"C101", "training-compute-missing", Severity::Warning,
     "a model's training compute is not disclosed",
     "The compute a result cost is the first figure a reader needs to weigh it: it bounds "
     "energy, carbon and money, and lets others judge whether the result is within their "
     "reach. Source: Varoquaux, Luccioni & Whittaker 2025, \"Ways forward\"; NeurIPS Paper "
     "Checklist, \"Experiments compute resources\"; ACL Responsible NLP checklist, C1.",
     "model tabtiny {\n  train { hardware = gpus; duration = 6.5 h }   # no `compute`\n}",
     "Add `compute = N GPU.h` (device-hours) or `compute = N FLOP` to the `train` block. With "
     "a pool and a duration costlint suggests `~devices × duration`."},
    check};

}  // namespace costlint::rules
