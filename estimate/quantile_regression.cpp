#include "estimate/quantile_regression.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace costlint {
namespace {

using Eigen::MatrixXd;
using Eigen::VectorXd;

/// How close to the boundary a step may go, and when the duality gap is closed:
/// loosely, since the vertex found next is exact.
constexpr double kStepShare = 0.99995;
constexpr double kGapTolerance = 1e-8;
constexpr int kMaxIterations = 100;

/// X'·diag(q)·X, column pair by column pair: with the few columns of a trend,
/// this is faster than a general matrix product, which packs its operands.
MatrixXd weighted_gram(const MatrixXd& x, const VectorXd& q) {
  const Eigen::Index p = x.cols();
  MatrixXd gram(p, p);
  for (Eigen::Index j = 0; j < p; ++j)
    for (Eigen::Index k = j; k < p; ++k)
      gram(j, k) = gram(k, j) = (x.col(j).cwiseProduct(q)).dot(x.col(k));
  return gram;
}

/// The largest step t ≤ 1/kStepShare keeping v + t·dv ≥ 0 over pairs (v, dv)
/// given one at a time, v > 0. It divides only where the step so far would cross
/// zero, rarely after the first entries. step() is kStepShare·t, so a full step is 1.
class StepBound {
 public:
  void keep(double v, double dv) {
    if (v + t_ * dv < 0) t_ = -v / dv;
  }
  double step() const { return kStepShare * t_; }

 private:
  double t_ = 1 / kStepShare;
};

/// The dual problem, an LP in a ∈ [0, 1]ⁿ: minimise c'a subject to X'a = b, with
/// c = -y and b = (1-τ)X'1; its multipliers are the regression coefficients.
/// `a` is x below, s = 1 - x its slack, and z, w the dual slacks of both bounds.
/// The work per observation is written as one loop per stage, rather than as
/// vector expressions: each reads the iterates once, which halves the time.
std::optional<VectorXd> interior_point(const MatrixXd& x_design, const VectorXd& y, double tau,
                                       const VectorXd* start, int* iterations) {
  const Eigen::Index n = x_design.rows();
  const VectorXd b = (1 - tau) * x_design.transpose() * VectorXd::Ones(n);
  VectorXd x = VectorXd::Constant(n, 1 - tau), s = VectorXd::Constant(n, tau);
  // Start from `start`, else least squares, with the dual slacks split by sign
  // and kept interior.
  VectorXd dual = start ? VectorXd(-*start) : VectorXd(x_design.colPivHouseholderQr().solve(-y));
  VectorXd r = -y - x_design * dual;
  const double nudge = 1e-8 * (1 + r.cwiseAbs().maxCoeff());
  VectorXd z = r.cwiseMax(0).array() + nudge, w = (-r).cwiseMax(0).array() + nudge;
  const double scale = 1 + y.cwiseAbs().sum();
  // 1/x and 1/s, computed once an iteration: divisions are the loops' cost.
  VectorXd x_inv(n), s_inv(n);
  VectorXd q(n), qr(n), dx(n), dz(n), dw(n), dxdz(n), dsdw(n), shift(n), fitted(n);
  double gap = z.dot(x) + w.dot(s);
  int it = 0;
  for (; gap > kGapTolerance * scale && it < kMaxIterations; ++it) {
    for (Eigen::Index i = 0; i < n; ++i) {
      x_inv[i] = 1 / x[i];
      s_inv[i] = 1 / s[i];
      q[i] = 1 / (z[i] * x_inv[i] + w[i] * s_inv[i]);
      r[i] = z[i] - w[i];
      qr[i] = q[i] * r[i];
    }
    Eigen::LDLT<MatrixXd> solver(weighted_gram(x_design, q));
    if (solver.info() != Eigen::Success) return std::nullopt;
    const VectorXd primal_drift = b - x_design.transpose() * x;
    // Affine (predictor) step; the slack's direction ds is -dx.
    VectorXd dy = solver.solve(primal_drift + x_design.transpose() * qr);
    fitted.noalias() = x_design * dy;
    StepBound primal, dual_bound;
    for (Eigen::Index i = 0; i < n; ++i) {
      dx[i] = q[i] * (fitted[i] - r[i]);
      dz[i] = -z[i] * (1 + dx[i] * x_inv[i]);
      dw[i] = -w[i] * (1 - dx[i] * s_inv[i]);
      primal.keep(x[i], dx[i]);
      primal.keep(s[i], -dx[i]);
      dual_bound.keep(z[i], dz[i]);
      dual_bound.keep(w[i], dw[i]);
    }
    double fp = primal.step(), fd = dual_bound.step();
    if (std::min(fp, fd) < 1) {
      // Mehrotra's corrector, centring towards mu = gap·(predicted/gap)³/2n.
      double g = 0;
      for (Eigen::Index i = 0; i < n; ++i)
        g += (z[i] + fd * dz[i]) * (x[i] + fp * dx[i]) + (w[i] + fd * dw[i]) * (s[i] - fp * dx[i]);
      const double mu = gap * std::pow(g / gap, 3) / (2.0 * n);
      for (Eigen::Index i = 0; i < n; ++i) {
        dxdz[i] = dx[i] * dz[i];
        dsdw[i] = -dx[i] * dw[i];
        shift[i] = (mu - dxdz[i]) * x_inv[i] - (mu - dsdw[i]) * s_inv[i] - r[i];
        qr[i] = q[i] * shift[i];
      }
      dy = solver.solve(primal_drift - x_design.transpose() * qr);
      fitted.noalias() = x_design * dy;
      StepBound corrected_primal, corrected_dual;
      for (Eigen::Index i = 0; i < n; ++i) {
        dx[i] = q[i] * (fitted[i] + shift[i]);
        dz[i] = (mu - z[i] * dx[i] - dxdz[i]) * x_inv[i] - z[i];
        dw[i] = (mu + w[i] * dx[i] - dsdw[i]) * s_inv[i] - w[i];
        corrected_primal.keep(x[i], dx[i]);
        corrected_primal.keep(s[i], -dx[i]);
        corrected_dual.keep(z[i], dz[i]);
        corrected_dual.keep(w[i], dw[i]);
      }
      fp = corrected_primal.step();
      fd = corrected_dual.step();
    }
    double next_gap = 0;  // a local sum, which the compiler keeps in a register
    for (Eigen::Index i = 0; i < n; ++i) {
      x[i] += fp * dx[i];
      s[i] -= fp * dx[i];
      z[i] += fd * dz[i];
      w[i] += fd * dw[i];
      next_gap += z[i] * x[i] + w[i] * s[i];
    }
    gap = next_gap;
    dual += fd * dy;
  }
  *iterations = it;
  return -dual;
}

/// The vertex through the p observations nearest `near`'s plane, if it is optimal:
/// with h those observations and g = Σ_{i∉h} (τ - [rᵢ < 0]) xᵢ, the vertex is a
/// minimum iff every entry of X_h^{-T} g lies in [-τ, 1-τ].
std::optional<VectorXd> certified_vertex(const MatrixXd& x, const VectorXd& y, double tau,
                                         const VectorXd& near) {
  const Eigen::Index n = x.rows(), p = x.cols();
  VectorXd distance = (y - x * near).cwiseAbs();
  std::vector<Eigen::Index> order(n);
  std::iota(order.begin(), order.end(), 0);
  auto nearer = [&](Eigen::Index a, Eigen::Index b) {
    return distance[a] != distance[b] ? distance[a] < distance[b] : a < b;
  };
  // The basis is almost always among the nearest few: order those, and the rest
  // only when they are not enough.
  const Eigen::Index head = std::min<Eigen::Index>(n, 4 * p);
  std::partial_sort(order.begin(), order.begin() + head, order.end(), nearer);
  std::vector<Eigen::Index> basis;
  MatrixXd rows(0, p);
  for (size_t k = 0; k < order.size(); ++k) {
    if (k == static_cast<size_t>(head)) std::sort(order.begin() + head, order.end(), nearer);
    Eigen::Index i = order[k];
    MatrixXd candidate(rows.rows() + 1, p);
    candidate << rows, x.row(i);
    if (Eigen::FullPivLU<MatrixXd>(candidate).rank() == candidate.rows()) {
      rows = candidate;
      basis.push_back(i);
      if (rows.rows() == p) break;
    }
  }
  if (rows.rows() < p) return std::nullopt;
  Eigen::PartialPivLU<MatrixXd> lu(rows);
  VectorXd vertex = lu.solve(y(basis));
  VectorXd residual = y - x * vertex;
  const double tiny = 1e-9 * (1 + y.cwiseAbs().maxCoeff());
  std::vector<bool> in_basis(n, false);
  for (Eigen::Index i : basis) in_basis[i] = true;
  VectorXd g = VectorXd::Zero(p);
  for (Eigen::Index i = 0; i < n; ++i) {
    if (in_basis[i]) continue;
    if (std::abs(residual[i]) <= tiny) return std::nullopt;  // degenerate: no proof here
    g += (tau - (residual[i] < 0 ? 1.0 : 0.0)) * x.row(i).transpose();
  }
  VectorXd lambda = lu.transpose().solve(g);
  const double slack = 1e-9 * n;
  if ((lambda.array() < -tau - slack).any() || (lambda.array() > 1 - tau + slack).any())
    return std::nullopt;
  return vertex;
}

}  // namespace

std::optional<QuantileFit> fit_quantile(const Eigen::MatrixXd& x, const Eigen::VectorXd& y,
                                        double tau, const Eigen::VectorXd* start) {
  if (!(tau > 0 && tau < 1) || x.rows() < x.cols() || x.rows() != y.size() || x.cols() == 0)
    return std::nullopt;
  if (Eigen::ColPivHouseholderQR<MatrixXd>(x).rank() < x.cols()) return std::nullopt;
  QuantileFit fit;
  if (start && start->size() != x.cols()) start = nullptr;
  std::optional<VectorXd> interior = interior_point(x, y, tau, start, &fit.iterations);
  if (!interior || !interior->allFinite()) return std::nullopt;
  if (std::optional<VectorXd> vertex = certified_vertex(x, y, tau, *interior)) {
    fit.coefficients = *vertex;
    fit.exact = true;
  } else {
    fit.coefficients = *interior;
  }
  return fit;
}

}  // namespace costlint
