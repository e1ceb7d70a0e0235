#include "ingest/event_tally.h"

#include <cmath>

#include <fmt/format.h>

namespace costlint {

void EventTally::add(const TfRecord& record, const Event& event) {
  if (event.wall_time) add_time(record, *event.wall_time);
  for (const EventScalar& scalar : event.scalars) {
    if (scalar.tag == "epoch")
      add_epoch(record, scalar.value);
    else
      add_scalar(record, event, scalar);
  }
}

void EventTally::finish(LogReading& out) const {
  if (timed_ >= 2)
    out.figures.push_back(
        {Quantity::Duration, logged_fact(latest_ - earliest_, dim::time, input_.whole_file()),
         fmt::format("the span of `wall_time` over {} records: how long logging lasted", timed_),
         /*at_least=*/true});
  if (epoch_)
    out.figures.push_back({Quantity::Epochs,
                           logged_fact(*epoch_ + 1, dim::count, input_.whole_file()),
                           "the highest `epoch` + 1"});
  out.scores = scores_.scores(input_);
}

void EventTally::add_time(const TfRecord& record, double time) {
  if (!std::isfinite(time) || time < 0) {
    input_.record_problem(fmt::format(
        "{}: its `wall_time` is not a time since 1970: it is not counted", where(record)));
    return;
  }
  earliest_ = std::min(earliest_, time);
  latest_ = std::max(latest_, time);
  ++timed_;
}

void EventTally::add_scalar(const TfRecord& record, const Event& event,
                            const EventScalar& scalar) {
  if (scalar.tag.size() > kMaxTag) {
    input_.record_problem(fmt::format("{}: a tag of {} bytes is not a metric's name: it is skipped",
                                      where(record), scalar.tag.size()));
    return;
  }
  size_t id = metric(scalar.tag);
  if (id == ScoreTracker::kNone) return;
  if (!std::isfinite(scalar.value) && !non_finite_noted_[id]) {
    non_finite_noted_[id] = true;
    input_.note(input_.whole_file(),
                fmt::format("`{}` is first {} at step {} ({}): the run may have diverged",
                            scalar.tag, std::isnan(scalar.value) ? "NaN" : "infinite", event.step,
                            where(record)));
  }
  scores_.add(id, scalar.value, {});  // no line: the score points at the file
}

void EventTally::add_epoch(const TfRecord& record, double value) {
  if (value >= 0 && value <= 1e9 && value == std::floor(value)) {
    epoch_ = std::max(epoch_.value_or(0), value);
    return;
  }
  input_.record_problem(fmt::format("{}: `epoch` is {}, not a whole number: it is not counted",
                                    where(record), value));
}

/// The tracker's id for `tag`, found in constant time: a file may log
/// millions of values.
size_t EventTally::metric(std::string_view tag) {
  if (auto known = ids_.find(tag); known != ids_.end()) return known->second;
  if (ids_.size() >= ScoreTracker::kMaxMetrics) return ScoreTracker::kNone;
  size_t id = scores_.id({}, tag);
  ids_.emplace(std::string(tag), id);
  non_finite_noted_.resize(ids_.size(), false);
  return id;
}

}  // namespace costlint
