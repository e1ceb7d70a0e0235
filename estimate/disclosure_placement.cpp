#include "estimate/disclosure_placement.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <set>

#include <fmt/format.h>

#include "estimate/memory_estimate.h"
#include "estimate/pareto_frontier.h"
#include "estimate/placement_text.h"
#include "estimate/score_scale.h"
#include "ir/quantity_format.h"

namespace costlint {
namespace {

/// The name a placement calls a benchmark by: its corpus key, else its own.
std::string_view benchmark_name(const Benchmark& benchmark) {
  return benchmark.key ? std::string_view(benchmark.key->value) : std::string_view(benchmark.name);
}

/// The fact `system_resource()` reads on an axis; for weights memory, the
/// parameter count it derives it from (when no `size` is given).
const Fact* axis_fact(const System& system, ResourceAxis axis) {
  auto phase_fact = [&](PhaseKind kind, Quantity quantity, const Dimension& dimension) {
    const auto& phase = system.phase(kind);
    return phase ? (*phase)[quantity].best(dimension) : nullptr;
  };
  switch (axis) {
    case ResourceAxis::Parameters:
    case ResourceAxis::WeightsMemory: return system.parameters.best(dim::count);
    case ResourceAxis::TrainingCompute:
      return phase_fact(PhaseKind::Train, Quantity::Compute, dim::flop);
    case ResourceAxis::TrainingEnergy: {  // like with like: the facility's, stated or estimated
      const auto& train = system.phase(PhaseKind::Train);
      return train ? (*train)[Quantity::Energy].facility_energy(dim::energy) : nullptr;
    }
    case ResourceAxis::InferenceCompute:
      return phase_fact(PhaseKind::Infer, Quantity::Compute, dim::flop / dim::item);
    case ResourceAxis::InferenceEnergy: {
      const auto& infer = system.phase(PhaseKind::Infer);
      return infer ? (*infer)[Quantity::Energy].facility_energy(dim::energy / dim::item) : nullptr;
    }
  }
  return nullptr;
}

/// Whether `point` is compared with a paper of `as_of` (none: every point is).
bool published_by(const ParetoPoint& point, std::optional<int> as_of) {
  return !as_of || !point.year || *point.year <= *as_of;
}

/// `references` with only the points published up to `as_of` (those without a
/// year too); the later ones are returned in `later`, benchmark by benchmark.
std::vector<std::optional<ReferenceSet>> as_of_year(
    std::span<const std::optional<ReferenceSet>> references, std::optional<int> as_of,
    std::vector<std::vector<ParetoPoint>>& later) {
  std::vector<std::optional<ReferenceSet>> out(references.begin(), references.end());
  later.assign(out.size(), {});
  if (!as_of) return out;
  for (size_t b = 0; b < out.size(); ++b) {
    if (!out[b]) continue;
    std::vector<ParetoPoint>& points = out[b]->points;
    auto after = std::stable_partition(points.begin(), points.end(), [&](const ParetoPoint& p) {
      return published_by(p, as_of);
    });
    later[b].assign(std::make_move_iterator(after), std::make_move_iterator(points.end()));
    points.erase(after, points.end());
    if (points.empty()) out[b].reset();  // nothing of its time: as for an unknown benchmark
  }
  return out;
}

Coordinate from_fact(const Fact& fact) {
  return {fact.value, fact.origin == Origin::Estimated, fact.interval};
}

std::optional<Coordinate> weights_memory(const System& system) {
  if (system.size) return from_fact(*system.size);
  const Fact* parameters = axis_fact(system, ResourceAxis::WeightsMemory);
  if (!parameters) return std::nullopt;
  const Coordinate count = from_fact(*parameters);
  Factor bytes = bytes_per_weight(system);
  Interval range = count.interval.value_or(Interval{count.value, count.value});
  Coordinate out{count.value * bytes.value, count.estimated, std::nullopt};
  if (count.interval || bytes.low != bytes.high) {
    out.estimated = true;
    out.interval = Interval{range.low * bytes.low, range.high * bytes.high};
  }
  return out;
}

/// What benchmark `b` is placed against: its reference points, unless the
/// manifest's scores are on another scale (recorded in `mismatches`), and which
/// way its score is better: as the manifest says, else as its points say.
BenchmarkReference reference_for(const Disclosure& disclosure, size_t b,
                                 const ReferenceSet* table,
                                 std::vector<ScaleMismatch>& mismatches) {
  const Benchmark& benchmark = disclosure.benchmarks[b];
  BenchmarkReference out;
  if (benchmark.better && benchmark.better->value == "lower") out.better = Better::Lower;
  else if (table) out.better = table->better;
  if (!table) return out;
  std::vector<double> own;
  for (const System& system : disclosure.systems)
    for (const Score& score : system.scores)
      if (score.benchmark == b) own.push_back(score.value.value);
  if (std::optional<double> factor = score_scale_factor(own, table->points))
    mismatches.push_back(ScaleMismatch{b, *factor, table->points.front().label,
                                       table->points.front().score});
  else
    out.points = table;
  return out;
}

}  // namespace

void warm_reference_trends(std::span<const ReferenceSet> references,
                           const FrontierTrendOptions& trend) {
  for (const ReferenceSet& reference : references) {
    // A paper of any year sees the points up to one of the table's years, or all.
    std::set<std::optional<int>> cutoffs{std::nullopt};
    for (const ParetoPoint& point : reference.points)
      if (point.year) cutoffs.insert(point.year);
    for (const std::optional<int>& as_of : cutoffs)
      for (ResourceAxis axis : kResourceAxes) {
        // The points place_disclosure() fits a reference plot on, in its order.
        std::vector<double> resources, scores;
        for (const ParetoPoint& point : reference.points)
          if (point[axis] && point[axis]->value > 0 && published_by(point, as_of)) {
            resources.push_back(point[axis]->value);
            scores.push_back(point.score);
          }
        if (!resources.empty()) shared_frontier_trend(resources, scores, reference.better, trend);
      }
  }
}

std::string unfounded_resource(const System& system, ResourceAxis axis) {
  std::string_view name = resource_axis_name(axis);
  if (axis == ResourceAxis::WeightsMemory && system.size) return "";
  const Fact* fact = axis_fact(system, axis);
  if (fact && fact->from_trend) {
    std::string range = fact->interval ? fmt::format(", {} to {}",
                                                     format_quantity(fact->interval->low, fact->dimension),
                                                     format_quantity(fact->interval->high, fact->dimension))
                                       : "";
    return fmt::format("its {} would come from the trend of other models (~{}{}), no figure of its "
                       "own{}",
                       axis == ResourceAxis::WeightsMemory ? "parameter count" : name,
                       format_quantity(fact->value, fact->dimension), range,
                       fact == system.parameters.best(dim::count) ? ": declare `parameters`" : "");
  }
  if (axis == ResourceAxis::WeightsMemory && fact && !system.precision)
    return "its weights memory would rest on a precision the manifest does not give (2 B per "
           "weight assumed; 4 in fp32): declare `precision` or `size`";
  return "";
}

std::string name_key(std::string_view name) {
  std::string out;
  for (char c : name)
    if (std::isalnum(static_cast<unsigned char>(c)))
      out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

std::vector<std::string> system_keys(const System& system) {
  std::vector<std::string> out;
  for (std::string key : {name_key(system.name),
                          system.label ? name_key(system.label->value) : std::string()})
    if (!key.empty()) out.push_back(std::move(key));
  return out;
}

std::optional<Coordinate> system_resource(const System& system, ResourceAxis axis) {
  std::optional<Coordinate> out;
  if (axis == ResourceAxis::WeightsMemory) out = weights_memory(system);
  else if (const Fact* fact = axis_fact(system, axis)) out = from_fact(*fact);
  if (out && !(out->value > 0)) return std::nullopt;  // no log scale, no ratio
  return out;
}

DisclosurePlacements place_disclosure(const Disclosure& disclosure,
                                      std::span<const std::optional<ReferenceSet>> all_references,
                                      const PlacementOptions& options) {
  const FrontierTrendOptions& trend = options.trend;
  std::optional<int> as_of = options.as_of;
  if (!as_of && disclosure.paper && disclosure.paper->year)
    as_of = static_cast<int>(disclosure.paper->year->value);
  std::vector<std::vector<ParetoPoint>> later;
  const std::vector<std::optional<ReferenceSet>> references =
      as_of_year(all_references, as_of, later);
  DisclosurePlacements out;
  std::vector<BenchmarkReference> placed_against;
  for (size_t b = 0; b < disclosure.benchmarks.size(); ++b) {
    const ReferenceSet* table =
        b < references.size() && references[b] ? &*references[b] : nullptr;
    placed_against.push_back(reference_for(disclosure, b, table, out.scale_mismatches));
    const ReferenceSet* reference = placed_against.back().points;
    const Better better = placed_against.back().better;
    for (ResourceAxis axis : kResourceAxes) {
      std::vector<SystemPlacement> placed;
      std::vector<ParetoPoint> own;
      for (size_t s = 0; s < disclosure.systems.size(); ++s) {
        const System& system = disclosure.systems[s];
        std::optional<Coordinate> resource = system_resource(system, axis);
        std::string unfounded = resource ? unfounded_resource(system, axis) : "";
        for (const Score& score : system.scores) {
          if (score.benchmark != b || !resource) continue;
          std::optional<Interval> range;
          if (const auto& interval = score.value.interval) range = Interval{interval->low, interval->high};
          placed.push_back(
              {s, b, out.plots.size(), axis, score.value.value, range, *resource, {}, {}, {}});
          if (!unfounded.empty()) {  // said, but neither placed nor a point for the others
            placed.back().placement.standing = Standing::NotPlaced;
            placed.back().placement.not_placed = unfounded;
            continue;
          }
          ParetoPoint& point = own.emplace_back();
          point.label = system.name;
          point.score = score.value.value;
          point.score_range = range;
          point[axis] = *resource;
        }
      }
      FrontierPlot plot{b, axis, better, false, {}, {}, as_of, {}, {}};
      if (reference)
        for (const ParetoPoint& point : reference->points)
          if (point[axis] && point[axis]->value > 0) plot.points.push_back(point);
      if (b < later.size())
        for (const ParetoPoint& point : later[b])
          if (point[axis] && point[axis]->value > 0) plot.later.push_back(point);
      // Reference points with no value on this axis place nothing: the manifest's
      // own systems are then the only comparison, as for an unknown benchmark.
      plot.reference = !plot.points.empty();
      if (!plot.reference) plot.points = own;
      // Nothing to compare with: no system, or a system alone with no reference;
      // but one placed system is told why the others, whose figures are not their
      // own, are not beside it.
      bool unfounded = std::any_of(placed.begin(), placed.end(), [](const SystemPlacement& p) {
        return p.placement.standing == Standing::NotPlaced;
      });
      if (placed.empty() || (!plot.reference && plot.points.size() < (unfounded ? 1u : 2u)))
        continue;
      const PlacementReference against(plot.points, axis, better);
      // The reference points by name, to find a system's own among them at once.
      std::multimap<std::string, size_t> by_name;
      if (plot.reference)
        for (size_t id = 0; id < plot.points.size(); ++id)
          by_name.emplace(name_key(plot.points[id].label), id);
      size_t own_id = 0;  // placed systems are the own plot's points, in order
      for (SystemPlacement& p : placed) {
        if (p.placement.standing == Standing::NotPlaced) continue;
        const System& system = disclosure.systems[p.system];
        std::vector<size_t> itself;
        if (!plot.reference) itself.push_back(own_id++);
        for (const std::string& key : system_keys(system)) {
          auto [first, last] = by_name.equal_range(key);
          for (auto it = first; it != last; ++it) itself.push_back(it->second);
        }
        p.placement = place(p.resource, p.score, p.score_range, against, itself);
        if (plot.reference && !itself.empty()) p.placement.twin = plot.points[itself.front()].label;
      }
      std::vector<double> resources, scores;
      for (const ParetoPoint& point : plot.points) {
        resources.push_back(point[axis]->value);
        scores.push_back(point.score);
      }
      plot.frontier = frontier_2d(resources, scores, better);
      std::stable_sort(plot.frontier.begin(), plot.frontier.end(),
                       [&](size_t a, size_t c) { return resources[a] < resources[c]; });
      if (!resources.empty())
        plot.trend = plot.reference ? shared_frontier_trend(resources, scores, better, trend)
                                    : fit_frontier_trend(resources, scores, better, trend);
      for (SystemPlacement& p : placed) {
        if (plot.trend && p.placement.standing != Standing::NotPlaced)
          p.trend_residual = p.score - plot.trend->at(p.resource.value);
        p.sentence = describe_placement(p, plot, disclosure.systems[p.system].name,
                                        benchmark_name(disclosure.benchmarks[b]));
        out.systems.push_back(std::move(p));
      }
      out.plots.push_back(std::move(plot));
    }
  }
  std::stable_sort(out.systems.begin(), out.systems.end(),
                   [](const SystemPlacement& a, const SystemPlacement& b) {
                     return a.system != b.system ? a.system < b.system : a.benchmark < b.benchmark;
                   });
  out.joint = place_jointly(disclosure, placed_against);
  return out;
}

}  // namespace costlint
