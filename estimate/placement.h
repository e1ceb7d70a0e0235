#pragma once
// Where one system sits against the reference points of a benchmark on one
// resource axis: on the frontier or dominated; if dominated, by whom, how many
// times less resource they need and how far they score above it; if on the
// frontier where it was not before, which progress of Figure 7 of Varoquaux,
// Luccioni & Whittaker (FAccT 2025) it is: using less resource for the same
// score (efficiency), or a better score bought with more resource (intensive).

#include <functional>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "estimate/point_index.h"
#include "ir/pareto_point.h"
#include "ir/placements.h"

namespace costlint {

/// The points of one plot readied for placing many systems against them: at
/// their values, and at both ends of their intervals (for robustness), each
/// indexed once (point_index.h); when no point has an interval, the ends are
/// its values and share their index.
class PlacementReference {
 public:
  /// The points of `points` with a value on `axis`; a point's id is its index there.
  PlacementReference(std::span<const ParetoPoint> points, ResourceAxis axis, Better better);

  Better better() const { return better_; }
  /// The points at their values (end 0), at their best (end < 0: resource low,
  /// score at its best) or at their worst (end > 0).
  const PointIndex& at_end(int end) const;

 private:
  Better better_;
  PointIndex nominal_;
  std::optional<PointIndex> best_, worst_;  ///< none: the same as nominal_
};

/// Places (resource, score) against `reference`, leaving out the points whose
/// ids are in `skip` (the system itself); `score_range` is where its score may
/// lie, when it is uncertain.
Placement place(Coordinate resource, double score, std::optional<Interval> score_range,
                const PlacementReference& reference, std::span<const size_t> skip = {});

/// Which points a placement leaves out: the system itself.
using PointFilter = std::function<bool(const ParetoPoint&)>;

/// place() against `points` indexed for this one system.
Placement place(Coordinate resource, double score, std::optional<Interval> score_range,
                std::span<const ParetoPoint> points, ResourceAxis axis, Better better,
                const PointFilter& skip = {});

}  // namespace costlint
