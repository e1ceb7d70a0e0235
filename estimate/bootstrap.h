#pragma once
// The nonparametric bootstrap (Efron 1979): resample the n cases with
// replacement, recompute a statistic, read its spread. Resamples come from a
// seeded std::mt19937_64, whose output the C++ standard fixes, drawn into [0, n)
// by Lemire's unbiased method rather than std::uniform_int_distribution, whose
// output varies between standard libraries: the same seed gives the same
// intervals everywhere.

#include <cstdint>
#include <functional>
#include <optional>
#include <span>
#include <vector>

#include "ir/interval.h"

namespace costlint {

/// The statistic of each of `resamples` resamples of n cases, given the indices of
/// the cases drawn; resamples for which the statistic is nothing are left out.
std::vector<double> bootstrap(size_t n, int resamples, uint64_t seed,
                              const std::function<std::optional<double>(std::span<const size_t>)>&
                                  statistic);

/// The p-quantile (0 ≤ p ≤ 1) of `values`, interpolated linearly between order
/// statistics (Hyndman & Fan's type 7, numpy's default); nothing when empty.
std::optional<double> quantile(std::vector<double> values, double p);

/// The percentile interval holding `level` of `values` (0.95: 2.5% to 97.5%).
std::optional<Interval> percentile_interval(const std::vector<double>& values, double level);

}  // namespace costlint
