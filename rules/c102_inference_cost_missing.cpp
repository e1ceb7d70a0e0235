// C102: a model's inference compute, throughput and latency are all missing.

#include "rules/rule_support.h"

namespace costlint::rules {
namespace {

void check(RuleContext& context) {
  for (const System& system : context.disclosure.systems) {
    const Phase* infer = phase_of(system, PhaseKind::Infer);
    if (!is_model(system) || !infer) continue;
    if ((*infer)[Quantity::Compute].declared || (*infer)[Quantity::Throughput].declared ||
        (*infer)[Quantity::Latency].declared)
      continue;
    report_missing(context, system, *infer,
                   "its inference cost (`compute`, `throughput` or `latency`)");
  }
}

}  // namespace

const Rule kC102{
    {RuleCode::C102, "inference-cost-missing", Severity::Warning,
     "a model's inference compute, throughput and latency are all missing",
     "Inference is where a model spends most of its life's compute; a reader needs at least "
     "one of compute per item, throughput or latency on named hardware to weigh it against "
     "cheaper alternatives. Source: Varoquaux, Luccioni & Whittaker 2025, \"Ways forward\".",
     "infer { hardware = laptop; memory = 48 MiB }   # how fast, at what compute?",
     "Add `throughput = 12000 sample/s`, `latency = 3 ms/sample` or `compute = N FLOP` (per "
     "item: `2 * 12.4 M FLOP / (1 sample)`) to the `infer` block."},
    check};

}  // namespace costlint::rules
