#include "reporters/disclosure_document.h"

#include <fmt/format.h>

#include "ir/quantity_format.h"
#include "ir/source_file.h"

namespace costlint {
namespace {

constexpr std::string_view kPhaseNames[] = {"train", "tune", "infer"};
constexpr std::string_view kPhaseVerbs[] = {"Training", "The search for", "Serving"};

DocumentCell cell(const Fact& fact, std::string_view device) {
  auto shown = [&](double v) { return format_quantity(v, fact.dimension, device); };
  DocumentCell out{shown(fact.value), fact.origin, {}};
  if (fact.origin == Origin::Estimated && fact.interval)
    out.range = fmt::format("{} – {}", shown(fact.interval->low), shown(fact.interval->high));
  return out;
}

/// The best figure of the column: compute as device-time, energy in total or per item.
const Fact* column_fact(const Phase& phase, size_t column) {
  switch (column) {
    case 0: return phase[Quantity::Compute].best(dim::device * dim::time);
    case 1:
      if (const Fact* total = phase[Quantity::Energy].best(dim::energy)) return total;
      return phase[Quantity::Energy].best(dim::energy / dim::item);
    case 2: return phase[Quantity::Emissions].best(dim::co2e);
    case 3: return phase[Quantity::Memory].best(dim::bytes);
    case 4: return phase[Quantity::Throughput].best(dim::item / dim::time);
  }
  return nullptr;
}

/// "about 41 kWh" for an estimate, "41 kWh" for a stated figure.
std::string spoken(const DocumentCell& c) {
  return c.origin == Origin::Estimated ? "about " + c.value : c.value;
}

std::string statement_of(const System& system, const DocumentSystem& doc) {
  std::vector<std::string> sentences;
  for (const DocumentPhase& phase : doc.phases) {
    size_t kind = phase.phase == "train" ? 0 : phase.phase == "tune" ? 1 : 2;
    std::vector<std::string> parts;
    std::string on = phase.hardware.empty() ? "" : " on " + phase.hardware;
    if (phase.cells[0]) parts.push_back("took " + spoken(*phase.cells[0]) + on);
    else if (!on.empty()) parts.push_back("ran" + on);
    if (phase.cells[1]) parts.push_back("used " + spoken(*phase.cells[1]));
    if (phase.cells[2]) parts.push_back("emitted " + spoken(*phase.cells[2]));
    if (phase.cells[4]) parts.push_back("served " + phase.cells[4]->value);
    if (parts.empty()) continue;
    std::string joined = parts.front();
    for (size_t i = 1; i < parts.size(); ++i)
      joined += (i + 1 == parts.size() ? " and " : ", ") + parts[i];
    sentences.push_back(fmt::format("{} `{}` {}.", kPhaseVerbs[kind], system.name, joined));
  }
  if (sentences.empty()) return fmt::format("`{}` discloses no cost.", system.name);
  std::string out = sentences.front();
  for (size_t i = 1; i < sentences.size(); ++i) out += " " + sentences[i];
  bool estimated = false;
  for (const DocumentPhase& phase : doc.phases)
    for (const auto& c : phase.cells) estimated = estimated || (c && c->origin == Origin::Estimated);
  if (estimated) out += " Figures marked as estimated are estimates, not measurements.";
  return out;
}

DocumentSystem system_document(const Disclosure& disclosure, const System& system,
                               const std::optional<DisclosurePlacements>& placements) {
  DocumentSystem doc;
  doc.name = system.name;
  doc.kind = system.role == SystemRole::Model ? "model" : "baseline";
  if (const Fact* parameters = system.parameters.best(dim::count))
    doc.parameters = cell(*parameters, "");
  for (const auto& phase : system.phases) {
    if (!phase) continue;
    DocumentPhase& row = doc.phases.emplace_back();
    row.phase = kPhaseNames[static_cast<size_t>(phase->kind)];
    if (phase->hardware) {
      const HardwarePool& pool = disclosure.hardware[*phase->hardware];
      row.hardware = pool.count ? fmt::format("{} × {}", *pool.count, pool.model) : pool.model;
    }
    for (size_t c = 0; c < kDocumentColumns.size(); ++c)
      if (const Fact* fact = column_fact(*phase, c)) row.cells[c] = cell(*fact, phase->device_unit);
  }
  for (const Score& score : system.scores) {
    const Benchmark& benchmark = disclosure.benchmarks[score.benchmark];
    std::string metric = benchmark.metric ? fmt::format(" ({})", benchmark.metric->value) : "";
    doc.scores.push_back(fmt::format("`{}`: {}{}", benchmark.name, format_number(score.value.value), metric));
  }
  if (placements) {
    size_t index = static_cast<size_t>(&system - disclosure.systems.data());
    for (const SystemPlacement& p : placements->systems)
      if (p.system == index && p.placement.standing != Standing::Alone)
        (placements->plots[p.plot].reference ? doc.frontier : doc.comparisons).push_back(p.sentence);
  }
  doc.statement = statement_of(system, doc);
  return doc;
}

}  // namespace

std::vector<DisclosureDocument> disclosure_documents(const CheckRun& run) {
  std::vector<DisclosureDocument> out;
  for (const CheckedManifest& manifest : run.manifests) {
    if (!manifest.disclosure) continue;
    DisclosureDocument& doc = out.emplace_back();
    doc.manifest = manifest.file->uri();
    for (const System& system : manifest.disclosure->systems)
      doc.systems.push_back(system_document(*manifest.disclosure, system, manifest.placements));
  }
  return out;
}

}  // namespace costlint
