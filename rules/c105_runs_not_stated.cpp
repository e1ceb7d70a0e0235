// C105: a model does not state how many runs or seeds its figures include.

#include "rules/rule_support.h"

namespace costlint::rules {
namespace {

void check(RuleContext& context) {
  check_missing(context, PhaseKind::Train, Quantity::Runs, "its number of runs or seeds (`runs`)");
}

}  // namespace

const Rule kC105{
    {RuleCode::C105, "runs-not-stated", Severity::Warning, "a model does not state how many runs or seeds its figures include",
     "A cost figure means nothing without knowing whether it covers one run or the five seeds behind a mean and its error bar; a result's variance needs several runs, and each costs. Source: NeurIPS Paper Checklist, \"Experiments compute resources\" (compute of each individual run and the total); Varoquaux, Luccioni & Whittaker 2025.",
     "train { hardware = gpus; duration = 6.5 h }   # one run, or five?",
     "Add `runs = N` to the `train` block: the runs or seeds included in its figures."},
    check};

}  // namespace costlint::rules
