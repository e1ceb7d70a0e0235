#include "estimate/joint_placement.h"

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
  std::vector<const ParetoPoint*> all;
  for (const ParetoPoint& p : others) all.push_back(&p);
  if (reference)
    for (const auto& [index, p] : placed) all.push_back(&p);
  Eigen::MatrixXd costs(static_cast<Eigen::Index>(all.size()),
                        static_cast<Eigen::Index>(axes.size() + 1));
  for (size_t i = 0; i < all.size(); ++i)
    costs.row(static_cast<Eigen::Index>(i)) =
        Eigen::Map<const Eigen::RowVectorXd>(costs_of(*all[i], axes, better)->data(), costs.cols());
  for (size_t i : frontier_nd(costs)) plot.frontier.push_back(all[i]->label);
  // Each point's costs once, not once per pair.
  std::vector<std::vector<double>> other_costs;
  for (const ParetoPoint& other : others) other_costs.push_back(*costs_of(other, axes, better));
  for (const auto& [index, point] : placed) {
    JointStanding standing{index, {}, 0, false};
    std::vector<double> own = *costs_of(point, axes, better);
    for (ResourceAxis axis : axes) standing.estimated |= point[axis]->estimated;
    for (size_t o = 0; o < others.size(); ++o) {
      if (others[o].label == point.label || !dominates(other_costs[o], own) ||
          is_twin(others[o], disclosure.systems[index]))
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
