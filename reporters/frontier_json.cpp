// `costlint frontier --format json`: the score stage's plots and placements as
// data, for a conference's batch check or a notebook. Values are in the SI base
// units of their axis (count, B, FLOP, J; per item for inference).

#include <llvm/Support/raw_ostream.h>

#include "reporters/frontier_report.h"
#include "reporters/json_values.h"
#include "reporters/json_writer.h"

namespace costlint {
namespace {

using json::Json;

Json trend_json(const FrontierTrend& trend) {
  Json j;
  j["quantile"] = trend.quantile;
  j["exact"] = trend.exact;
  j["resamples"] = trend.resamples;
  Json curve = Json::array();
  for (size_t i = 0; i < trend.grid.size(); ++i)
    curve.push_back({{"log10_resource", trend.grid[i]},
                     {"score", trend.curve[i]},
                     {"low", trend.low[i]},
                     {"high", trend.high[i]}});
  json::round_numbers(curve, json::kDerivedDigits);  // a curve to draw, not figures to quote
  j["curve"] = std::move(curve);
  return j;
}

Json plot_json(const Disclosure& disclosure, const FrontierPlot& plot,
               const std::vector<BenchmarkMatch>& matches) {
  const Benchmark& benchmark = disclosure.benchmarks[plot.benchmark];
  Json j;
  j["benchmark"] = benchmark.name;
  j["key"] = benchmark.key ? Json(benchmark.key->value) : Json(nullptr);
  j["table"] = nullptr;  // the reference table the name found (P604)
  if (plot.benchmark < matches.size() && !matches[plot.benchmark].table.empty())
    j["table"] = matches[plot.benchmark].table;
  j["axis"] = resource_axis_key(plot.axis);
  j["unit"] = resource_axis_dimension(plot.axis).canonical_unit();
  j["better"] = plot.better == Better::Higher ? "higher" : "lower";
  j["against"] = plot.reference ? "reference" : "manifest";
  auto points_json = [&](const std::vector<ParetoPoint>& points) {
    Json out = Json::array();
    for (const ParetoPoint& point : points) {
      Json p;
      p["label"] = point.label;
      p["year"] = point.year ? Json(*point.year) : Json(nullptr);
      p["score"] = json::score_json(point.score, point.score_range);
      p["resource"] = json::coordinate_json(*point[plot.axis]);
      out.push_back(std::move(p));
    }
    return out;
  };
  j["points"] = points_json(plot.points);
  j["as_of"] = plot.as_of ? Json(*plot.as_of) : Json(nullptr);
  j["later"] = points_json(plot.later);
  Json frontier = Json::array();
  for (size_t i : plot.frontier) frontier.push_back(plot.points[i].label);
  j["frontier"] = std::move(frontier);
  j["trend"] = plot.trend ? trend_json(*plot.trend) : Json(nullptr);
  return j;
}

Json joint_json(const Disclosure& disclosure, const JointPlot& plot) {
  Json j;
  j["benchmark"] = disclosure.benchmarks[plot.benchmark].name;
  Json axes = Json::array();
  for (ResourceAxis axis : plot.axes) axes.push_back(resource_axis_key(axis));
  j["axes"] = std::move(axes);
  j["better"] = plot.better == Better::Higher ? "higher" : "lower";
  j["against"] = plot.reference ? "reference" : "manifest";
  j["points"] = plot.points;
  j["unplaced"] = plot.unplaced;  // systems not placed jointly: too many pairs
  j["frontier"] = plot.frontier;
  Json systems = Json::array();
  for (const JointStanding& s : plot.systems)
    systems.push_back({{"system", disclosure.systems[s.system].name},
                       {"standing", s.dominated_by.empty() ? "frontier" : "dominated"},
                       {"dominated_by", s.dominated_by},
                       {"dominators", s.dominators},
                       {"estimated", s.estimated}});
  j["systems"] = std::move(systems);
  return j;
}

}  // namespace

void report_frontier_json(const CheckRun& run, llvm::raw_ostream& out) {
  Json manifests = Json::array();
  for (const CheckedManifest& manifest : run.manifests) {
    if (!manifest.disclosure || !manifest.placements) continue;
    Json m;
    m["manifest"] = manifest.file->uri();
    Json plots = Json::array(), placements = Json::array();
    for (const FrontierPlot& plot : manifest.placements->plots)
      plots.push_back(plot_json(*manifest.disclosure, plot, manifest.placements->matches));
    for (const SystemPlacement& p : manifest.placements->systems)
      placements.push_back(json::placement_json(manifest, p));
    Json joint = Json::array();
    for (const JointPlot& plot : manifest.placements->joint)
      joint.push_back(joint_json(*manifest.disclosure, plot));
    m["plots"] = std::move(plots);
    m["placements"] = std::move(placements);
    m["joint"] = std::move(joint);
    manifests.push_back(std::move(m));
  }
  Json root;
  root["manifests"] = std::move(manifests);
  json::round_numbers(root);
  out << json::write_json(root) << "\n";
}

}  // namespace costlint
