#pragma once
// Bayesian ridge regression as scikit-learn's BayesianRidge computes it with its
// defaults, the regressor of its IterativeImputer: the weights' precision λ and
// the noise's precision α are found by maximising the evidence (MacKay 1992),
// under Gamma(1e-6, 1e-6) priors, from α = 1/var(y) and λ = 1, for at most 300
// rounds, stopping when the weights move by less than 1e-3 (L1) in a round.

#include <Eigen/Dense>

namespace costlint {

struct BayesianRidge {
  Eigen::VectorXd weights;
  double intercept = 0;

  double predict(const Eigen::Ref<const Eigen::RowVectorXd>& x) const {
    return x.dot(weights) + intercept;
  }
};

/// Fits y on the columns of x (centred: the intercept is not shrunk). x needs a row.
BayesianRidge fit_bayesian_ridge(const Eigen::MatrixXd& x, const Eigen::VectorXd& y);

}  // namespace costlint
