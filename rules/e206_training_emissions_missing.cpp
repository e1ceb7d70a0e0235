// E206: a model's training emissions are not disclosed.

#include "rules/rule_support.h"

namespace costlint::rules {
namespace {

void check(RuleContext& context) {
  check_missing(context, PhaseKind::Train, Quantity::Emissions, "its emissions (`emissions`, in CO2e)");
}

}  // namespace

const Rule kE206{
    {RuleCode::E206, "training-emissions-missing", Severity::Note, "a model's training emissions are not disclosed",
     "Emissions follow from energy and the grid's carbon intensity, which varies tenfold between regions; the Hugging Face model card asks for them, with their source and location. Source: Hugging Face model card metadata, `co2_eq_emissions`.",
     "train { energy = 41.2 kWh; site = paris }   # emissions?",
     "Add `emissions = 12 kgCO2e` to the `train` block, from your tracker's log or from energy × the site's intensity."},
    check};

}  // namespace costlint::rules
