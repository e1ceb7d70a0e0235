#include "estimate/pareto_frontier.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace costlint {

std::vector<size_t> frontier_2d(std::span<const double> resource, std::span<const double> score,
                                Better better) {
  // Sorted as contiguous records rather than as indices into the spans: a million
  // points sort twice as fast when each comparison reads no other memory.
  struct Point {
    double resource, cost;
    size_t index;
  };
  std::vector<Point> order;
  order.reserve(resource.size());
  for (size_t i = 0; i < resource.size() && i < score.size(); ++i)
    if (std::isfinite(resource[i]) && std::isfinite(score[i]))
      order.push_back({resource[i], score_cost(score[i], better), i});
  std::sort(order.begin(), order.end(), [](const Point& a, const Point& b) {
    if (a.resource != b.resource) return a.resource < b.resource;
    if (a.cost != b.cost) return a.cost < b.cost;
    return a.index < b.index;
  });
  std::vector<size_t> front;
  // The best cost among points of strictly less resource than the current group.
  double best_before = std::numeric_limits<double>::infinity();
  for (size_t start = 0; start < order.size();) {
    size_t end = start;
    while (end < order.size() && order[end].resource == order[start].resource) ++end;
    // Within a group of equal resource, sorted by cost, only the cheapest cost
    // (and its twins) survive, and only if no point of less resource costs as little.
    double group_best = order[start].cost;
    if (group_best < best_before)
      for (size_t k = start; k < end && order[k].cost == group_best; ++k)
        front.push_back(order[k].index);
    best_before = std::min(best_before, group_best);
    start = end;
  }
  std::sort(front.begin(), front.end());
  return front;
}

std::vector<size_t> frontier_nd(const Eigen::MatrixXd& costs) {
  // Row-major, so that each point's costs are one contiguous span.
  const Eigen::Matrix<double, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor> rows = costs;
  auto row = [&](Eigen::Index i) {
    return std::span<const double>(rows.data() + i * rows.cols(), static_cast<size_t>(rows.cols()));
  };
  std::vector<Eigen::Index> order;
  for (Eigen::Index i = 0; i < costs.rows(); ++i)
    if (costs.row(i).allFinite()) order.push_back(i);
  std::sort(order.begin(), order.end(), [&](Eigen::Index a, Eigen::Index b) {
    for (Eigen::Index j = 0; j < costs.cols(); ++j)
      if (costs(a, j) != costs(b, j)) return costs(a, j) < costs(b, j);
    return a < b;
  });
  std::vector<Eigen::Index> kept;
  for (Eigen::Index i : order) {
    bool dominated = std::any_of(kept.begin(), kept.end(),
                                 [&](Eigen::Index k) { return dominates(row(k), row(i)); });
    if (!dominated) kept.push_back(i);
  }
  std::vector<size_t> front(kept.begin(), kept.end());
  std::sort(front.begin(), front.end());
  return front;
}

}  // namespace costlint
