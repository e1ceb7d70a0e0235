#include "estimate/placement.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <tuple>

#include "estimate/dominance.h"

namespace costlint {
namespace {

constexpr size_t npos = PointIndex::npos;

/// The points at one end of their intervals (PlacementReference::at_end).
PointIndex indexed(std::span<const ParetoPoint> points, ResourceAxis axis, int end,
                   Better better) {
  std::vector<IndexedPoint> out;
  for (size_t id = 0; id < points.size(); ++id) {
    const ParetoPoint& point = points[id];
    const std::optional<Coordinate>& c = point[axis];
    if (!c || !(c->value > 0)) continue;
    double value = c->value, score = point.score;
    if (c->interval && end < 0) value = c->interval->low;
    if (c->interval && end > 0) value = c->interval->high;
    if (point.score_range && end != 0) {
      bool high = (end < 0) == (better == Better::Higher);
      score = high ? point.score_range->high : point.score_range->low;
    }
    out.push_back({value, score_cost(score, better), &point.label, id});
  }
  return PointIndex(std::move(out));
}

/// The points of one index a placement compares with: all but those skipped.
class Kept {
 public:
  Kept(const PointIndex& index, std::span<const size_t> skip) : index_(index) {
    for (size_t id : skip)
      if (size_t p = index.position_of(id); p != npos) skipped_.push_back(p);
    std::sort(skipped_.begin(), skipped_.end());
    skipped_.erase(std::unique(skipped_.begin(), skipped_.end()), skipped_.end());
  }

  size_t size() const { return index_.size() - skipped_.size(); }
  size_t end() const { return index_.size(); }
  size_t end_at_most(double resource) const { return index_.end_at_most(resource); }
  size_t end_below(double resource) const { return index_.end_below(resource); }
  const IndexedPoint& at(size_t position) const { return index_.at(position); }

  /// The first kept position in [from, end) of cost at most `cost`, npos if none.
  size_t first_at_most(size_t from, size_t end, double cost) const {
    for (size_t p = index_.first_at_most(from, end, cost); p != npos;
         p = index_.first_at_most(p + 1, end, cost))
      if (!skipped(p)) return p;
    return npos;
  }

  /// The lowest kept cost in [0, end): the ranges between the skipped positions.
  double lowest_cost(size_t end) const {
    double out = std::numeric_limits<double>::infinity();
    size_t from = 0;
    for (size_t p : skipped_) {
      if (p >= end) break;
      out = std::min(out, index_.lowest_cost(from, p));
      from = p + 1;
    }
    return std::min(out, index_.lowest_cost(from, end));
  }

  /// How many kept positions in [0, end) have a cost at most `cost`.
  size_t count_at_most(size_t end, double cost) const {
    size_t out = index_.count_at_most(end, cost);
    for (size_t p : skipped_)
      if (p < end && index_.at(p).cost <= cost) --out;
    return out;
  }

 private:
  bool skipped(size_t p) const { return std::binary_search(skipped_.begin(), skipped_.end(), p); }

  const PointIndex& index_;
  std::vector<size_t> skipped_;
};

/// At most this many dominating points are named; the rest are counted.
constexpr size_t kNamedDominators = 10;

/// (resource, cost) against `kept`: dominated by whom, or on the frontier with
/// which progress. Each question is a search of the index.
Placement evaluate(double resource, double cost, const Kept& kept) {
  Placement out;
  if (kept.size() == 0) return out;
  const size_t within = kept.end_at_most(resource);
  const size_t below = kept.end_below(resource);
  // A point dominates when it has no more resource and a cost no higher, and is
  // better on one: at the same resource and cost it is a twin, not a dominator.
  const double lower = std::nextafter(cost, -std::numeric_limits<double>::infinity());
  const size_t twins = (kept.count_at_most(within, cost) - kept.count_at_most(below, cost)) -
                       (kept.count_at_most(within, lower) - kept.count_at_most(below, lower));
  const size_t dominators = kept.count_at_most(within, cost) - twins;
  if (dominators > 0) {
    out.standing = Standing::Dominated;
    out.dominators = dominators;
    for (size_t p = kept.first_at_most(0, within, cost);
         p != npos && out.dominated_by.size() < kNamedDominators;
         p = kept.first_at_most(p + 1, within, cost)) {
      const IndexedPoint& point = kept.at(p);
      if (point.resource == resource && point.cost == cost) continue;  // a twin
      if (out.dominated_by.empty()) out.resource_factor = resource / point.resource;
      out.dominated_by.push_back(*point.label);
    }
    out.score_gap = cost - std::min(cost, kept.lowest_cost(within));
    return out;
  }
  out.standing = Standing::Frontier;
  if (twins > 0) return out;  // a twin of a point on it: no progress
  // The best reference score, at its least resource: the top of the old frontier.
  const double best = kept.lowest_cost(kept.end());
  const IndexedPoint& top = kept.at(kept.first_at_most(0, kept.end(), best));
  if (cost < best) {  // better than every reference point
    out.compared_with = *top.label;
    out.compared_score = top.cost;
    out.progress = resource > top.resource ? Progress::Intensive : Progress::Efficiency;
    out.progress_factor =
        resource > top.resource ? resource / top.resource : top.resource / resource;
    return out;
  }
  // Not dominated, so it needs less than the cheapest point scoring as well.
  const IndexedPoint& match = kept.at(kept.first_at_most(0, kept.end(), cost));
  out.progress = Progress::Efficiency;
  out.compared_with = *match.label;
  out.compared_score = match.cost;
  out.progress_factor = match.resource / resource;
  return out;
}

}  // namespace

PlacementReference::PlacementReference(std::span<const ParetoPoint> points, ResourceAxis axis,
                                       Better better)
    : better_(better), nominal_(indexed(points, axis, 0, better)) {
  bool uncertain = std::any_of(points.begin(), points.end(), [&](const ParetoPoint& p) {
    return p.score_range || (p[axis] && p[axis]->interval);
  });
  if (!uncertain) return;
  best_.emplace(indexed(points, axis, -1, better));
  worst_.emplace(indexed(points, axis, 1, better));
}

const PointIndex& PlacementReference::at_end(int end) const {
  if (end < 0 && best_) return *best_;
  if (end > 0 && worst_) return *worst_;
  return nominal_;
}

Placement place(Coordinate resource, double score, std::optional<Interval> score_range,
                const PlacementReference& reference, std::span<const size_t> skip) {
  const Better better = reference.better();
  Placement placement =
      evaluate(resource.value, score_cost(score, better), Kept(reference.at_end(0), skip));
  // A cost is a score, negated when higher is better: give the score back.
  placement.compared_score = score_cost(placement.compared_score, better);
  // The ends most and least favourable to the system: itself at its best and the
  // others at their worst (resources and scores), then the reverse.
  double low = resource.interval ? resource.interval->low : resource.value;
  double high = resource.interval ? resource.interval->high : resource.value;
  Interval scores = score_range.value_or(Interval{score, score});
  double best = better == Better::Higher ? scores.high : scores.low;
  double worst = better == Better::Higher ? scores.low : scores.high;
  for (auto [own, own_score, others] : {std::tuple{low, best, 1}, std::tuple{high, worst, -1}}) {
    Placement end = evaluate(own, score_cost(own_score, better),
                             Kept(reference.at_end(others), skip));
    if (end.standing != placement.standing || end.progress != placement.progress)
      placement.robust = false;
  }
  return placement;
}

Placement place(Coordinate resource, double score, std::optional<Interval> score_range,
                std::span<const ParetoPoint> points, ResourceAxis axis, Better better,
                const PointFilter& skip) {
  std::vector<size_t> skipped;
  if (skip)
    for (size_t id = 0; id < points.size(); ++id)
      if (skip(points[id])) skipped.push_back(id);
  return place(resource, score, score_range, PlacementReference(points, axis, better), skipped);
}

}  // namespace costlint
