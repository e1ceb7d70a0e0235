#include "reporters/estimate_reporter.h"

#include <algorithm>

#include <fmt/format.h>
#include <llvm/Support/raw_ostream.h>

#include "ir/quantity_format.h"
#include "ir/source_file.h"
#include "reporters/disclosure_table.h"
#include "reporters/json_values.h"
#include "reporters/json_writer.h"

namespace costlint {
namespace {

using json::Json;

std::string shown(const Fact* cell, const Dimension& dimension, std::string_view device,
                  bool estimated = false) {
  if (!cell) return "-";
  std::string value = format_quantity(cell->value, dimension, device);
  if (!estimated) return value;
  return fmt::format("~{} [{} – {}]", value, format_quantity(cell->interval->low, dimension, device),
                     format_quantity(cell->interval->high, dimension, device));
}

/// A declared figure as its author wrote it when it is one number and a unit
/// (`~0.002 J/sample` keeps its `~` and its item), else computed (`60 * 0.9
/// GPU.h` is `54 GPU.h`), with `~` when it was declared an estimate.
std::string shown_declared(const Fact* cell, const Dimension& dimension, std::string_view device) {
  if (!cell) return "-";
  const Location& at = cell->source;
  if (at.file && !at.whole_file) {
    std::string_view text = at.file->text(at.range);
    bool literal = !text.empty() && text.size() <= 24 && text.find_first_of("*+()±") == std::string_view::npos &&
                   text.find(" - ") == std::string_view::npos;
    if (literal) return std::string(text);
  }
  return fmt::format("{}{}", cell->origin == Origin::Estimated ? "~" : "",
                     format_quantity(cell->value, dimension, device));
}

void text_system(const SystemTable& system, llvm::raw_ostream& out) {
  out << fmt::format("{} `{}`", system.kind, system.name);
  if (system.parameters && system.parameters_estimated)
    out << fmt::format(": {} parameters\n{:>54}= {}", shown(system.parameters, dim::count, "", true),
                       "", system.parameters->method);
  else if (system.parameters)
    out << fmt::format(": {} parameters", format_number(system.parameters->value));
  out << "\n";
  for (const PhaseTable& phase : system.phases) {
    // The key column fits the phase's longest key (`facility_energy_per_item`).
    size_t width = 15;
    for (const TableRow& row : phase.rows) width = std::max(width, row.key.size());
    size_t wider = width - 15;
    out << fmt::format("  {:<{}} {:<18} {:<18} {}\n", phase.phase, width + 2, "declared", "logged", "estimated");
    for (const TableRow& row : phase.rows) {
      std::string_view device = phase.device_unit;
      out << fmt::format("    {:<{}} {:<18} {:<18} {}\n", row.key, width,
                         shown_declared(row.declared, row.dimension, device),
                         shown(row.logged, row.dimension, device),
                         row.estimated ? shown(row.estimated, row.dimension, device, true) : "");
      if (row.estimated) out << fmt::format("{:>{}}= {}\n", "", 54 + wider, row.estimated->method);
    }
  }
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
      Json j = json::system_json(system);
      j["manifest"] = manifest.file->uri();
      systems.push_back(std::move(j));
    }
  }
  Json root;
  root["systems"] = std::move(systems);
  json::round_numbers(root);
  out << json::write_json(root) << "\n";
}

}  // namespace costlint
