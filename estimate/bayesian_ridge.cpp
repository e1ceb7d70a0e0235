#include "estimate/bayesian_ridge.h"

#include <limits>

namespace costlint {

BayesianRidge fit_bayesian_ridge(const Eigen::MatrixXd& x, const Eigen::VectorXd& y) {
  constexpr int kMaxRounds = 300;
  constexpr double kTolerance = 1e-3, kPrior = 1e-6;
  const double n = static_cast<double>(x.rows());
  const Eigen::RowVectorXd x_mean = x.colwise().mean();
  const double y_mean = y.mean();
  const Eigen::MatrixXd xc = x.rowwise() - x_mean;
  const Eigen::VectorXd yc = y.array() - y_mean;
  // In the eigenbasis of X'X every update is a few vector operations: with
  // e its eigenvalues and u = V'X'y, the posterior mean is V·u/(e + λ/α) and
  // the residual sum of squares |y|² - 2 u·m + e·m² for m = u/(e + λ/α).
  Eigen::SelfAdjointEigenSolver<Eigen::MatrixXd> eigen(xc.transpose() * xc);
  const Eigen::ArrayXd e = eigen.eigenvalues().array().max(0.0);
  const Eigen::ArrayXd u = (eigen.eigenvectors().transpose() * (xc.transpose() * yc)).array();
  const double yy = yc.squaredNorm();
  double alpha = 1 / (yy / n + std::numeric_limits<double>::epsilon());
  double lambda = 1;
  auto posterior = [&](double a, double l, double* rss) {
    Eigen::ArrayXd m = u / (e + l / a);
    *rss = std::max(0.0, yy - 2 * (u * m).sum() + (e * m * m).sum());
    return m;
  };
  Eigen::ArrayXd previous;
  for (int round = 0; round < kMaxRounds; ++round) {
    double rss = 0;
    Eigen::ArrayXd m = posterior(alpha, lambda, &rss);
    double gamma = (alpha * e / (lambda + alpha * e)).sum();
    lambda = (gamma + 2 * kPrior) / (m.square().sum() + 2 * kPrior);
    alpha = (n - gamma + 2 * kPrior) / (rss + 2 * kPrior);
    // The L1 change of the weights, measured in the original basis as sklearn does.
    if (round != 0 && (eigen.eigenvectors() * (m - previous).matrix()).cwiseAbs().sum() <
                          kTolerance)
      break;
    previous = m;
  }
  double rss = 0;
  BayesianRidge fit;
  fit.weights = eigen.eigenvectors() * posterior(alpha, lambda, &rss).matrix();
  fit.intercept = y_mean - x_mean.dot(fit.weights);
  return fit;
}

}  // namespace costlint
