#pragma once
// Where a value may lie: a declared `±`, a log's spread, an estimate's range,
// a bootstrap's percentile interval. The one interval type of costlint.

namespace costlint {

struct Interval {
  double low = 0;
  double high = 0;
};

}  // namespace costlint
