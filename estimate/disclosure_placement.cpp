#include "estimate/disclosure_placement.h"

#include <algorithm>

#include "estimate/estimator.h"
#include "estimate/pareto_frontier.h"
#include "estimate/placement_text.h"
#include "estimate/score_scale.h"

namespace costlint {
namespace {

/// The name a placement calls a benchmark by: its corpus key, else its own.
std::string_view benchmark_name(const Benchmark& benchmark) {
  return benchmark.key ? std::string_view(benchmark.key->value) : std::string_view(benchmark.name);
}

Coordinate from_fact(const Fact& fact) {
  return {fact.value, fact.origin == Origin::Estimated, fact.interval};
}

/// The best figure `figure` has in `dimension` (Figure::best), as a coordinate.
std::optional<Coordinate> best(const Figure& figure, const Dimension& dimension) {
  const Fact* fact = figure.best(dimension);
  return fact ? std::optional<Coordinate>(from_fact(*fact)) : std::nullopt;
}

std::optional<Coordinate> phase_best(const System& system, PhaseKind kind, Quantity quantity,
                                     const Dimension& dimension) {
  const auto& phase = system.phase(kind);
  return phase ? best((*phase)[quantity], dimension) : std::nullopt;
}

std::optional<Coordinate> weights_memory(const System& system) {
  if (system.size) return from_fact(*system.size);
  std::optional<Coordinate> count = best(system.parameters, dim::count);
  if (!count) return std::nullopt;
  Factor bytes = bytes_per_weight(system);
  Interval range = count->interval.value_or(Interval{count->value, count->value});
  Coordinate out{count->value * bytes.value, count->estimated, std::nullopt};
  if (count->interval || bytes.low != bytes.high) {
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
  for (const ReferenceSet& reference : references)
    for (ResourceAxis axis : kResourceAxes) {
      // The points place_disclosure() fits a reference plot on, in its order.
      std::vector<double> resources, scores;
      for (const ParetoPoint& point : reference.points)
        if (point[axis] && point[axis]->value > 0) {
          resources.push_back(point[axis]->value);
          scores.push_back(point.score);
        }
      if (!resources.empty()) shared_frontier_trend(resources, scores, reference.better, trend);
    }
}

std::optional<Coordinate> system_resource(const System& system, ResourceAxis axis) {
  using Q = Quantity;
  std::optional<Coordinate> out;
  switch (axis) {
    case ResourceAxis::Parameters: out = best(system.parameters, dim::count); break;
    case ResourceAxis::WeightsMemory: out = weights_memory(system); break;
    case ResourceAxis::TrainingCompute:
      out = phase_best(system, PhaseKind::Train, Q::Compute, dim::flop);
      break;
    case ResourceAxis::TrainingEnergy:
      out = phase_best(system, PhaseKind::Train, Q::Energy, dim::energy);
      break;
    case ResourceAxis::InferenceCompute:
      out = phase_best(system, PhaseKind::Infer, Q::Compute, dim::flop / dim::item);
      break;
    case ResourceAxis::InferenceEnergy:
      out = phase_best(system, PhaseKind::Infer, Q::Energy, dim::energy / dim::item);
      break;
  }
  if (out && !(out->value > 0)) return std::nullopt;  // no log scale, no ratio
  return out;
}

DisclosurePlacements place_disclosure(const Disclosure& disclosure,
                                      std::span<const std::optional<ReferenceSet>> references,
                                      const FrontierTrendOptions& trend) {
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
        for (const Score& score : system.scores) {
          if (score.benchmark != b || !resource) continue;
          std::optional<Interval> range;
          if (const auto& interval = score.value.interval) range = Interval{interval->low, interval->high};
          placed.push_back(
              {s, b, out.plots.size(), axis, score.value.value, range, *resource, {}, {}, {}});
          ParetoPoint& point = own.emplace_back();
          point.label = system.name;
          point.score = score.value.value;
          point.score_range = range;
          point[axis] = *resource;
        }
      }
      FrontierPlot plot{b, axis, better, false, {}, {}, {}};
      if (reference)
        for (const ParetoPoint& point : reference->points)
          if (point[axis] && point[axis]->value > 0) plot.points.push_back(point);
      // Reference points with no value on this axis place nothing: the manifest's
      // own systems are then the only comparison, as for an unknown benchmark.
      plot.reference = !plot.points.empty();
      if (!plot.reference) plot.points = own;
      // Nothing to compare with: no system, or a system alone with no reference.
      if (placed.empty() || (!plot.reference && plot.points.size() < 2)) continue;
      for (size_t i = 0; i < placed.size(); ++i) {
        std::vector<ParetoPoint> others = plot.points;
        if (!plot.reference) others.erase(others.begin() + static_cast<std::ptrdiff_t>(i));
        placed[i].placement = place(placed[i].resource, placed[i].score, placed[i].score_range,
                                     others, axis, better);
      }
      std::vector<double> resources, scores;
      for (const ParetoPoint& point : plot.points) {
        resources.push_back(point[axis]->value);
        scores.push_back(point.score);
      }
      plot.frontier = frontier_2d(resources, scores, better);
      std::stable_sort(plot.frontier.begin(), plot.frontier.end(),
                       [&](size_t a, size_t c) { return resources[a] < resources[c]; });
      plot.trend = plot.reference ? shared_frontier_trend(resources, scores, better, trend)
                                  : fit_frontier_trend(resources, scores, better, trend);
      for (SystemPlacement& p : placed) {
        if (plot.trend) p.trend_residual = p.score - plot.trend->at(p.resource.value);
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
