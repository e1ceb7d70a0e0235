#include "estimate/placement.h"

#include <algorithm>
#include <tuple>

#include "estimate/dominance.h"

namespace costlint {
namespace {

/// A reference point reduced to what placement reads, its resource at one end
/// of its interval.
struct Reference {
  double resource = 0;
  double score = 0;
  const std::string* label = nullptr;
};

/// Whether a scores at least as well as b.
bool at_least_as_good(double a, double b, Better better) {
  return score_cost(a, better) <= score_cost(b, better);
}

/// The cheapest of `refs` among those `accept` takes, ties broken by label.
const Reference* cheapest(const std::vector<Reference>& refs, auto accept) {
  const Reference* best = nullptr;
  for (const Reference& ref : refs)
    if (accept(ref) && (!best || ref.resource < best->resource ||
                        (ref.resource == best->resource && *ref.label < *best->label)))
      best = &ref;
  return best;
}

void place_dominated(double resource, double score, std::vector<Reference> dominators,
                     const std::vector<Reference>& refs, Better better, Placement& out) {
  std::sort(dominators.begin(), dominators.end(), [](const Reference& a, const Reference& b) {
    return a.resource != b.resource ? a.resource < b.resource : *a.label < *b.label;
  });
  out.standing = Standing::Dominated;
  for (const Reference& d : dominators) out.dominated_by.push_back(*d.label);
  out.resource_factor = resource / dominators.front().resource;
  double best = score;
  for (const Reference& ref : refs)
    if (ref.resource <= resource && at_least_as_good(ref.score, best, better)) best = ref.score;
  out.score_gap = better == Better::Higher ? best - score : score - best;
}

void place_on_frontier(double resource, double score, const std::vector<Reference>& refs,
                       Better better, Placement& out) {
  out.standing = Standing::Frontier;
  for (const Reference& ref : refs)
    if (ref.resource == resource && ref.score == score) return;  // a twin: no progress
  // The best reference score, at its least resource: the top of the old frontier.
  double best_score = refs.front().score;
  for (const Reference& ref : refs)
    if (at_least_as_good(ref.score, best_score, better)) best_score = ref.score;
  const Reference* top = cheapest(refs, [&](const Reference& r) { return r.score == best_score; });
  if (!at_least_as_good(best_score, score, better)) {  // better than every reference point
    out.compared_with = *top->label;
    out.compared_score = top->score;
    if (resource > top->resource) {
      out.progress = Progress::Intensive;
      out.progress_factor = resource / top->resource;
    } else {
      out.progress = Progress::Efficiency;
      out.progress_factor = top->resource / resource;
    }
    return;
  }
  // Not dominated, so it needs less than the cheapest point scoring as well.
  const Reference* match =
      cheapest(refs, [&](const Reference& r) { return at_least_as_good(r.score, score, better); });
  out.progress = Progress::Efficiency;
  out.compared_with = *match->label;
  out.compared_score = match->score;
  out.progress_factor = match->resource / resource;
}

Placement evaluate(double resource, double score, const std::vector<Reference>& refs,
                   Better better) {
  Placement out;
  if (refs.empty()) return out;
  std::vector<Reference> dominators;
  for (const Reference& ref : refs)
    if (dominates(ref.resource, ref.score, resource, score, better)) dominators.push_back(ref);
  if (!dominators.empty())
    place_dominated(resource, score, std::move(dominators), refs, better, out);
  else
    place_on_frontier(resource, score, refs, better, out);
  return out;
}

/// The reference points at one end of their intervals: at their best (end < 0:
/// resource low, score at its best), nominal (0) or at their worst (end > 0).
std::vector<Reference> references(std::span<const ParetoPoint> points, ResourceAxis axis, int end,
                                  Better better, const PointFilter& skip) {
  std::vector<Reference> out;
  for (const ParetoPoint& point : points) {
    const std::optional<Coordinate>& c = point[axis];
    if (!c || !(c->value > 0) || (skip && skip(point))) continue;
    double value = c->value, score = point.score;
    if (c->interval && end < 0) value = c->interval->low;
    if (c->interval && end > 0) value = c->interval->high;
    if (point.score_range && end != 0) {
      bool high = (end < 0) == (better == Better::Higher);
      score = high ? point.score_range->high : point.score_range->low;
    }
    out.push_back({value, score, &point.label});
  }
  return out;
}

}  // namespace

Placement place(Coordinate resource, double score, std::optional<Interval> score_range,
                std::span<const ParetoPoint> reference, ResourceAxis axis, Better better,
                const PointFilter& skip) {
  Placement placement =
      evaluate(resource.value, score, references(reference, axis, 0, better, skip), better);
  // The ends most and least favourable to the system: itself at its best and the
  // others at their worst (resources and scores), then the reverse.
  double low = resource.interval ? resource.interval->low : resource.value;
  double high = resource.interval ? resource.interval->high : resource.value;
  Interval scores = score_range.value_or(Interval{score, score});
  double best = better == Better::Higher ? scores.high : scores.low;
  double worst = better == Better::Higher ? scores.low : scores.high;
  for (auto [own, own_score, others] : {std::tuple{low, best, 1}, std::tuple{high, worst, -1}}) {
    Placement end =
        evaluate(own, own_score, references(reference, axis, others, better, skip), better);
    if (end.standing != placement.standing || end.progress != placement.progress)
      placement.robust = false;
  }
  return placement;
}

}  // namespace costlint
