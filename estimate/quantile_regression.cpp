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

/// The largest t with v + t·dv ≥ 0, capped at 1/kStepShare so that a full step is 1.
/// The solver's hottest function: it divides only where the step so far would
/// cross zero (v + t·dv < 0, which needs dv < 0 as v > 0), rarely after the first
/// entries, instead of for every entry.
double longest_step(const VectorXd& v, const VectorXd& dv) {
  double t = 1 / kStepShare;
  for (Eigen::Index i = 0; i < v.size(); ++i)
    if (v[i] + t * dv[i] < 0) t = -v[i] / dv[i];
  return kStepShare * t;
}

/// The dual problem, an LP in a ∈ [0, 1]ⁿ: minimise c'a subject to X'a = b, with
/// c = -y and b = (1-τ)X'1; its multipliers are the regression coefficients.
/// `a` is x below, s = 1 - x its slack, and z, w the dual slacks of both bounds.
std::optional<VectorXd> interior_point(const MatrixXd& x_design, const VectorXd& y, double tau,
                                       int* iterations) {
  const Eigen::Index n = x_design.rows();
  const VectorXd c = -y;
  const VectorXd b = (1 - tau) * x_design.transpose() * VectorXd::Ones(n);
  VectorXd x = VectorXd::Constant(n, 1 - tau), s = VectorXd::Constant(n, tau);
  // Start from least squares, with the dual slacks split by sign and kept interior.
  VectorXd dual = x_design.colPivHouseholderQr().solve(c);
  VectorXd r = c - x_design * dual;
  const double nudge = 1e-8 * (1 + r.cwiseAbs().maxCoeff());
  VectorXd z = r.cwiseMax(0).array() + nudge, w = (-r).cwiseMax(0).array() + nudge;
  const double scale = 1 + y.cwiseAbs().sum();
  double gap = z.dot(x) + w.dot(s);
  int it = 0;
  for (; gap > kGapTolerance * scale && it < kMaxIterations; ++it) {
    VectorXd q = (z.cwiseQuotient(x) + w.cwiseQuotient(s)).cwiseInverse();
    r = z - w;
    MatrixXd normal = x_design.transpose() * q.asDiagonal() * x_design;
    Eigen::LDLT<MatrixXd> solver(normal);
    if (solver.info() != Eigen::Success) return std::nullopt;
    const VectorXd primal_drift = b - x_design.transpose() * x;
    // Affine (predictor) step.
    VectorXd dy = solver.solve(primal_drift + x_design.transpose() * q.cwiseProduct(r));
    VectorXd dx = q.cwiseProduct(x_design * dy - r);
    VectorXd ds = -dx;
    VectorXd dz = -z.cwiseProduct(VectorXd::Ones(n) + dx.cwiseQuotient(x));
    VectorXd dw = -w.cwiseProduct(VectorXd::Ones(n) + ds.cwiseQuotient(s));
    double fp = std::min(longest_step(x, dx), longest_step(s, ds));
    double fd = std::min(longest_step(z, dz), longest_step(w, dw));
    if (std::min(fp, fd) < 1) {
      // Mehrotra's corrector, centring towards mu = gap·(predicted/gap)³/2n.
      double g = (z + fd * dz).dot(x + fp * dx) + (w + fd * dw).dot(s + fp * ds);
      double mu = gap * std::pow(g / gap, 3) / (2.0 * n);
      VectorXd dxdz = dx.cwiseProduct(dz), dsdw = ds.cwiseProduct(dw);
      VectorXd xinv = x.cwiseInverse(), sinv = s.cwiseInverse();
      VectorXd xi = mu * (xinv - sinv);
      VectorXd shift = xi - r - dxdz.cwiseProduct(xinv) + dsdw.cwiseProduct(sinv);
      dy = solver.solve(primal_drift - x_design.transpose() * q.cwiseProduct(shift));
      dx = q.cwiseProduct(x_design * dy + shift);
      ds = -dx;
      dz = (mu * VectorXd::Ones(n) - z.cwiseProduct(dx) - dxdz).cwiseProduct(xinv) - z;
      dw = (mu * VectorXd::Ones(n) - w.cwiseProduct(ds) - dsdw).cwiseProduct(sinv) - w;
      fp = std::min(longest_step(x, dx), longest_step(s, ds));
      fd = std::min(longest_step(z, dz), longest_step(w, dw));
    }
    x += fp * dx;
    s += fp * ds;
    dual += fd * dy;
    z += fd * dz;
    w += fd * dw;
    gap = z.dot(x) + w.dot(s);
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
  std::stable_sort(order.begin(), order.end(),
                   [&](Eigen::Index a, Eigen::Index b) { return distance[a] < distance[b]; });
  std::vector<Eigen::Index> basis;
  MatrixXd rows(0, p);
  for (Eigen::Index i : order) {
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
                                        double tau) {
  if (!(tau > 0 && tau < 1) || x.rows() < x.cols() || x.rows() != y.size() || x.cols() == 0)
    return std::nullopt;
  if (Eigen::ColPivHouseholderQR<MatrixXd>(x).rank() < x.cols()) return std::nullopt;
  QuantileFit fit;
  std::optional<VectorXd> interior = interior_point(x, y, tau, &fit.iterations);
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
