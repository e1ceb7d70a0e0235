#include "estimate/point_index.h"

#include <algorithm>

namespace costlint {

namespace {
constexpr double kInfinity = std::numeric_limits<double>::infinity();
}  // namespace

PointIndex::PointIndex(std::vector<IndexedPoint> points) : points_(std::move(points)) {
  std::sort(points_.begin(), points_.end(), [](const IndexedPoint& a, const IndexedPoint& b) {
    return a.resource != b.resource ? a.resource < b.resource : *a.label < *b.label;
  });
  size_t ids = 0;
  for (const IndexedPoint& p : points_) ids = std::max(ids, p.id + 1);
  position_.assign(ids, npos);
  for (size_t i = 0; i < points_.size(); ++i) position_[points_[i].id] = i;
  while (leaves_ < points_.size()) leaves_ *= 2;
  lowest_.assign(2 * leaves_, kInfinity);
  sorted_.assign(2 * leaves_, {});
  for (size_t i = 0; i < points_.size(); ++i) {
    lowest_[leaves_ + i] = points_[i].cost;
    sorted_[leaves_ + i] = {points_[i].cost};
  }
  for (size_t k = leaves_ - 1; k >= 1; --k) {
    lowest_[k] = std::min(lowest_[2 * k], lowest_[2 * k + 1]);
    std::merge(sorted_[2 * k].begin(), sorted_[2 * k].end(), sorted_[2 * k + 1].begin(),
               sorted_[2 * k + 1].end(), std::back_inserter(sorted_[k]));
  }
}

size_t PointIndex::position_of(size_t id) const {
  return id < position_.size() ? position_[id] : npos;
}

size_t PointIndex::end_at_most(double resource) const {
  return static_cast<size_t>(
      std::upper_bound(points_.begin(), points_.end(), resource,
                       [](double r, const IndexedPoint& p) { return r < p.resource; }) -
      points_.begin());
}

size_t PointIndex::end_below(double resource) const {
  return static_cast<size_t>(
      std::lower_bound(points_.begin(), points_.end(), resource,
                       [](const IndexedPoint& p, double r) { return p.resource < r; }) -
      points_.begin());
}

size_t PointIndex::first_at_most(size_t from, size_t end, double cost) const {
  if (from >= end) return npos;
  return first_at_most(1, 0, leaves_, from, std::min(end, points_.size()), cost);
}

size_t PointIndex::first_at_most(size_t node, size_t low, size_t high, size_t from, size_t end,
                                 double cost) const {
  if (high <= from || end <= low || lowest_[node] > cost) return npos;
  if (high - low == 1) return low;
  size_t middle = (low + high) / 2;
  size_t left = first_at_most(2 * node, low, middle, from, end, cost);
  return left != npos ? left : first_at_most(2 * node + 1, middle, high, from, end, cost);
}

double PointIndex::lowest_cost(size_t from, size_t end) const {
  double out = kInfinity;
  end = std::min(end, points_.size());
  for (size_t a = from + leaves_, b = end + leaves_; a < b; a /= 2, b /= 2) {
    if (a & 1) out = std::min(out, lowest_[a++]);
    if (b & 1) out = std::min(out, lowest_[--b]);
  }
  return from < end ? out : kInfinity;
}

size_t PointIndex::count_at_most(size_t end, double cost) const {
  size_t out = 0;
  end = std::min(end, points_.size());
  auto count = [&](size_t node) {
    const std::vector<double>& costs = sorted_[node];
    out += static_cast<size_t>(std::upper_bound(costs.begin(), costs.end(), cost) - costs.begin());
  };
  for (size_t a = leaves_, b = end + leaves_; a < b; a /= 2, b /= 2) {
    if (a & 1) count(a++);
    if (b & 1) count(--b);
  }
  return out;
}

}  // namespace costlint
