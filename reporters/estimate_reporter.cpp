#include "reporters/estimate_reporter.h"

#include <fmt/format.h>
#include <llvm/Support/raw_ostream.h>
#include <nlohmann/json.hpp>

#include "ir/quantity_format.h"
#include "reporters/disclosure_table.h"

namespace costlint {
namespace {

using Json = nlohmann::ordered_json;

std::string shown(const Fact* cell, const Dimension& dimension, std::string_view device,
                  bool estimated = false) {
  if (!cell) return "-";
  std::string value = format_quantity(cell->value, dimension, device);
  if (!estimated) return value;
  return fmt::format("~{} [{} – {}]", value, format_quantity(cell->interval->low, dimension, device),
                     format_quantity(cell->interval->high, dimension, device));
}

void text_system(const SystemTable& system, llvm::raw_ostream& out) {
  out << fmt::format("{} `{}`", system.kind, system.name);
  if (system.parameters && system.parameters_estimated)
    out << fmt::format(": {} parameters\n{:>50}= {}", shown(system.parameters, dim::count, "", true),
                       "", system.parameters->method);
  else if (system.parameters)
    out << fmt::format(": {} parameters", format_number(system.parameters->value));
  out << "\n";
  for (const PhaseTable& phase : system.phases) {
    out << fmt::format("  {:<13} {:<18} {:<18} {}\n", phase.phase, "declared", "logged",
                       "estimated");
    for (const TableRow& row : phase.rows) {
      std::string_view device = phase.device_unit;
      out << fmt::format("    {:<11} {:<18} {:<18} {}\n", row.key,
                         shown(row.declared, row.dimension, device),
                         shown(row.logged, row.dimension, device),
                         row.estimated ? shown(row.estimated, row.dimension, device, true) : "");
      if (row.estimated) out << fmt::format("{:>50}= {}\n", "", row.estimated->method);
    }
  }
}

Json cell_json(const Fact& cell, const Dimension& dimension, std::string_view origin) {
  Json j;
  j["value"] = cell.value;
  if (cell.interval) {
    j["low"] = cell.interval->low;
    j["high"] = cell.interval->high;
  }
  j["unit"] = dimension.canonical_unit();
  j["origin"] = origin;
  if (origin == "estimated") j["method"] = cell.method;
  else if (std::string source = where(cell); !source.empty()) j["source"] = source;
  return j;
}

Json system_json(const SystemTable& system) {
  Json j;
  j["name"] = system.name;
  j["kind"] = system.kind;
  if (system.parameters)
    j["parameters"] = cell_json(*system.parameters, dim::count,
                                system.parameters_estimated ? "estimated" : "declared");
  Json phases = Json::object();
  for (const PhaseTable& phase : system.phases) {
    Json figures = Json::object();
    for (const TableRow& row : phase.rows) {
      // The paper's figure first, then its log's, then the estimator's.
      Json cell = row.declared    ? cell_json(*row.declared, row.dimension, "declared")
                  : row.logged    ? cell_json(*row.logged, row.dimension, "logged")
                                  : cell_json(*row.estimated, row.dimension, "estimated");
      if (row.declared && row.logged)
        cell["logged"] = cell_json(*row.logged, row.dimension, "logged");
      figures[row.key] = std::move(cell);
    }
    phases[std::string(phase.phase)] = std::move(figures);
  }
  j["phases"] = std::move(phases);
  return j;
}

}  // namespace

void report_estimates_text(const CheckRun& run, llvm::raw_ostream& out) {
  for (const CheckedManifest& manifest : run.manifests) {
    if (!manifest.disclosure) continue;
    out << manifest.file->uri() << "\n";
    for (const SystemTable& system :
         disclosure_table(*manifest.disclosure))
      text_system(system, out);
    out << "\n";
  }
}

void report_estimates_json(const CheckRun& run, llvm::raw_ostream& out) {
  Json systems = Json::array();
  for (const CheckedManifest& manifest : run.manifests) {
    if (!manifest.disclosure) continue;
    for (const SystemTable& system :
         disclosure_table(*manifest.disclosure)) {
      Json j = system_json(system);
      j["manifest"] = manifest.file->uri();
      systems.push_back(std::move(j));
    }
  }
  Json root;
  root["systems"] = std::move(systems);
  out << root.dump(2, ' ', false, Json::error_handler_t::replace) << "\n";
}

}  // namespace costlint
