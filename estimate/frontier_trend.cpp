#include "estimate/frontier_trend.h"

#include <mutex>
#include <string>
#include <unordered_map>

#include <cmath>

#include <Eigen/Dense>

#include "estimate/bootstrap.h"
#include "estimate/quantile_regression.h"

namespace costlint {
namespace {

constexpr int kDegree = 3;

Eigen::MatrixXd cubic_design(const Eigen::VectorXd& u) {
  Eigen::MatrixXd design(u.size(), kDegree + 1);
  design.col(0).setOnes();
  for (int k = 1; k <= kDegree; ++k) design.col(k) = design.col(k - 1).cwiseProduct(u);
  return design;
}

double polynomial(const Eigen::VectorXd& c, double u) {
  return c[0] + u * (c[1] + u * (c[2] + u * c[3]));  // Horner
}

}  // namespace

std::optional<FrontierTrend> fit_frontier_trend(std::span<const double> resource,
                                                std::span<const double> score, Better better,
                                                const FrontierTrendOptions& options) {
  std::vector<double> xs, ys;
  for (size_t i = 0; i < resource.size() && i < score.size(); ++i)
    if (resource[i] > 0 && std::isfinite(resource[i]) && std::isfinite(score[i])) {
      xs.push_back(std::log10(resource[i]));
      ys.push_back(score[i]);
    }
  if (xs.size() < kMinTrendPoints) return std::nullopt;
  const Eigen::Index n = static_cast<Eigen::Index>(xs.size());
  Eigen::VectorXd x = Eigen::Map<Eigen::VectorXd>(xs.data(), n);
  Eigen::VectorXd y = Eigen::Map<Eigen::VectorXd>(ys.data(), n);
  FrontierTrend trend;
  trend.centre = x.mean();
  trend.spread = std::sqrt((x.array() - trend.centre).square().mean());
  if (!(trend.spread > 0)) return std::nullopt;
  trend.quantile = better == Better::Higher ? kFrontierQuantile : 1 - kFrontierQuantile;
  const Eigen::MatrixXd design = cubic_design((x.array() - trend.centre) / trend.spread);
  std::optional<QuantileFit> fit = fit_quantile(design, y, trend.quantile);
  if (!fit) return std::nullopt;
  for (int k = 0; k <= kDegree; ++k) trend.coefficients[k] = fit->coefficients[k];
  trend.exact = fit->exact;
  trend.points = xs.size();

  const size_t g = std::max<size_t>(options.grid_points, 2);
  const double lowest = x.minCoeff(), highest = x.maxCoeff();
  std::vector<double> grid_u(g);
  for (size_t i = 0; i < g; ++i) {
    double at = lowest + (highest - lowest) * static_cast<double>(i) / static_cast<double>(g - 1);
    trend.grid.push_back(at);
    grid_u[i] = (at - trend.centre) / trend.spread;
    trend.curve.push_back(polynomial(fit->coefficients, grid_u[i]));
  }
  // Each resample's curve at every grid value; bootstrap() draws the resamples
  // and counts those that fit. A case drawn k times enters once, its row and
  // score times k: ρτ(k·r) = k·ρτ(r), so the fit is the same, on about 63% of the rows.
  std::vector<std::vector<double>> curves(g);
  std::vector<double> times(xs.size());
  std::vector<double> fitted = bootstrap(
      xs.size(), options.resamples, options.seed, [&](std::span<const size_t> cases) {
        std::fill(times.begin(), times.end(), 0.0);
        for (size_t i : cases) times[i] += 1;
        std::vector<Eigen::Index> rows;
        for (size_t i = 0; i < times.size(); ++i)
          if (times[i] > 0) rows.push_back(static_cast<Eigen::Index>(i));
        Eigen::VectorXd weight = Eigen::Map<Eigen::VectorXd>(times.data(), n)(rows);
        std::optional<QuantileFit> refit =
            fit_quantile(design(rows, Eigen::all).array().colwise() * weight.array(),
                         y(rows).cwiseProduct(weight), trend.quantile, &fit->coefficients);
        if (!refit) return std::optional<double>();
        for (size_t i = 0; i < g; ++i) curves[i].push_back(polynomial(refit->coefficients, grid_u[i]));
        return std::optional<double>(1);
      });
  trend.resamples = fitted.size();
  for (size_t i = 0; i < g; ++i) {
    std::optional<Interval> band = percentile_interval(curves[i], options.level);
    trend.low.push_back(band ? band->low : trend.curve[i]);
    trend.high.push_back(band ? band->high : trend.curve[i]);
  }
  return trend;
}

const std::optional<FrontierTrend>& shared_frontier_trend(std::span<const double> resource,
                                                          std::span<const double> score,
                                                          Better better,
                                                          const FrontierTrendOptions& options) {
  static std::mutex mutex;
  static std::unordered_map<std::string, std::optional<FrontierTrend>> fitted;
  // The key is the inputs themselves, byte for byte: no collision can mix two fits.
  std::string key;
  auto put = [&](const auto& value) { key.append(reinterpret_cast<const char*>(&value), sizeof value); };
  put(better);
  put(options.resamples);
  put(options.level);
  put(options.grid_points);
  put(options.seed);
  for (double x : resource) put(x);
  key += '|';
  for (double y : score) put(y);
  std::lock_guard<std::mutex> lock(mutex);
  auto it = fitted.find(key);
  if (it == fitted.end())
    it = fitted.emplace(std::move(key), fit_frontier_trend(resource, score, better, options)).first;
  return it->second;
}

}  // namespace costlint
