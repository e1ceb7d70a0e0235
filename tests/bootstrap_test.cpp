// The bootstrap: the same seed gives the same resamples; quantiles as numpy's.

#include <doctest/doctest.h>

#include <numeric>

#include "estimate/bootstrap.h"

using namespace costlint;

namespace {

std::vector<double> means(uint64_t seed, int resamples = 200) {
  std::vector<double> data = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
  return bootstrap(data.size(), resamples, seed, [&](std::span<const size_t> cases) {
    double sum = 0;
    for (size_t i : cases) sum += data[i];
    return std::optional<double>(sum / static_cast<double>(cases.size()));
  });
}

}  // namespace

TEST_CASE("bootstrap: deterministic for a seed, different for another") {
  CHECK(means(7) == means(7));
  CHECK(means(7) != means(8));
  // Pinned, so that a change of generator or of drawing shows: the interval of
  // the mean of 1..10 from 200 resamples with seed 7.
  auto interval = percentile_interval(means(7), 0.95);
  REQUIRE(interval);
  CHECK(interval->low == doctest::Approx(3.6));
  CHECK(interval->high == doctest::Approx(7.2075));
}

TEST_CASE("bootstrap: failed statistics are left out") {
  std::vector<double> values = bootstrap(5, 10, 1, [](std::span<const size_t> cases) {
    return cases[0] % 2 ? std::optional<double>(1.0) : std::nullopt;
  });
  CHECK(values.size() < 10);
  CHECK(bootstrap(0, 10, 1, [](std::span<const size_t>) { return std::optional<double>(); })
            .empty());
}

TEST_CASE("quantile: linear interpolation between order statistics, as numpy") {
  // numpy.percentile([3, 1, 4, 1, 5], [0, 2.5, 50, 97.5, 100]) = 1, 1, 3, 4.9, 5
  std::vector<double> v = {3, 1, 4, 1, 5};
  CHECK(*quantile(v, 0) == 1);
  CHECK(*quantile(v, 0.025) == doctest::Approx(1));
  CHECK(*quantile(v, 0.5) == 3);
  CHECK(*quantile(v, 0.975) == doctest::Approx(4.9));
  CHECK(*quantile(v, 1) == 5);
  CHECK(!quantile({}, 0.5));
}
