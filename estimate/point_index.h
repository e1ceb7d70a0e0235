#pragma once
// The points of one plot, at one end of their intervals, sorted by resource once,
// so that each question a placement asks of them costs O(log² n) instead of a
// pass over all of them: a manifest of n systems placed against each other is
// O(n log² n) per axis, not O(n²) (3,000 systems took 31 s).

#include <cstddef>
#include <limits>
#include <string>
#include <vector>

namespace costlint {

/// A point as placement reads it: its resource, its score as a cost (lower is
/// better, dominance.h), its label, and its index in the plot.
struct IndexedPoint {
  double resource = 0;
  double cost = 0;
  const std::string* label = nullptr;
  size_t id = 0;
};

class PointIndex {
 public:
  static constexpr size_t npos = static_cast<size_t>(-1);

  /// The points in any order; they are kept by (resource, label).
  explicit PointIndex(std::vector<IndexedPoint> points);

  size_t size() const { return points_.size(); }
  /// The point at `position`, in order of resource.
  const IndexedPoint& at(size_t position) const { return points_[position]; }
  /// The position of the point of index `id` in the plot; npos when it has none here.
  size_t position_of(size_t id) const;

  /// The end of the positions whose resource is at most `resource`.
  size_t end_at_most(double resource) const;
  /// The end of the positions whose resource is below `resource`.
  size_t end_below(double resource) const;

  /// The first position in [from, end) whose cost is at most `cost`; npos if none.
  size_t first_at_most(size_t from, size_t end, double cost) const;
  /// The lowest cost in [from, end); infinity when the range is empty.
  double lowest_cost(size_t from, size_t end) const;
  /// How many positions in [0, end) have a cost at most `cost`.
  size_t count_at_most(size_t end, double cost) const;

 private:
  size_t first_at_most(size_t node, size_t low, size_t high, size_t from, size_t end,
                       double cost) const;

  std::vector<IndexedPoint> points_;
  std::vector<size_t> position_;  ///< by id
  size_t leaves_ = 1;             ///< a power of two, at least the points
  /// Over positions, node k covering its children 2k and 2k+1: the lowest cost
  /// under it, and all its costs sorted (a merge-sort tree, for counting).
  std::vector<double> lowest_;
  std::vector<std::vector<double>> sorted_;
};

}  // namespace costlint
