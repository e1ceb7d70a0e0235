// C101: the training compute of a model is not disclosed.

#include <fmt/format.h>

#include "ir/quantity_format.h"
#include "rules/rule_support.h"

namespace costlint::rules {
namespace {

void check(RuleContext& context) {
  const std::optional<Paper>& paper = context.disclosure.paper;
  std::string what = "its training compute (`compute`, in device-hours or FLOP)";
  // A study's total bounds every run but splits none: the model's own is still missing.
  if (paper && paper->compute)
    what += fmt::format("; the paper gives only the whole study's, {}",
                        format_quantity(paper->compute->value, paper->compute->dimension));
  check_missing(context, PhaseKind::Train, Quantity::Compute, what);
}

}  // namespace

const Rule kC101{
    {RuleCode::C101, "training-compute-missing", Severity::Warning,
     "a model's training compute is not disclosed",
     "The compute a result cost is the first figure a reader needs to weigh it: it bounds "
     "energy, carbon and money, and lets others judge whether the result is within their "
     "reach. Source: Varoquaux, Luccioni & Whittaker 2025, \"Ways forward\"; NeurIPS Paper "
     "Checklist, \"Experiments compute resources\"; ACL Responsible NLP checklist, C1.",
     "model tabtiny {\n  train { hardware = gpus; duration = 6.5 h }   # no `compute`\n}",
     "Add `compute = N GPU.h` (device-hours) or `compute = N FLOP` to the `train` block. With "
     "a pool and a duration, or parameters and tokens, costlint suggests an estimate marked `~`."},
    check};

}  // namespace costlint::rules
