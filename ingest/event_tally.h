#pragma once
// What the events of a TensorBoard file add up to: the span of logging, from
// the earliest record's wall time to the latest (a lower bound of the run's
// duration, since a run may set up before it logs); every scalar, as a score;
// and the epochs, from a scalar named `epoch` (Lightning). Energy or emissions
// logged as scalars stay scores: nothing in the file says whether a value is a
// running total or one step's. A scalar that is not finite is noted once a tag.

#include <limits>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "ingest/evidence_reader.h"
#include "ingest/score_tracker.h"
#include "ingest/tensorboard_event.h"
#include "ingest/tfrecord_reader.h"

namespace costlint {

class EventTally {
 public:
  /// Problems go to `input`, which must outlive the tally.
  explicit EventTally(LogInput& input) : input_(input) {}

  /// Adds the event read from `record`.
  void add(const TfRecord& record, const Event& event);
  /// Puts what was added up into `out`.
  void finish(LogReading& out) const;

  /// Longer than any metric's name: a longer tag is not kept.
  static constexpr size_t kMaxTag = 1024;

 private:
  struct TagHash {
    using is_transparent = void;  // look up by string_view, allocating nothing
    size_t operator()(std::string_view tag) const { return std::hash<std::string_view>{}(tag); }
  };

  void add_time(const TfRecord& record, double time);
  void add_scalar(const TfRecord& record, const Event& event, const EventScalar& scalar);
  void add_epoch(const TfRecord& record, double value);
  size_t metric(std::string_view tag);

  LogInput& input_;
  ScoreTracker scores_;
  std::unordered_map<std::string, size_t, TagHash, std::equal_to<>> ids_;
  std::vector<bool> non_finite_noted_;  ///< by metric id
  double earliest_ = std::numeric_limits<double>::infinity();
  double latest_ = -std::numeric_limits<double>::infinity();
  size_t timed_ = 0;
  std::optional<double> epoch_;
};

}  // namespace costlint
