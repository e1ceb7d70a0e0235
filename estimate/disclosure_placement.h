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

#include "estimate/frontier_trend.h"
#include "estimate/joint_placement.h"
#include "ir/pareto_point.h"
#include "ir/placements.h"
#include "estimate/placement.h"
#include "ir/disclosure.h"

namespace costlint {


/// Places every system of `disclosure`; `references` holds, index for index
/// with disclosure.benchmarks, the reference points of each benchmark, if any.
/// An axis on which the benchmark has no reference point is placed against the
/// manifest's other systems; an axis with nothing to compare with, not at all.
DisclosurePlacements place_disclosure(const Disclosure& disclosure,
                                      std::span<const std::optional<ReferenceSet>> references,
                                      const FrontierTrendOptions& trend = {});

/// Fits the trend of every axis of `references` now (shared_frontier_trend), as
/// place_disclosure() would: a batch does it once, before its children fork.
void warm_reference_trends(std::span<const ReferenceSet> references,
                           const FrontierTrendOptions& trend = {});

/// The system's value on `axis`: its figure's best (Figure::best: declared or
/// logged, else estimated, marked, with its interval).
std::optional<Coordinate> system_resource(const System& system, ResourceAxis axis);

}  // namespace costlint
