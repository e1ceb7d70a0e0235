#include "reporters/disclosure_table.h"

#include <algorithm>

#include <fmt/format.h>

#include "ir/field_schema.h"
#include "ir/source_file.h"

namespace costlint {
namespace {

constexpr std::string_view kPhaseNames[] = {"train", "tune", "infer"};

/// The row key of a figure: its field, with compute split by unit and energy
/// by what it counts (`node_energy`), in all or per item (an inference phase
/// may have both: `node_energy_per_item`).
std::string key_of(Quantity quantity, const Fact& fact) {
  if (quantity == Quantity::Compute && fact.dimension.exponent(BaseDimension::Device) != 0)
    return "device_time";
  if (quantity == Quantity::Energy && fact.scope != EnergyScope::Unstated)
    return fmt::format("{}_energy{}", scope_name(fact.scope),
                       fact.dimension.exponent(BaseDimension::Item) != 0 ? "_per_item" : "");
  return std::string(field_name(quantity));
}

TableRow& row(PhaseTable& table, Quantity quantity, const Fact& fact) {
  const Dimension& dimension = fact.dimension;
  std::string key = key_of(quantity, fact);
  for (TableRow& r : table.rows)
    if (r.key == key) return r;
  TableRow& r = table.rows.emplace_back();
  r.key = std::move(key);
  r.dimension = dimension;
  return r;
}

PhaseTable phase_table(const Phase& phase) {
  PhaseTable table{kPhaseNames[static_cast<size_t>(phase.kind)], phase.device_unit, {}};
  for (size_t q = 0; q < kQuantityCount; ++q) {
    auto quantity = static_cast<Quantity>(q);
    const Figure& figure = phase.figures[q];
    if (figure.declared) row(table, quantity, *figure.declared).declared = &*figure.declared;
    for (const Fact& fact : figure.logged)
      if (TableRow& r = row(table, quantity, fact); !r.logged) r.logged = &fact;
    for (const Fact& fact : figure.estimated) row(table, quantity, fact).estimated = &fact;
  }
  // The order of MANIFEST.md's fields, whatever the order found.
  auto rank = [](const TableRow& r) {
    static const std::vector<std::string_view> order = {
        "duration", "device_time", "compute", "energy", "device_energy", "node_energy",
        "facility_energy", "device_energy_per_item", "node_energy_per_item", "facility_energy_per_item", "emissions", "memory", "throughput",
        "latency", "cost", "samples", "tokens", "epochs", "runs", "trials"};
    return std::find(order.begin(), order.end(), r.key) - order.begin();
  };
  std::stable_sort(table.rows.begin(), table.rows.end(),
                   [&](const TableRow& a, const TableRow& b) { return rank(a) < rank(b); });
  return table;
}

}  // namespace

std::string where(const Fact& fact) {
  const Location& at = fact.source;
  if (!at.file) return {};
  return fmt::format("{}:{}", at.file->uri(), at.file->locate(at.range.begin).line);
}

std::vector<SystemTable> disclosure_table(const Disclosure& disclosure) {
  std::vector<SystemTable> out;
  for (const System& system : disclosure.systems) {
    SystemTable& table = out.emplace_back();
    table.name = system.name;
    table.kind = system.role == SystemRole::Model ? "model" : "baseline";
    table.parameters = system.parameters.declared ? &*system.parameters.declared
                                                  : system.parameters.estimate(dim::count);
    table.parameters_estimated = table.parameters && !system.parameters.declared;
    for (const auto& phase : system.phases)
      if (phase) table.phases.push_back(phase_table(*phase));
  }
  return out;
}

}  // namespace costlint
