// X503: a log holds a figure the manifest does not declare.

#include <fmt/format.h>

#include "ir/quantity_format.h"
#include "ir/field_schema.h"
#include "rules/rule_support.h"

namespace costlint::rules {
namespace {

void check(RuleContext& context) {
  for (const System& system : context.disclosure.systems)
    for (const auto& phase : system.phases) {
      if (!phase) continue;
      for (const EvidenceRef& evidence : phase->evidence) {
        if (!evidence.logged) continue;
        for (size_t q = 0; q < kQuantityCount; ++q) {
          const Figure& figure = phase->figures[q];
          std::string_view field = field_name(static_cast<Quantity>(q));
          // The same test the missing-figure rules stay silent on (rule_support.h).
          if (!logged_undeclared(*phase, static_cast<Quantity>(q))) continue;
          const Fact* fact = figure.widest_logged(evidence.path);
          if (!fact) continue;
          std::string value = format_quantity(fact->value, fact->dimension);
          // "energy of at least 20 kWh", "device energy 147 kWh": what it counts, when known.
          std::string what = fact->scope != EnergyScope::Unstated
                                 ? fmt::format("{} {}", scope_name(fact->scope), field)
                             : fact->at_least ? fmt::format("{} of at least", field)
                                              : std::string(field);
          context
              .report(evidence.source,
                      fmt::format("`{}` logs {} {}, which the `{}` block does not declare",
                                  evidence.path, what, value, phase_name(phase->kind)))
              .note(fmt::format("logged here: {} ({})", value, fact->method), fact->source)
              .fix(insert_field(*context.disclosure.file, phase->block.range,
                                fmt::format("{} = {}", field, manifest_value(*fact))));
        }
      }
    }
}

}  // namespace

const Rule kX503{
    {RuleCode::X503, "logged-not-declared", Severity::Warning,
     "a log holds a figure the manifest does not declare",
     "The cost was measured: a reader should not have to open the logs to find it. Source: "
     "MANIFEST.md, \"Evidence formats\" (figures the evidence holds and the manifest does not "
     "declare are reported as logged but undisclosed).",
     "train {\n  evidence codecarbon \"logs/emissions.csv\"   # logs 20.3 kWh; no `energy`\n}",
     "Declare the logged figure: the fix-it inserts it."},
    check};

}  // namespace costlint::rules
