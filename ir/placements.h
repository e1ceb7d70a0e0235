#pragma once
// What the score stage finds (estimate/disclosure_placement.h): where each
// system sits on each benchmark's Pareto frontier, one axis at a time and all
// axes at once, with the points, frontier and trend it was placed against and
// the placement in words. Rules and reporters read these; neither recomputes them.

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "ir/pareto_point.h"

namespace costlint {

enum class Standing {
  Alone,      ///< no reference point has a value on the axis
  Frontier,   ///< no reference point dominates it
  Dominated,
  NotPlaced,  ///< its value on the axis is no figure of its own (Placement::not_placed)
};

enum class Progress {
  None,        ///< dominated, alone, or the twin of a reference point
  Efficiency,  ///< scores as well as the previous frontier with less resource, or better with no more
  Intensive,   ///< scores better than every reference point, with more resource than any on the frontier
};

std::string_view standing_name(Standing standing);  ///< "frontier"
std::string_view progress_name(Progress progress);  ///< "resource-efficiency progress"

struct Placement {
  Standing standing = Standing::Alone;
  Progress progress = Progress::None;
  /// Dominated: the points that dominate it, the most saving first (at most ten
  /// are named), and how many they are.
  std::vector<std::string> dominated_by;
  size_t dominators = 0;
  /// Dominated: how many times less resource the most saving of them needs (≥ 1).
  double resource_factor = 1;
  /// Dominated: the best reference score at no more resource, minus its own
  /// (positive when the reference is better, whichever way the metric runs).
  double score_gap = 0;
  /// Progress: the reference point it is compared with, and how many times less
  /// (efficiency) or more (intensive) resource it takes than that point.
  std::string compared_with;
  double compared_score = 0;
  double progress_factor = 1;
  /// Whether the same standing and progress hold at both ends of every
  /// interval: of its score (`±`), of its estimated resource and of the
  /// reference points' estimated resources.
  bool robust = true;
  /// NotPlaced: why ("its parameters are only the trend of 2022's notable models").
  std::string not_placed;
  /// A reference point left out as the system itself, under its own name or label.
  std::string twin;
};

inline constexpr double kFrontierQuantile = 0.75;

/// The 0.75-quantile trend of the score on log10(resource) (estimate/frontier_trend.h).
struct FrontierTrend {
  /// score = Σₖ cₖ·uᵏ with u = (log10(resource) - centre) / spread, which keeps
  /// the cubic's design well conditioned.
  std::array<double, 4> coefficients{};
  double centre = 0, spread = 1;
  double quantile = kFrontierQuantile;
  bool exact = true;  ///< the optimum was proven (quantile_regression.h)
  size_t points = 0;
  size_t resamples = 0;  ///< bootstrap fits that succeeded
  std::vector<double> grid;               ///< log10(resource), evenly spaced over the points
  std::vector<double> curve, low, high;   ///< the fit and its band at each grid value

  /// The curve at `resource` (> 0).
  double at(double resource) const;
};

struct JointStanding {
  size_t system = 0;  ///< index into Disclosure::systems
  /// The points no worse on the score and on every axis, and better on one
  /// (at most ten named), and how many they are; none: on the joint frontier.
  std::vector<std::string> dominated_by;
  size_t dominators = 0;
  bool estimated = false;  ///< one of its coordinates is an estimate
};

/// The systems of one benchmark that have values on the same axes, placed together.
struct JointPlot {
  size_t benchmark = 0;            ///< index into Disclosure::benchmarks
  std::vector<ResourceAxis> axes;  ///< two or more
  Better better = Better::Higher;
  bool reference = false;  ///< false: against the manifest's other systems
  size_t points = 0;       ///< the points compared with
  /// The labels on the frontier of those points and the systems together.
  std::vector<std::string> frontier;
  std::vector<JointStanding> systems;
  /// Not placed: its systems times its points are more pairs than are compared
  /// at once (joint_placement.h); `systems` is then empty and each axis alone stands.
  size_t unplaced = 0;
};

/// The points one benchmark's systems were placed against on one axis.
struct FrontierPlot {
  size_t benchmark = 0;  ///< index into Disclosure::benchmarks
  ResourceAxis axis = ResourceAxis::Parameters;
  Better better = Better::Higher;
  bool reference = false;  ///< false: the manifest's own systems (no reference point on the axis)
  std::vector<ParetoPoint> points;  ///< each with a value on `axis`
  /// Reference points published after the year compared with (PlacementOptions::as_of):
  /// context for a plot, never a comparison.
  std::vector<ParetoPoint> later;
  std::optional<int> as_of;
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
  /// The placement in words, as P601 reports it and `costlint frontier` prints it
  /// (estimate/placement_text.h): written once, where it is placed.
  std::string sentence;
};

/// A benchmark whose scores and reference points are on different scales; its
/// systems are placed against each other only (score_scale.h).
struct ScaleMismatch {
  size_t benchmark = 0;  ///< index into Disclosure::benchmarks
  double factor = 1;     ///< what the manifest's scores would be multiplied by
  std::string example;   ///< a reference point, and its score
  double example_score = 0;
};

/// How a benchmark's `name` found its reference table (corpus/benchmarks), or did
/// not: what P604 says and JSON gives, so that no choice is silent.
struct BenchmarkMatch {
  std::string table;    ///< the table's key; empty: none
  std::string metric;   ///< the table's metric ("wer_test_other_pct")
  bool alias = false;   ///< found by an alias, not by the table's key
  /// No table: a table whose key or alias is close to the name, or within it
  /// ("LibriSpeech test-clean" holds "LibriSpeech"); empty: none.
  std::string nearest;
  std::string nearest_metric;
};

struct DisclosurePlacements {
  std::vector<SystemPlacement> systems;  ///< by system, then benchmark, then axis
  std::vector<FrontierPlot> plots;
  std::vector<JointPlot> joint;  ///< every axis of a system at once
  std::vector<ScaleMismatch> scale_mismatches;
  std::vector<BenchmarkMatch> matches;  ///< index for index with Disclosure::benchmarks
};

}  // namespace costlint
