#include "estimate/bootstrap.h"

#include <algorithm>
#include <cmath>
#include <random>

namespace costlint {
namespace {

__extension__ typedef unsigned __int128 Wide;  // g++ and clang have it; -Wpedantic asks

/// A uniform integer in [0, n), n > 0 (Lemire 2019, "Fast random integer
/// generation in an interval").
uint64_t draw_below(std::mt19937_64& engine, uint64_t n) {
  Wide product = static_cast<Wide>(engine()) * n;
  uint64_t low = static_cast<uint64_t>(product);
  if (low < n) {
    uint64_t threshold = -n % n;
    while (low < threshold) {
      product = static_cast<Wide>(engine()) * n;
      low = static_cast<uint64_t>(product);
    }
  }
  return static_cast<uint64_t>(product >> 64);
}

}  // namespace

std::vector<double> bootstrap(size_t n, int resamples, uint64_t seed,
                              const std::function<std::optional<double>(std::span<const size_t>)>&
                                  statistic) {
  std::vector<double> values;
  if (n == 0) return values;
  std::mt19937_64 engine(seed);
  std::vector<size_t> cases(n);
  for (int b = 0; b < resamples; ++b) {
    for (size_t& i : cases) i = draw_below(engine, n);
    if (std::optional<double> value = statistic(cases)) values.push_back(*value);
  }
  return values;
}

std::optional<double> quantile(std::vector<double> values, double p) {
  if (values.empty()) return std::nullopt;
  std::sort(values.begin(), values.end());
  double position = p * static_cast<double>(values.size() - 1);
  size_t below = static_cast<size_t>(std::floor(position));
  size_t above = std::min(below + 1, values.size() - 1);
  double fraction = position - static_cast<double>(below);
  return values[below] + fraction * (values[above] - values[below]);
}

std::optional<Interval> percentile_interval(const std::vector<double>& values, double level) {
  std::optional<double> low = quantile(values, (1 - level) / 2);
  std::optional<double> high = quantile(values, (1 + level) / 2);
  if (!low || !high) return std::nullopt;
  return Interval{*low, *high};
}

}  // namespace costlint
