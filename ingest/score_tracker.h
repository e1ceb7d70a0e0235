#pragma once
// Follows the metrics a log records row after row (accuracy, loss ...) and
// keeps, for each, its last value and its extremes with the rows they were
// read from, so that a declared score can be matched to the final or the best.

#include <cstdint>
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "ingest/evidence_reader.h"

namespace costlint {

/// Where a value was read: a line's text and number, and the value's bytes in it.
/// A number of 0 means the log has no lines (a binary file).
struct ReadAt {
  std::string_view line;
  uint64_t number = 0;
  size_t begin = 0, end = 0;
};

class ScoreTracker {
 public:
  /// The id of `metric` (of `task`, when the log says), for add(); kNone past
  /// kMaxMetrics metrics. A reader with columns asks once per column.
  size_t id(std::string_view task, std::string_view metric);
  /// Records a value of metric `id` read at `at`. Values that are not finite
  /// are left to the reader to report.
  void add(size_t id, double value, ReadAt at);
  /// The metrics seen, in the order first seen, with their locations.
  std::vector<LoggedScore> scores(LogInput& input) const;

  /// More metrics than any run logs: the rest are ignored.
  static constexpr size_t kMaxMetrics = 4096;
  static constexpr size_t kNone = SIZE_MAX;

 private:
  struct Row {
    double value = 0;
    std::string line;
    uint64_t number = 0;
    size_t begin = 0, end = 0;
  };
  struct Metric {
    std::string task, metric;
    Row last, lowest, highest;
    bool seen = false;
  };
  std::vector<Metric> metrics_;
};

}  // namespace costlint
