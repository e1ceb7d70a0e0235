#pragma once
// The Pareto frontier: the points no other point dominates (dominance.h). Two
// equal points do not dominate each other, so twins are on the frontier together.

#include <cstddef>
#include <span>
#include <vector>

#include <Eigen/Dense>

#include "estimate/dominance.h"
#include "ir/pareto_point.h"

namespace costlint {

/// The indices, in increasing order, of the points not dominated on (resource,
/// score). O(n log n): sorted by resource, then swept keeping the best score seen.
/// Points with a non-finite coordinate take no part.
std::vector<size_t> frontier_2d(std::span<const double> resource, std::span<const double> score,
                                Better better);

/// The indices, in increasing order, of the rows of `costs` (one point per row,
/// every column minimised) that no other row dominates. Rows are visited in
/// lexicographic order, where a dominating row always comes before the row it
/// dominates, and each is kept if no row kept so far dominates it:
/// O(n log n + n·f·d) for a frontier of f points.
std::vector<size_t> frontier_nd(const Eigen::MatrixXd& costs);

}  // namespace costlint
