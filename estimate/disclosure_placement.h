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


struct PlacementOptions {
  FrontierTrendOptions trend;
  /// Compare with the reference points published up to this year; by default the
  /// paper's year, when it gives one. Later points are kept as context (FrontierPlot::later).
  std::optional<int> as_of;
};

/// Places every system of `disclosure`; `references` holds, index for index
/// with disclosure.benchmarks, the reference points of each benchmark, if any.
/// An axis on which the benchmark has no reference point is placed against the
/// manifest's other systems; an axis with nothing to compare with, not at all.
/// A system is never compared with itself (a reference point of its name or
/// label), nor placed by a figure that is not its own (unfounded_resource()).
DisclosurePlacements place_disclosure(const Disclosure& disclosure,
                                      std::span<const std::optional<ReferenceSet>> references,
                                      const PlacementOptions& options = {});

/// Fits the trend of every axis of `references` now (shared_frontier_trend), as
/// place_disclosure() would for a paper of any year: a batch does it once, before
/// its children fork.
void warm_reference_trends(std::span<const ReferenceSet> references,
                           const FrontierTrendOptions& trend = {});

/// The system's value on `axis`: its figure's best (Figure::best: declared or
/// logged, else estimated, marked, with its interval).
std::optional<Coordinate> system_resource(const System& system, ResourceAxis axis);

/// Why the system's value on `axis` may not place it, or "" when it may: a
/// value from the trend of other models, or a weights memory that would rest on
/// a precision the manifest does not give.
std::string unfounded_resource(const System& system, ResourceAxis axis);

/// `name` folded to its letters and digits: `ResNet-50`, `resnet50` and
/// `RESNET 50` are one. A reference point whose label has one of
/// system_keys() is the system itself.
std::string name_key(std::string_view name);
/// The keys of a system's name and label (name_key), those not empty.
std::vector<std::string> system_keys(const System& system);

}  // namespace costlint
