#include "estimate/joint_placement.h"

#include <algorithm>
#include <map>

#include "estimate/disclosure_placement.h"
#include "estimate/dominance.h"
#include "estimate/pareto_frontier.h"

namespace costlint {
namespace {

/// At most this many dominating points are named; the rest are counted.
constexpr size_t kNamedDominators = 10;

/// A point's costs on the score and `axes`, or nothing if it lacks one of them.
std::optional<std::vector<double>> costs_of(const ParetoPoint& point,
                                            const std::vector<ResourceAxis>& axes, Better better) {
  std::vector<double> costs{score_cost(point.score, better)};
  for (ResourceAxis axis : axes) {
    if (!point[axis] || !(point[axis]->value > 0)) return std::nullopt;
    costs.push_back(point[axis]->value);
  }
  return costs;
}

/// One system of a benchmark as a point, with every axis it has a value of its own on.
ParetoPoint system_point(const System& system, double score) {
  ParetoPoint point;
  point.label = system.name;
  point.score = score;
  for (ResourceAxis axis : kResourceAxes)
    if (unfounded_resource(system, axis).empty()) point[axis] = system_resource(system, axis);
  return point;
}

/// The axes of `point`, leaving out a weights memory derived from its
/// parameters, which would only repeat them.
std::vector<ResourceAxis> axes_of(const ParetoPoint& point) {
  std::vector<ResourceAxis> axes;
  for (ResourceAxis axis : kResourceAxes) {
    bool repeats_parameters = axis == ResourceAxis::WeightsMemory &&
                              point[ResourceAxis::Parameters] && point[axis] &&
                              point[axis]->estimated;
    if (point[axis] && !repeats_parameters) axes.push_back(axis);
  }
  return axes;
}

/// Places the systems `placed` (points, with their indices) against `others`.
JointPlot place_group(const Disclosure& disclosure, size_t benchmark,
                      const std::vector<ResourceAxis>& axes, Better better,
                      const std::vector<std::pair<size_t, ParetoPoint>>& placed,
                      const std::vector<ParetoPoint>& others, bool reference) {
  JointPlot plot{benchmark, axes, better, reference, others.size(), {}, {}};
  // Each point's costs and name key once, not once per pair.
  std::vector<std::vector<double>> other_costs, placed_costs;
  std::vector<std::string> other_keys;
  for (const ParetoPoint& p : others) {
    other_costs.push_back(*costs_of(p, axes, better));
    other_keys.push_back(name_key(p.label));
  }
  for (const auto& [index, p] : placed) placed_costs.push_back(*costs_of(p, axes, better));
  std::vector<std::pair<const std::string*, const std::vector<double>*>> all;  // label, costs
  for (size_t o = 0; o < others.size(); ++o) all.push_back({&others[o].label, &other_costs[o]});
  if (reference)
    for (size_t s = 0; s < placed.size(); ++s)
      all.push_back({&placed[s].second.label, &placed_costs[s]});
  Eigen::MatrixXd costs(static_cast<Eigen::Index>(all.size()),
                        static_cast<Eigen::Index>(axes.size() + 1));
  for (size_t i = 0; i < all.size(); ++i)
    costs.row(static_cast<Eigen::Index>(i)) =
        Eigen::Map<const Eigen::RowVectorXd>(all[i].second->data(), costs.cols());
  for (size_t i : frontier_nd(costs)) plot.frontier.push_back(*all[i].first);
  for (size_t s = 0; s < placed.size(); ++s) {
    const auto& [index, point] = placed[s];
    JointStanding standing{index, {}, 0, false};
    const std::vector<std::string> itself = system_keys(disclosure.systems[index]);
    for (ResourceAxis axis : axes) standing.estimated |= point[axis]->estimated;
    for (size_t o = 0; o < others.size(); ++o) {
      if (others[o].label == point.label || !dominates(other_costs[o], placed_costs[s]) ||
          std::find(itself.begin(), itself.end(), other_keys[o]) != itself.end())
        continue;
      if (standing.dominated_by.size() < kNamedDominators)
        standing.dominated_by.push_back(others[o].label);
      ++standing.dominators;
    }
    plot.systems.push_back(std::move(standing));
  }
  return plot;
}

}  // namespace

std::vector<JointPlot> place_jointly(const Disclosure& disclosure,
                                     std::span<const BenchmarkReference> references) {
  std::vector<JointPlot> out;
  for (size_t b = 0; b < disclosure.benchmarks.size() && b < references.size(); ++b) {
    const ReferenceSet* reference = references[b].points;
    const Better better = references[b].better;
    // The systems scored on the benchmark, grouped by the axes they have values on.
    std::map<std::vector<ResourceAxis>, std::vector<std::pair<size_t, ParetoPoint>>> groups;
    std::vector<ParetoPoint> scored;
    for (size_t s = 0; s < disclosure.systems.size(); ++s) {
      for (const Score& score : disclosure.systems[s].scores) {
        if (score.benchmark != b) continue;
        ParetoPoint point = system_point(disclosure.systems[s], score.value.value);
        scored.push_back(point);
        if (std::vector<ResourceAxis> axes = axes_of(point); axes.size() >= 2)
          groups[axes].emplace_back(s, std::move(point));
      }
    }
    for (const auto& [axes, placed] : groups) {
      std::vector<ParetoPoint> others;
      if (reference)
        for (const ParetoPoint& p : reference->points)
          if (costs_of(p, axes, better)) others.push_back(p);
      bool against_reference = !others.empty();
      if (!against_reference)
        for (const ParetoPoint& p : scored)
          if (costs_of(p, axes, better)) others.push_back(p);
      if (!against_reference && others.size() < 2) continue;  // a system alone
      if (placed.size() * others.size() > kMaxJointPairs) {
        JointPlot plot{b, axes, better, against_reference, others.size(), {}, {}, placed.size()};
        out.push_back(std::move(plot));
        continue;
      }
      out.push_back(place_group(disclosure, b, axes, better, placed, others, against_reference));
    }
  }
  return out;
}

}  // namespace costlint
