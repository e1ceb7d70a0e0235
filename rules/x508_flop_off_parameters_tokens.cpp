// X508: declared training FLOP far from 6 × parameters × tokens.

#include <fmt/format.h>

#include "ir/quantity_format.h"
#include "rules/rule_support.h"

namespace costlint::rules {
namespace {

/// A dense transformer's training FLOP is 6·N·D within a factor of two or
/// three; a hundred is beyond any architecture but a sparse one.
constexpr double kFactor = 100;

void check(RuleContext& context) {
  for (const System& system : context.disclosure.systems) {
    const auto& parameters = system.parameters.declared;
    const auto& train = system.phase(PhaseKind::Train);
    if (!parameters || !train) continue;
    const auto& flop = (*train)[Quantity::Compute].declared;
    const auto& tokens = (*train)[Quantity::Tokens].declared;
    if (!flop || !tokens || flop->dimension != dim::flop || flop->value <= 0) continue;
    double six_nd = 6 * parameters->value * tokens->value;
    if (six_nd <= 0) continue;
    double ratio = flop->value / six_nd;
    if (ratio >= 1 / kFactor && ratio <= kFactor) continue;
    context
        .report(flop->source,
                fmt::format("`compute` of {} is {} 6 × parameters × tokens = 6 × {} × {} = {}",
                            format_quantity(flop->value, dim::flop),
                            format_ratio(ratio),
                            format_number(parameters->value), format_number(tokens->value),
                            format_quantity(six_nd, dim::flop)))
        .note("the declared `parameters`", parameters->source)
        .note("the declared `tokens`", tokens->source);
  }
}

}  // namespace

const Rule kX508{
    {RuleCode::X508, "flop-off-parameters-tokens", Severity::Warning,
     "declared training FLOP a hundred times away from 6 × parameters × tokens",
     "A dense transformer's training takes about 6 FLOP per parameter and token; the declared "
     "FLOP, parameters and tokens of one model cannot be a hundred times apart unless one is "
     "wrong, or the model is sparse (mixture of experts), whose active parameters are the "
     "ones to count. Source: Kaplan et al. 2020 (arXiv:2001.08361), section 2.1.",
     "model m {\n  parameters = 7 B\n  train { compute = 4e20 FLOP; tokens = 2 T }   # 6·N·D = "
     "8.4e22\n}",
     "Correct the figure that is wrong; for a sparse model, declare the active parameters."},
    check};

}  // namespace costlint::rules
