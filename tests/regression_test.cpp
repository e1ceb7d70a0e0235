// Least squares and quantile regression against solutions known by hand, by
// enumeration of every vertex, and from statsmodels.

#include <doctest/doctest.h>

#include <cmath>

#include "estimate/linear_fit.h"
#include "estimate/quantile_regression.h"

using namespace costlint;

namespace {

Eigen::MatrixXd with_intercept(const Eigen::VectorXd& x) {
  Eigen::MatrixXd design(x.size(), 2);
  design << Eigen::VectorXd::Ones(x.size()), x;
  return design;
}

/// 40 points scattered about y = 1 + x/2: x = i/4, y = 1 + x/2 + 2 sin(1.7 i),
/// i = 0..39; the expected numbers were computed once with statsmodels 0.13.5.
void scattered(Eigen::VectorXd& x, Eigen::VectorXd& y) {
  x.resize(40);
  y.resize(40);
  for (int i = 0; i < 40; ++i) {
    x[i] = i / 4.0;
    y[i] = 1 + 0.5 * x[i] + 2 * std::sin(1.7 * i);
  }
}

}  // namespace

TEST_CASE("least squares: an exact line, a scatter as statsmodels fits it, rank deficiency") {
  Eigen::VectorXd x(3), y(3);
  x << 0, 1, 2;
  y << 1, 3, 5;
  auto line = fit_least_squares(with_intercept(x), y);
  REQUIRE(line);
  CHECK(line->coefficients[0] == doctest::Approx(1));
  CHECK(line->coefficients[1] == doctest::Approx(2));
  CHECK(line->residuals.norm() < 1e-12);
  scattered(x, y);
  line = fit_least_squares(with_intercept(x), y);
  REQUIRE(line);
  CHECK(line->coefficients[0] == doctest::Approx(1.06198039).epsilon(1e-8));  // sm.OLS
  CHECK(line->coefficients[1] == doctest::Approx(0.49441299).epsilon(1e-8));
  Eigen::MatrixXd twice(3, 2);
  twice << 1, 2, 1, 2, 1, 2;
  CHECK(!fit_least_squares(twice, Eigen::VectorXd::Ones(3)));
}

TEST_CASE("quantile regression: a small LP solved by hand") {
  // x = 1..5, y = 1 3 2 5 4. At τ = 0.5 the optimum passes through (1,1) and (5,4):
  // residuals 0, 1.25, -0.5, 1.75, 0; with h = {1, 5}, g = Σ ψᵢxᵢ over the others
  // = 0.5·(1,2) - 0.5·(1,3) + 0.5·(1,4) = (0.5, 1.5), and X_h^{-T} g = (0.25, 0.25),
  // inside [-0.5, 0.5]²: optimal (Koenker 2005, Thm 2.1), objective 1.75. At τ = 0.8,
  // y = 1 + x through (2,3) and (4,5), objective 1: every other point lies below.
  Eigen::VectorXd x(5), y(5);
  x << 1, 2, 3, 4, 5;
  y << 1, 3, 2, 5, 4;
  auto median = fit_quantile(with_intercept(x), y, 0.5);
  REQUIRE(median);
  CHECK(median->exact);
  CHECK(median->coefficients[0] == doctest::Approx(0.25).epsilon(1e-12));
  CHECK(median->coefficients[1] == doctest::Approx(0.75).epsilon(1e-12));
  auto high = fit_quantile(with_intercept(x), y, 0.8);
  REQUIRE(high);
  CHECK(high->exact);
  CHECK(high->coefficients[0] == doctest::Approx(1).epsilon(1e-12));
  CHECK(high->coefficients[1] == doctest::Approx(1).epsilon(1e-12));
}

TEST_CASE("quantile regression: exact where statsmodels' IRLS stops near the optimum") {
  // The exact optima by enumerating all 780 vertices; statsmodels QuantReg's
  // within 1e-5 of them (its objective is higher in the 7th digit).
  Eigen::VectorXd x, y;
  scattered(x, y);
  struct Case {
    double tau, intercept, slope, sm_intercept, sm_slope;
  };
  for (Case c : {Case{0.9, 2.985890890587711, 0.48975492126890496, 2.98588506, 0.4897556},
                 Case{0.95, 2.986567072427569, 0.49732756959194735, 2.98656546, 0.49732772}}) {
    CAPTURE(c.tau);
    auto fit = fit_quantile(with_intercept(x), y, c.tau);
    REQUIRE(fit);
    CHECK(fit->exact);
    CHECK(fit->coefficients[0] == doctest::Approx(c.intercept).epsilon(1e-10));
    CHECK(fit->coefficients[1] == doctest::Approx(c.slope).epsilon(1e-10));
    CHECK(fit->coefficients[0] == doctest::Approx(c.sm_intercept).epsilon(1e-5));
    CHECK(fit->coefficients[1] == doctest::Approx(c.sm_slope).epsilon(1e-5));
  }
}

TEST_CASE("quantile regression: refuses what has no answer") {
  Eigen::VectorXd x(3), y(3);
  x << 1, 2, 3;
  y << 1, 2, 3;
  CHECK(!fit_quantile(with_intercept(x), y, 0));
  CHECK(!fit_quantile(with_intercept(x), y, 1));
  CHECK(!fit_quantile(with_intercept(x).topRows(1), y.head(1), 0.5));
  Eigen::MatrixXd twice(3, 2);
  twice << 1, 2, 1, 2, 1, 2;
  CHECK(!fit_quantile(twice, y, 0.5));
}
