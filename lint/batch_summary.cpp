#include "lint/batch_summary.h"

#include <algorithm>
#include <cmath>

#include "corpus/reference_points.h"
#include "estimate/pareto_frontier.h"

namespace costlint {
namespace {

using Json = nlohmann::ordered_json;

/// The q-quantile of sorted `values`, linearly interpolated.
double quantile(const std::vector<double>& values, double q) {
  double at = q * static_cast<double>(values.size() - 1);
  size_t below = static_cast<size_t>(std::floor(at));
  size_t above = std::min(below + 1, values.size() - 1);
  return values[below] + (at - static_cast<double>(below)) * (values[above] - values[below]);
}

std::optional<ResourceAxis> axis_from(std::string_view key) {
  for (ResourceAxis axis : kResourceAxes)
    if (resource_axis_key(axis) == key) return axis;
  return std::nullopt;
}

/// The reference frontier of benchmark `key` on `axis`, as [resource, score, label] triples.
Json reference_frontier(const ReferenceData& reference, const std::string& key, ResourceAxis axis) {
  Json out = Json::array();
  if (!reference.benchmarks.find(key)) return out;
  Benchmark named;
  named.key = TextFact{key, {}};
  std::optional<ReferenceSet> points = reference_points(reference.benchmarks, named);
  if (!points) return out;
  std::vector<double> resources, scores;
  std::vector<const ParetoPoint*> kept;
  for (const ParetoPoint& point : points->points)
    if (point[axis] && point[axis]->value > 0) {
      resources.push_back(point[axis]->value);
      scores.push_back(point.score);
      kept.push_back(&point);
    }
  for (size_t i : frontier_2d(resources, scores, points->better))
    out.push_back(Json::array({resources[i], scores[i], kept[i]->label}));
  return out;
}

}  // namespace

BatchSummary summarize(std::vector<SubmissionRow> rows, const ReferenceData& reference) {
  BatchSummary summary;
  std::sort(rows.begin(), rows.end(),
            [](const SubmissionRow& a, const SubmissionRow& b) { return a.submission < b.submission; });
  std::vector<double> energies;
  std::map<std::string, size_t> disclosed;
  for (const SubmissionRow& row : rows) {
    if (row.status != "checked") continue;
    ++summary.checked;
    for (const auto& [field, yes] : row.discloses) disclosed[field] += yes;
    if (row.training_energy) energies.push_back(row.training_energy->value);
    for (const auto& [benchmark, axes] : row.points.items())
      for (const auto& [axis, points] : axes.items())
        for (const Json& point : points)
          summary.frontiers[benchmark][axis]["submissions"].push_back(
              Json::array({point[0], point[1], row.submission + ": " + point[2].get<std::string>()}));
  }
  for (std::string_view field : kSummaryFields) {
    double rate = summary.checked ? static_cast<double>(disclosed[std::string(field)]) /
                                        static_cast<double>(summary.checked)
                                  : 0;
    summary.disclosure_rates.emplace_back(field, rate);
  }
  if (!energies.empty()) {
    std::sort(energies.begin(), energies.end());
    summary.training_energy = Distribution{energies.size(), energies.front(), quantile(energies, 0.25),
                                           quantile(energies, 0.5), quantile(energies, 0.75),
                                           energies.back()};
  }
  for (auto& [benchmark, axes] : summary.frontiers.items())
    for (auto& [axis, plot] : axes.items())
      if (auto parsed = axis_from(axis)) plot["reference"] = reference_frontier(reference, benchmark, *parsed);
  summary.rows = std::move(rows);
  return summary;
}

Json summary_json(const BatchSummary& summary) {
  Json j;
  j["submissions"] = summary.rows.size();
  j["checked"] = summary.checked;
  Json rates = Json::object();
  for (const auto& [field, rate] : summary.disclosure_rates) rates[field] = rate;
  j["disclosure_rates"] = std::move(rates);
  if (const auto& e = summary.training_energy)
    j["training_energy_j"] = {{"count", e->count}, {"min", e->min},     {"p25", e->p25},
                              {"median", e->median}, {"p75", e->p75}, {"max", e->max}};
  else
    j["training_energy_j"] = nullptr;
  j["frontiers"] = summary.frontiers;
  Json rows = Json::array();
  for (const SubmissionRow& row : summary.rows) rows.push_back(row_json(row));
  j["rows"] = std::move(rows);
  return j;
}

bool read_summary_rows(const std::string& text, std::vector<SubmissionRow>& rows, std::string* error) {
  Json j = Json::parse(text, nullptr, false);
  if (j.is_discarded() || !j.is_object() || !j.contains("rows") || !j["rows"].is_array()) {
    *error = "not a summary written by `costlint batch --summary FILE.json`";
    return false;
  }
  try {
    for (const Json& row : j["rows"]) rows.push_back(row_from_json(row));
  } catch (const Json::exception& e) {
    *error = std::string("a row is malformed: ") + e.what();
    return false;
  }
  return true;
}

}  // namespace costlint
