// E202: a model's inference energy is not disclosed.

#include "rules/rule_support.h"

namespace costlint::rules {
namespace {

void check(RuleContext& context) {
  check_missing(context, PhaseKind::Infer, Quantity::Energy, "its inference energy (`energy`, per item or for a stated workload)");
}

}  // namespace

const Rule kE202{
    {RuleCode::E202, "inference-energy-missing", Severity::Warning, "a model's inference energy is not disclosed",
     "A deployed model is run far more often than it is trained: its energy per query decides its footprint over its life. Source: Varoquaux, Luccioni & Whittaker 2025, \"Ways forward\"; Luccioni, Jernite & Strubell 2024, \"Power hungry processing\".",
     "infer { hardware = laptop; throughput = 12000 sample/s }   # energy per sample?",
     "Add `energy = 0.21 J/sample` (or `3 Wh / (1000 token)`) to the `infer` block; mark an estimate with `~`."},
    check};

}  // namespace costlint::rules
