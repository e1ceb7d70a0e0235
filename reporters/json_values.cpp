#include "reporters/json_values.h"

#include <cmath>
#include <cstdlib>

#include <fmt/format.h>

#include "ir/source_file.h"

namespace costlint::json {

double significant(double value, int digits) {
  if (!std::isfinite(value) || value == 0) return value;
  return std::strtod(fmt::format("{:.{}g}", value, digits).c_str(), nullptr);
}

void round_numbers(Json& json, int digits) {
  if (json.is_number_float()) json = significant(json.get<double>(), digits);
  else if (json.is_structured())
    for (Json& child : json) round_numbers(child, digits);
}

namespace {

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

}  // namespace

Json coordinate_json(const Coordinate& c) {
  Json j;
  j["value"] = c.value;
  j["estimated"] = c.estimated;
  if (c.interval) {
    j["low"] = c.interval->low;
    j["high"] = c.interval->high;
  }
  return j;
}

Json score_json(double score, const std::optional<Interval>& range) {
  Json j;
  j["value"] = score;
  if (range) {
    j["low"] = range->low;
    j["high"] = range->high;
  }
  return j;
}

Json placement_json(const CheckedManifest& manifest, const SystemPlacement& p) {
  const Disclosure& disclosure = *manifest.disclosure;
  const Placement& placement = p.placement;
  Json j;
  j["system"] = disclosure.systems[p.system].name;
  j["benchmark"] = disclosure.benchmarks[p.benchmark].name;
  j["axis"] = resource_axis_key(p.axis);
  j["plot"] = p.plot;
  j["score"] = score_json(p.score, p.score_range);
  j["resource"] = coordinate_json(p.resource);
  j["standing"] = standing_name(placement.standing);
  if (placement.standing == Standing::NotPlaced) j["not_placed"] = placement.not_placed;
  if (!placement.twin.empty()) j["twin"] = placement.twin;
  if (placement.standing == Standing::Dominated) {
    j["dominated_by"] = placement.dominated_by;  // the first ten
    j["dominators"] = placement.dominators;
    j["resource_factor"] = significant(placement.resource_factor, kDerivedDigits);
    j["score_gap"] = significant(placement.score_gap, kDerivedDigits);
  }
  if (placement.progress != Progress::None) {
    j["progress"] = placement.progress == Progress::Efficiency ? "efficiency" : "intensive";
    j["compared_with"] = placement.compared_with;
    j["compared_score"] = placement.compared_score;
    j["progress_factor"] = significant(placement.progress_factor, kDerivedDigits);
  }
  j["robust"] = placement.robust;
  j["trend_residual"] =
      p.trend_residual ? Json(significant(*p.trend_residual, kDerivedDigits)) : Json(nullptr);
  j["sentence"] = p.sentence;
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

}  // namespace costlint::json
