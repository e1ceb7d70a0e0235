// The Pareto frontier in two and three dimensions, against a brute-force O(n²)
// check on random points drawn from a small grid, so that ties are frequent.

#include <doctest/doctest.h>

#include <random>

#include "estimate/pareto_frontier.h"

using namespace costlint;

namespace {

/// The indices of the rows no other row dominates, by comparing every pair.
std::vector<size_t> brute_force(const Eigen::MatrixXd& costs) {
  std::vector<size_t> front;
  for (Eigen::Index i = 0; i < costs.rows(); ++i) {
    bool dominated = false;
    for (Eigen::Index k = 0; k < costs.rows() && !dominated; ++k)
      dominated = (costs.row(k).array() <= costs.row(i).array()).all() &&
                  (costs.row(k).array() < costs.row(i).array()).any();
    if (!dominated) front.push_back(static_cast<size_t>(i));
  }
  return front;
}

Eigen::MatrixXd random_grid_points(std::mt19937_64& engine, Eigen::Index n, Eigen::Index d) {
  Eigen::MatrixXd points(n, d);
  for (Eigen::Index i = 0; i < n; ++i)
    for (Eigen::Index j = 0; j < d; ++j) points(i, j) = static_cast<double>(engine() % 12);
  return points;
}

}  // namespace

TEST_CASE("frontier: two equal points are both on it, a worse one is not") {
  std::vector<double> resource = {1, 1, 2, 1}, score = {0.8, 0.8, 0.8, 0.7};
  CHECK(frontier_2d(resource, score, Better::Higher) == std::vector<size_t>{0, 1});
  CHECK(frontier_2d(resource, score, Better::Lower) == std::vector<size_t>{3});
  CHECK(dominates(1, 0.8, 2, 0.8, Better::Higher));
  CHECK_FALSE(dominates(1, 0.8, 1, 0.8, Better::Higher));
  CHECK_FALSE(dominates(1, 0.7, 2, 0.8, Better::Higher));
  CHECK(dominates(1, 0.7, 2, 0.8, Better::Lower));
}

TEST_CASE("frontier: points with a non-finite coordinate take no part") {
  std::vector<double> resource = {1, NAN, 3}, score = {0.5, 0.9, INFINITY};
  CHECK(frontier_2d(resource, score, Better::Higher) == std::vector<size_t>{0});
}

TEST_CASE("frontier: the 2-D sweep agrees with brute force on random points") {
  std::mt19937_64 engine(1);
  for (int trial = 0; trial < 200; ++trial) {
    Eigen::MatrixXd points = random_grid_points(engine, 1 + trial % 60, 2);
    std::vector<double> resource(points.col(0).begin(), points.col(0).end());
    std::vector<double> score(points.col(1).begin(), points.col(1).end());
    CAPTURE(trial);
    CHECK(frontier_2d(resource, score, Better::Lower) == brute_force(points));
    Eigen::MatrixXd negated = points;
    negated.col(1) = -negated.col(1);
    CHECK(frontier_2d(resource, score, Better::Higher) == brute_force(negated));
    CHECK(frontier_nd(points) == brute_force(points));
  }
}

TEST_CASE("frontier: the n-D filter agrees with brute force in three and four dimensions") {
  std::mt19937_64 engine(2);
  for (int trial = 0; trial < 200; ++trial) {
    Eigen::MatrixXd points = random_grid_points(engine, 1 + trial % 80, 3 + trial % 2);
    CAPTURE(trial);
    CHECK(frontier_nd(points) == brute_force(points));
  }
}
