#include "rules/paper_figures.h"

#include <cmath>

#include <fmt/format.h>

#include "ir/field_schema.h"
#include "ir/quantity_format.h"
#include "ir/source_file.h"
#include "rules/rule_support.h"

namespace costlint::rules {

/// A paper rounds to two or three significant digits: 3.5 days for 83.7 h.
constexpr double kRounding = 0.05;

/// The figures a paper's prose can state as `costlint extract` reads it: totals,
/// not rates or per-item figures, and not counts of epochs, runs or trials.
bool stated_in_prose(Quantity quantity, const Dimension& dimension) {
  switch (quantity) {
    case Quantity::Duration: return dimension == dim::time;
    case Quantity::Compute: return dimension == dim::device * dim::time || dimension == dim::flop;
    case Quantity::Energy: return dimension == dim::energy;
    case Quantity::Emissions:
    case Quantity::Memory:
    case Quantity::Cost:
    case Quantity::Samples:
    case Quantity::Tokens: return true;
    default: return false;
  }
}

std::vector<ManifestFigure> manifest_figures(const Disclosure& disclosure) {
  std::vector<ManifestFigure> out;
  for (const System& system : disclosure.systems) {
    if (const Fact* parameters = system.parameters.stated())
      out.push_back({fmt::format("`{}`", system.name), std::nullopt, parameters, system.parameters.declared.has_value()});
    for (const auto& phase : system.phases) {
      if (!phase) continue;
      for (size_t q = 0; q < kQuantityCount; ++q) {
        const Figure& figure = phase->figures[q];
        const Fact* fact = figure.declared ? &*figure.declared : figure.logged.empty() ? nullptr : &figure.logged.front();
        if (!fact || !stated_in_prose(static_cast<Quantity>(q), fact->dimension)) continue;
        out.push_back({fmt::format("the `{}` block of `{}`", phase_name(phase->kind), system.name),
                       static_cast<Quantity>(q), fact, figure.declared.has_value()});
      }
    }
  }
  return out;
}

std::string field_of(const std::optional<Quantity>& quantity) {
  return quantity ? std::string(field_name(*quantity)) : "parameters";
}

bool same_field(const PaperStatement& paper, const std::optional<Quantity>& quantity, const Fact& fact) {
  return paper.quantity == quantity && paper.value.dimension == fact.dimension;
}

std::string as_written(const Fact& fact) {
  const Location& at = fact.source;
  if (fact.origin == Origin::Logged || !at.file || at.whole_file)
    return format_quantity(fact.value, fact.dimension);
  return std::string(at.file->text(at.range));
}

bool agrees(const Fact& paper, const Fact& manifest) {
  double scale = std::max(std::abs(paper.value), std::abs(manifest.value));
  return scale == 0 || std::abs(paper.value - manifest.value) <= kRounding * scale;
}

}  // namespace costlint::rules
