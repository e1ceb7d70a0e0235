#include "estimate/chained_imputation.h"

#include <algorithm>
#include <cmath>
#include <vector>

#include "estimate/bayesian_ridge.h"

namespace costlint {

using Index = Eigen::Index;

Imputation impute_chained(const Eigen::MatrixXd& data, int max_rounds, double tolerance) {
  const Index n = data.rows(), p = data.cols();
  Imputation result{data, 0, false};
  Eigen::MatrixXd& filled = result.filled;
  std::vector<std::vector<Index>> observed(p), missing(p);
  double largest = 0;
  for (Index j = 0; j < p; ++j) {
    for (Index i = 0; i < n; ++i) {
      if (std::isnan(data(i, j))) {
        missing[j].push_back(i);
      } else {
        observed[j].push_back(i);
        largest = std::max(largest, std::abs(data(i, j)));
      }
    }
    if (observed[j].empty()) continue;  // left as it is, and no predictor
    double mean = data(observed[j], j).mean();
    for (Index i : missing[j]) filled(i, j) = mean;
  }
  std::vector<Index> usable, order;
  for (Index j = 0; j < p; ++j)
    if (!observed[j].empty()) usable.push_back(j);
  order = usable;
  std::stable_sort(order.begin(), order.end(),
                   [&](Index a, Index b) { return missing[a].size() < missing[b].size(); });
  std::erase_if(order, [&](Index j) { return missing[j].empty(); });
  if (order.empty() || usable.size() < 2) return result;
  const double threshold = tolerance * largest;
  Eigen::MatrixXd previous = filled;
  for (result.rounds = 1; result.rounds <= max_rounds; ++result.rounds) {
    for (Index j : order) {
      std::vector<Index> others;
      std::copy_if(usable.begin(), usable.end(), std::back_inserter(others),
                   [j](Index k) { return k != j; });
      BayesianRidge ridge = fit_bayesian_ridge(filled(observed[j], others), filled(observed[j], j));
      Eigen::MatrixXd inputs = filled(missing[j], others);
      for (Index r = 0; r < inputs.rows(); ++r)
        filled(missing[j][r], j) = ridge.predict(inputs.row(r));
    }
    // sklearn measures the change by the matrix ∞-norm: the largest row sum.
    double change = (filled(Eigen::all, usable) - previous(Eigen::all, usable))
                        .cwiseAbs().rowwise().sum().maxCoeff();
    if (change < threshold) {
      result.converged = true;
      break;
    }
    previous = filled;
  }
  result.rounds = std::min(result.rounds, max_rounds);
  return result;
}

}  // namespace costlint
