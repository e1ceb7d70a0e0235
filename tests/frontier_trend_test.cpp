// The best-for-its-size trend: a cubic 0.75-quantile fit on log10(resource),
// checked on a case solvable by hand, and its bootstrap band pinned by its seed.

#include <doctest/doctest.h>

#include <cmath>

#include "estimate/frontier_trend.h"

using namespace costlint;

namespace {

double cubic(double x) { return 0.5 + 0.1 * x - 0.01 * x * x + 0.001 * x * x * x; }

/// At each of x = 1..8, five points at cubic(x) + 0, 0.01, ... 0.04. The
/// τ-quantile of five values is unique unless 5τ is whole: the 4th (τ = 0.75) and
/// the 2nd (τ = 0.25). One cubic meets each x's quantile, so it is the fit.
void hand_case(std::vector<double>& resource, std::vector<double>& score) {
  for (int x = 1; x <= 8; ++x)
    for (int k = 0; k < 5; ++k) {
      resource.push_back(std::pow(10.0, x));
      score.push_back(cubic(x) + 0.01 * k);
    }
}

}  // namespace

TEST_CASE("frontier trend: the 0.75 quantile of a case solved by hand") {
  std::vector<double> resource, score;
  hand_case(resource, score);
  auto trend = fit_frontier_trend(resource, score, Better::Higher);
  REQUIRE(trend);
  for (double x : {1.0, 2.5, 4.0, 8.0}) CHECK(trend->at(std::pow(10.0, x)) == doctest::Approx(cubic(x) + 0.03));
  CHECK(trend->points == 40);
  auto lower = fit_frontier_trend(resource, score, Better::Lower);
  REQUIRE(lower);
  CHECK(lower->quantile == doctest::Approx(0.25));
  CHECK(lower->at(1e3) == doctest::Approx(cubic(3) + 0.01));
}

TEST_CASE("frontier trend: the band holds the curve and is the same for the same seed") {
  std::vector<double> resource, score;
  hand_case(resource, score);
  for (size_t i = 0; i < score.size(); ++i) score[i] += 0.003 * std::sin(7.0 * static_cast<double>(i));
  auto a = fit_frontier_trend(resource, score, Better::Higher);
  auto b = fit_frontier_trend(resource, score, Better::Higher);
  REQUIRE(a);
  REQUIRE(b);
  CHECK(a->low == b->low);
  CHECK(a->high == b->high);
  CHECK(a->resamples > 150);
  REQUIRE(a->grid.size() == 48);
  for (size_t i = 0; i < a->grid.size(); ++i) {
    CHECK(a->low[i] <= a->high[i]);
    CHECK(a->curve[i] >= a->low[i] - 0.02);
    CHECK(a->curve[i] <= a->high[i] + 0.02);
  }
  FrontierTrendOptions other;
  other.seed = 9;
  CHECK(fit_frontier_trend(resource, score, Better::Higher, other)->low != a->low);
}

TEST_CASE("frontier trend: too few points, or one resource only, make no trend") {
  std::vector<double> resource = {1, 10, 100}, score = {0.1, 0.2, 0.3};
  CHECK_FALSE(fit_frontier_trend(resource, score, Better::Higher));
  std::vector<double> same(10, 5.0), scores(10, 0.5);
  CHECK_FALSE(fit_frontier_trend(same, scores, Better::Higher));
}
