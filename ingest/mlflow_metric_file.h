#pragma once
// One metric's file in an MLflow run (`metrics/<key>`, written by MLflow's
// FileStore): a line per logged value, `timestamp value step`, the timestamp
// in milliseconds since 1970; clients before MLflow 1.0 wrote no step, read as
// 0. Streamed line by line: a file holds as many lines as the run logged.

#include <optional>
#include <string_view>

#include "ingest/evidence_reader.h"

namespace costlint {

struct MetricHistory {
  /// The last value (MLflow's latest: the greatest step, then timestamp, then
  /// value, wherever its line is), the lowest and the highest; none if the
  /// file holds no finite value.
  std::optional<LoggedScore> values;
  /// The values integrated over time, by trapezoids between successive lines
  /// (value × s): joules for a power in watts.
  double over_time = 0;
};

/// Reads the history of metric `key` from `file`. A line that is not two or
/// three numbers is reported and skipped; values that are not finite are
/// reported once, at the first.
MetricHistory read_metric_file(LogInput& file, std::string_view key);

/// MLflow writes lines of a few dozen bytes: a longer one is not MLflow's, and
/// is not kept whole in a finding.
inline constexpr size_t kMaxMetricLine = 1024;

}  // namespace costlint
