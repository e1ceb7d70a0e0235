#include "estimate/linear_fit.h"

namespace costlint {

std::optional<LinearFit> fit_least_squares(const Eigen::MatrixXd& x, const Eigen::VectorXd& y) {
  if (x.rows() < x.cols() || x.rows() != y.size() || x.cols() == 0) return std::nullopt;
  Eigen::ColPivHouseholderQR<Eigen::MatrixXd> qr(x);
  if (qr.rank() < x.cols()) return std::nullopt;
  LinearFit fit;
  fit.coefficients = qr.solve(y);
  fit.residuals = y - x * fit.coefficients;
  return fit;
}

}  // namespace costlint
