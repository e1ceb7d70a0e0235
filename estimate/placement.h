#pragma once
// Where one system sits against the reference points of a benchmark on one
// resource axis: on the frontier or dominated; if dominated, by whom, how many
// times less resource they need and how far they score above it; if on the
// frontier where it was not before, which progress of Figure 7 of Varoquaux,
// Luccioni & Whittaker (FAccT 2025) it is: using less resource for the same
// score (efficiency), or a better score bought with more resource (intensive).

#include <optional>
#include <span>
#include <string>
#include <vector>

#include "ir/pareto_point.h"

namespace costlint {

enum class Standing {
  Alone,      ///< no reference point has a value on the axis
  Frontier,   ///< no reference point dominates it
  Dominated,
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
  /// Dominated: the points that dominate it, the most saving first.
  std::vector<std::string> dominated_by;
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
};

/// Places (resource, score) against the points of `reference` that have a value
/// on `axis`; `score_range` is where its score may lie, when it is uncertain.
Placement place(Coordinate resource, double score, std::optional<Interval> score_range,
                std::span<const ParetoPoint> reference, ResourceAxis axis, Better better);

}  // namespace costlint
