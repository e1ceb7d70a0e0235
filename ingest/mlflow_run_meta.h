#pragma once
// An MLflow run's `meta.yaml`, yaml.safe_dump of its RunInfo: `start_time` and
// `end_time`, in ms since 1970, time the run; `status` is a RunStatus number
// (3: FINISHED). Parsed with yaml-cpp, bounded in size and depth.

#include "ingest/evidence_reader.h"

namespace costlint {

/// Reads the run's duration from `input`, its meta.yaml, into `out`, noting a
/// run that did not finish; false, and reported, when it is not a run's.
bool read_run_meta(LogInput& input, LogReading& out);

}  // namespace costlint
