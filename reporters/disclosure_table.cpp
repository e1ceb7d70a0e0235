#include "reporters/disclosure_table.h"

#include <algorithm>

#include <fmt/format.h>

#include "ir/field_schema.h"
#include "ir/source_file.h"

namespace costlint {
namespace {

constexpr std::string_view kPhaseNames[] = {"train", "tune", "infer"};

/// The row key of a figure: its field, with compute split by unit.
std::string key_of(Quantity quantity, const Dimension& dimension) {
  if (quantity == Quantity::Compute && dimension.exponent(BaseDimension::Device) != 0)
    return "device_time";
  return std::string(field_name(quantity));
}

std::string where(const Location& at) {
  if (!at.file) return {};
  return fmt::format("{}:{}", at.file->uri(), at.file->locate(at.range.begin).line);
}

TableRow& row(PhaseTable& table, std::string key, const Dimension& dimension) {
  for (TableRow& r : table.rows)
    if (r.key == key) return r;
  TableRow& r = table.rows.emplace_back();
  r.key = std::move(key);
  r.dimension = dimension;
  return r;
}

PhaseTable phase_table(const Phase& phase, const PhaseEstimates* estimates) {
  PhaseTable table{kPhaseNames[static_cast<size_t>(phase.kind)],
                   estimates ? estimates->device_unit : "device", {}};
  for (size_t q = 0; q < kQuantityCount; ++q)
    if (const auto& fact = phase.quantities[q]) {
      auto quantity = static_cast<Quantity>(q);
      row(table, key_of(quantity, fact->dimension), fact->dimension).declared =
          TableCell{fact->value, fact->interval, where(fact->source), {}};
    }
  for (const EvidenceRef& evidence : phase.evidence)
    if (evidence.logged)
      for (const LoggedFigure& figure : evidence.logged->figures) {
        TableRow& r = row(table, key_of(figure.quantity, figure.fact.dimension), figure.fact.dimension);
        if (!r.logged) r.logged = TableCell{figure.fact.value, {}, where(figure.fact.source), figure.what};
      }
  if (estimates)
    for (size_t e = 0; e < kEstimatedCount; ++e)
      if (const auto& estimate = estimates->figures[e])
        row(table, std::string(estimated_key(static_cast<Estimated>(e))), estimate->dimension)
            .estimated = TableCell{estimate->value, Interval{estimate->low, estimate->high}, {},
                                   estimate->method};
  // The order of MANIFEST.md's fields, whatever the order found.
  auto rank = [](const TableRow& r) {
    static const std::vector<std::string_view> order = {
        "duration", "device_time", "compute", "energy", "emissions", "memory", "throughput",
        "latency", "cost", "samples", "tokens", "epochs", "runs", "trials"};
    return std::find(order.begin(), order.end(), r.key) - order.begin();
  };
  std::stable_sort(table.rows.begin(), table.rows.end(),
                   [&](const TableRow& a, const TableRow& b) { return rank(a) < rank(b); });
  return table;
}

}  // namespace

std::vector<SystemTable> disclosure_table(const Disclosure& disclosure,
                                          const DisclosureEstimates* estimates) {
  std::vector<SystemTable> out;
  for (size_t s = 0; s < disclosure.systems.size(); ++s) {
    const System& system = disclosure.systems[s];
    SystemTable& table = out.emplace_back();
    table.name = system.name;
    table.kind = system.role == SystemRole::Model ? "model" : "baseline";
    if (system.parameters)
      table.parameters = TableCell{system.parameters->value, system.parameters->interval,
                                   where(system.parameters->source), {}};
    const SystemEstimates* system_estimates =
        estimates && s < estimates->systems.size() ? &estimates->systems[s] : nullptr;
    if (!table.parameters && system_estimates && system_estimates->parameters) {
      const Estimate& p = *system_estimates->parameters;
      table.parameters = TableCell{p.value, Interval{p.low, p.high}, {}, p.method};
      table.parameters_estimated = true;
    }
    for (size_t kind = 0; kind < kPhaseKindCount; ++kind)
      if (const auto& phase = system.phases[kind]) {
        const PhaseEstimates* phase_estimates =
            system_estimates && system_estimates->phases[kind] ? &*system_estimates->phases[kind]
                                                                : nullptr;
        table.phases.push_back(phase_table(*phase, phase_estimates));
      }
  }
  return out;
}

}  // namespace costlint
