#pragma once
// Multiple imputation by chained equations, single draw (van Buuren &
// Groothuis-Oudshoorn 2011), as scikit-learn's IterativeImputer runs it with its
// defaults: start from each column's mean; then, round after round, regress each
// column with missing cells on all the others (Bayesian ridge, estimate/bayesian_ridge)
// and replace its missing cells by the predictions, columns in ascending order of
// their share of missing cells; stop after 10 rounds or when no row's cells moved by
// more than 1e-3 of the largest observed magnitude in a round (sum over the row).
// Predictions are means, not draws, so the result is deterministic.

#include <Eigen/Dense>

namespace costlint {

struct Imputation {
  Eigen::MatrixXd filled;  ///< observed cells as given; a column with none stays NaN
  int rounds = 0;
  bool converged = false;  ///< the change fell under the tolerance before the last round
};

/// Fills the NaN cells of `data` (rows are cases, columns variables).
Imputation impute_chained(const Eigen::MatrixXd& data, int max_rounds = 10,
                          double tolerance = 1e-3);

}  // namespace costlint
