#pragma once
// Where a system stands when its resources are weighed all at once: its score
// and every resource axis it has a value on, against the points that have a
// value on all of them. A system dominated on each axis alone may still be on
// this frontier (a reference point with fewer parameters took more compute),
// which the n-dimensional frontier (pareto_frontier.h, frontier_nd) finds.

#include <optional>
#include <span>
#include <string>
#include <vector>

#include "ir/pareto_point.h"
#include "ir/placements.h"
#include "ir/disclosure.h"

namespace costlint {


/// What one benchmark's systems are placed against: its reference points, if
/// any are usable (on the scale of the manifest's scores), and which way its
/// score is better.
struct BenchmarkReference {
  const ReferenceSet* points = nullptr;
  Better better = Better::Higher;
};

/// The joint placement of every system with a score on a benchmark and values
/// on two or more axes: against the benchmark's reference points that have a
/// value on all those axes, else against the manifest's other such systems.
/// `references` holds, index for index with disclosure.benchmarks, what each is
/// placed against.
/// All axes at once compares every system with every point: a group of more
/// pairs than this is not placed jointly (JointPlot::unplaced says how many
/// systems), so that a manifest of tens of thousands of systems stays bounded.
inline constexpr size_t kMaxJointPairs = 25'000'000;

std::vector<JointPlot> place_jointly(const Disclosure& disclosure,
                                     std::span<const BenchmarkReference> references);

}  // namespace costlint
