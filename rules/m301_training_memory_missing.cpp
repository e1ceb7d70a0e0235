// M301: a model's training memory is not disclosed.

#include "rules/rule_support.h"

namespace costlint::rules {
namespace {

void check(RuleContext& context) {
  check_missing(context, PhaseKind::Train, Quantity::Memory, "its peak memory per device (`memory`)");
}

}  // namespace

const Rule kM301{
    {RuleCode::M301, "training-memory-missing", Severity::Warning, "a model's training memory is not disclosed",
     "Memory decides which devices can train a model at all, and so who can reproduce it; it is one of the three footprints the paper behind costlint asks for. Source: Varoquaux, Luccioni & Whittaker 2025, \"Ways forward\"; NeurIPS Paper Checklist (memory of the compute workers).",
     "train { hardware = gpus; duration = 6.5 h }   # memory per device?",
     "Add `memory = 31 GiB` (peak per device) to the `train` block."},
    check};

}  // namespace costlint::rules
