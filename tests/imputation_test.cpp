// Bayesian ridge and chained imputation against scikit-learn 1.2.1 (numbers
// computed once with BayesianRidge() and IterativeImputer(random_state=0)), on a
// small table whose relation is known: b = 2a + 1, c = b/2 - a, plus small wiggles.

#include <doctest/doctest.h>

#include <cmath>
#include <limits>

#include "estimate/bayesian_ridge.h"
#include "estimate/chained_imputation.h"

using namespace costlint;

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

Eigen::MatrixXd known_relation() {
  Eigen::MatrixXd table(30, 3);
  for (int i = 0; i < 30; ++i) {
    double a = i / 10.0, b = 2 * a + 1 + 0.1 * std::sin(3 * i);
    table.row(i) << a, b, -a + 0.5 * b + 0.05 * std::cos(5 * i);
  }
  return table;
}

}  // namespace

TEST_CASE("bayesian ridge: sklearn's BayesianRidge on the same data") {
  Eigen::MatrixXd table = known_relation();
  BayesianRidge fit = fit_bayesian_ridge(table.leftCols(2), table.col(2));
  CHECK(fit.weights[0] == doctest::Approx(-0.873468038031136).epsilon(1e-9));
  CHECK(fit.weights[1] == doctest::Approx(0.4360804734350202).epsilon(1e-9));
  CHECK(fit.intercept == doctest::Approx(0.06677860648401845).epsilon(1e-9));
}

TEST_CASE("chained imputation: sklearn's IterativeImputer, near the true values") {
  Eigen::MatrixXd truth = known_relation(), holed = truth;
  for (int i = 0; i < 30; ++i) {
    if (i % 5 == 1) holed(i, 1) = kNaN;
    if (i % 7 == 3) holed(i, 2) = kNaN;
    if (i % 11 == 5) holed(i, 0) = kNaN;
  }
  Imputation imputed = impute_chained(holed);
  CHECK(imputed.rounds == 4);
  CHECK(imputed.converged);
  struct Cell {
    int row, column;
    double sklearn;
  };
  const Cell cells[] = {{1, 1, 1.2243993939061462},  {3, 2, 0.524649630910752},
                        {5, 0, 0.4925219870387044},  {6, 1, 2.171272642786237},
                        {10, 2, 0.44594614700837154}, {11, 1, 3.2482830836610885},
                        {16, 0, 1.4517912747919108}, {16, 1, 3.856229116823476},
                        {17, 2, 0.5409711880390241}, {21, 1, 5.188725620360143},
                        {24, 2, 0.5181478492738817}, {26, 1, 6.196806281869949},
                        {27, 0, 2.7128025123153883}};
  for (const Cell& cell : cells) {
    CAPTURE(cell.row);
    CAPTURE(cell.column);
    CHECK(imputed.filled(cell.row, cell.column) == doctest::Approx(cell.sklearn).epsilon(1e-8));
    // The relation is recovered: within 0.3 of the truth (the row missing two of
    // its three cells, 16, is the farthest).
    CHECK(std::abs(imputed.filled(cell.row, cell.column) - truth(cell.row, cell.column)) < 0.3);
  }
  CHECK((imputed.filled.array() == holed.array()).count() == 90 - 13);
}

TEST_CASE("chained imputation: a column with nothing observed stays empty, and is no predictor") {
  Eigen::MatrixXd table = known_relation();
  table.col(2).setConstant(kNaN);
  table(4, 1) = kNaN;
  Imputation imputed = impute_chained(table);
  CHECK(std::isnan(imputed.filled(0, 2)));
  CHECK(imputed.filled(4, 1) == doctest::Approx(1.8).epsilon(0.05));
}
