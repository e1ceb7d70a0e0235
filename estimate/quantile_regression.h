#pragma once
// Linear quantile regression (Koenker & Bassett 1978): the b minimising
// Σ ρτ(yᵢ - xᵢ'b), ρτ(r) = r·(τ - [r < 0]). That is a linear program. It is solved
// in its dual by the Frisch-Newton interior-point method with Mehrotra's
// predictor-corrector steps (Portnoy & Koenker 1997, the method of R's
// quantreg "fn"), then made exact: the p observations nearest the fitted plane
// give a vertex, kept when it passes the optimality condition of Koenker (2005,
// Theorem 2.1). statsmodels' QuantReg iterates reweighted least squares instead,
// and stops near, not at, the optimum.

#include <optional>

#include <Eigen/Dense>

namespace costlint {

struct QuantileFit {
  Eigen::VectorXd coefficients;
  /// True when the coefficients are a vertex proven optimal, false when they
  /// are the interior point's (optimal to its tolerance: a degenerate problem,
  /// such as one whose optimum is not unique).
  bool exact = false;
  int iterations = 0;
};

/// The τ-quantile regression of y on the columns of x; nothing if τ is not in
/// (0, 1), x has fewer rows than columns, or its columns are linearly dependent.
/// `start`, coefficients near the solution (a bootstrap refit's full-sample
/// fit), is where the interior point starts instead of least squares: about a
/// fifth fewer iterations, and the same optimum.
std::optional<QuantileFit> fit_quantile(const Eigen::MatrixXd& x, const Eigen::VectorXd& y,
                                        double tau, const Eigen::VectorXd* start = nullptr);

}  // namespace costlint
