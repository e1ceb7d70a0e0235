#pragma once
// The score stage of the pipeline (ARCHITECTURE.md, step 6): each system of a
// manifest with a score on a benchmark and a value on a resource axis, placed
// against that benchmark's reference points, or against the manifest's other
// systems when the benchmark has none; with the frontier and the trend it was
// placed against, for the reporters to draw. Rules and reporters read this;
// neither recomputes it.

#include <optional>
#include <span>
#include <string>
#include <vector>

#include "ir/estimate.h"
#include "estimate/frontier_trend.h"
#include "estimate/joint_placement.h"
#include "ir/pareto_point.h"
#include "estimate/placement.h"
#include "ir/disclosure.h"

namespace costlint {

/// The points one benchmark's systems were placed against on one axis.
struct FrontierPlot {
  size_t benchmark = 0;  ///< index into Disclosure::benchmarks
  ResourceAxis axis = ResourceAxis::Parameters;
  Better better = Better::Higher;
  bool reference = false;  ///< false: the manifest's own systems (no reference point on the axis)
  std::vector<ParetoPoint> points;  ///< each with a value on `axis`
  std::vector<size_t> frontier;     ///< indices into points, by increasing resource
  std::optional<FrontierTrend> trend;
};

struct SystemPlacement {
  size_t system = 0;     ///< index into Disclosure::systems
  size_t benchmark = 0;  ///< index into Disclosure::benchmarks
  size_t plot = 0;       ///< index into DisclosurePlacements::plots
  ResourceAxis axis = ResourceAxis::Parameters;
  double score = 0;
  std::optional<Interval> score_range;  ///< from the score's `±`
  Coordinate resource;
  Placement placement;
  /// Its score minus the trend's at its resource, when there is a trend.
  std::optional<double> trend_residual;
};

/// A benchmark whose scores and reference points are on different scales; its
/// systems are placed against each other only (score_scale.h).
struct ScaleMismatch {
  size_t benchmark = 0;  ///< index into Disclosure::benchmarks
  double factor = 1;     ///< what the manifest's scores would be multiplied by
  std::string example;   ///< a reference point, and its score
  double example_score = 0;
};

struct DisclosurePlacements {
  std::vector<SystemPlacement> systems;  ///< by system, then benchmark, then axis
  std::vector<FrontierPlot> plots;
  std::vector<JointPlot> joint;  ///< every axis of a system at once
  std::vector<ScaleMismatch> scale_mismatches;
};

/// Places every system of `disclosure`; `references` holds, index for index
/// with disclosure.benchmarks, the reference points of each benchmark, if any.
/// An axis on which the benchmark has no reference point is placed against the
/// manifest's other systems; an axis with nothing to compare with, not at all.
DisclosurePlacements place_disclosure(const Disclosure& disclosure,
                                      const DisclosureEstimates* estimates,
                                      std::span<const std::optional<ReferenceSet>> references,
                                      const FrontierTrendOptions& trend = {});

/// The system's value on `axis`: declared or logged, else estimated (marked, with
/// its interval), from what its phases and the estimator say.
std::optional<Coordinate> system_resource(const System& system, const SystemEstimates* estimates,
                                          ResourceAxis axis);

}  // namespace costlint
