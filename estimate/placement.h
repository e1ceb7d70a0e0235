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

#include "ir/pareto_point.h"
#include "ir/placements.h"

namespace costlint {


/// Which points a placement leaves out: the system itself.
using PointFilter = std::function<bool(const ParetoPoint&)>;

/// Places (resource, score) against the points of `reference` that have a value
/// on `axis`, but those `skip` takes; `score_range` is where its score may lie,
/// when it is uncertain.
Placement place(Coordinate resource, double score, std::optional<Interval> score_range,
                std::span<const ParetoPoint> reference, ResourceAxis axis, Better better,
                const PointFilter& skip = {});

}  // namespace costlint
