#pragma once
// Ordinary least squares, by a column-pivoting Householder QR of the design
// matrix (Eigen), which stays accurate where the normal equations would not.

#include <optional>

#include <Eigen/Dense>

namespace costlint {

struct LinearFit {
  Eigen::VectorXd coefficients;
  Eigen::VectorXd residuals;  ///< y - X b
};

/// The b minimising |y - X b|²; nothing when X has fewer rows than columns or
/// its columns are linearly dependent (no unique fit).
std::optional<LinearFit> fit_least_squares(const Eigen::MatrixXd& x, const Eigen::VectorXd& y);

}  // namespace costlint
