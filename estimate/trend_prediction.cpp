#include "estimate/trend_prediction.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <mutex>
#include <tuple>

#include <fmt/format.h>

#include "estimate/bootstrap.h"
#include "estimate/linear_fit.h"

namespace costlint {
namespace {

constexpr size_t kMinModels = 10;
constexpr double kReachYears = 3;

/// log10(quantity) = b₀ + b₁(year - centre) + Σ b_d [domain d], fitted once.
struct DomainTrend {
  bool fitted = false;
  Eigen::VectorXd coefficients;
  double centre = 0;
  std::vector<std::string> domains;  ///< those with an indicator, in coefficient order
  double residual_low = 0, residual_high = 0;
  double first_year = 0, last_year = 0;
  size_t models = 0;
};

bool has_domain(const ModelRow& row, const std::string& domain) {
  std::vector<std::string> own = split_domains(row.domain);
  return std::find(own.begin(), own.end(), domain) != own.end();
}

DomainTrend fit_domain_trend(const ModelTable& table, TrendQuantity quantity,
                             const std::vector<std::string>& requested) {
  DomainTrend trend;
  std::vector<const ModelRow*> rows;
  for (const ModelRow& row : table.rows)
    if (row.year >= kPredictionFromYear && !std::isnan(row.value(trend_column(quantity))))
      rows.push_back(&row);
  if (rows.size() < kMinModels) return trend;
  for (const std::string& domain : requested)
    if (std::count_if(rows.begin(), rows.end(), [&](const ModelRow* row) {
          return has_domain(*row, domain);
        }) >= static_cast<long>(kMinModels))
      trend.domains.push_back(domain);
  auto [first, last] = std::minmax_element(
      rows.begin(), rows.end(), [](const ModelRow* a, const ModelRow* b) { return a->year < b->year; });
  trend.first_year = (*first)->year;
  trend.last_year = (*last)->year;
  trend.centre = (trend.first_year + trend.last_year) / 2;
  const Eigen::Index n = static_cast<Eigen::Index>(rows.size());
  Eigen::MatrixXd design = Eigen::MatrixXd::Zero(n, 2 + static_cast<Eigen::Index>(trend.domains.size()));
  Eigen::VectorXd y(n);
  for (Eigen::Index i = 0; i < n; ++i) {
    const ModelRow& row = *rows[static_cast<size_t>(i)];
    design(i, 0) = 1;
    design(i, 1) = row.year - trend.centre;
    for (size_t d = 0; d < trend.domains.size(); ++d)
      design(i, 2 + static_cast<Eigen::Index>(d)) = has_domain(row, trend.domains[d]);
    y[i] = std::log10(row.value(trend_column(quantity)));
  }
  std::optional<LinearFit> fit = fit_least_squares(design, y);
  if (!fit) return trend;
  std::vector<double> residuals(fit->residuals.begin(), fit->residuals.end());
  trend.fitted = true;
  trend.coefficients = fit->coefficients;
  trend.residual_low = *quantile(residuals, 0.025);
  trend.residual_high = *quantile(residuals, 0.975);
  trend.models = rows.size();
  return trend;
}

/// The fit for (table, quantity, domains), made on first use.
const DomainTrend& cached_trend(const ModelTable& table, TrendQuantity quantity,
                                const std::vector<std::string>& domains) {
  static std::mutex mutex;
  static std::map<std::tuple<uint64_t, TrendQuantity, std::string>, DomainTrend> cache;
  std::lock_guard<std::mutex> lock(mutex);
  auto key = std::make_tuple(table.fingerprint, quantity, fmt::format("{}", fmt::join(domains, ",")));
  auto found = cache.find(key);
  if (found == cache.end())
    found = cache.emplace(key, fit_domain_trend(table, quantity, domains)).first;
  return found->second;
}

}  // namespace

std::optional<Fact> predict_from_trend(TrendQuantity quantity, double year,
                                       std::string_view domain, const ModelTable& table) {
  if (!std::isfinite(year)) return std::nullopt;
  std::vector<std::string> domains = split_domains(domain);
  std::sort(domains.begin(), domains.end());
  domains.erase(std::unique(domains.begin(), domains.end()), domains.end());
  const DomainTrend& trend = cached_trend(table, quantity, domains);
  if (!trend.fitted || year < trend.first_year - kReachYears || year > trend.last_year + kReachYears)
    return std::nullopt;
  double log_value = trend.coefficients[0] + trend.coefficients[1] * (year - trend.centre);
  for (size_t d = 0; d < trend.domains.size(); ++d)
    log_value += trend.coefficients[2 + static_cast<Eigen::Index>(d)];
  Fact prediction;
  prediction.origin = Origin::Estimated;
  prediction.dimension = quantity == TrendQuantity::Parameters        ? dim::count
                         : quantity == TrendQuantity::TrainingCompute ? dim::flop
                                                                      : dim::usd;
  prediction.value = std::pow(10.0, log_value);
  prediction.from_trend = true;
  prediction.interval = Interval{std::pow(10.0, log_value + trend.residual_low),
                                 std::pow(10.0, log_value + trend.residual_high)};
  std::string on = trend.domains.empty()
                       ? "the year"
                       : fmt::format("the year and the domain ({})", fmt::join(trend.domains, ", "));
  // A domain with too few notable models has no term of its own: say so, not nothing.
  std::vector<std::string> dropped;
  for (const std::string& d : domains)
    if (std::find(trend.domains.begin(), trend.domains.end(), d) == trend.domains.end())
      dropped.push_back(d);
  if (!dropped.empty())
    on += fmt::format(" (the domain {} has fewer than {} notable models with a figure: all "
                      "domains' trend instead)",
                      fmt::join(dropped, ", "), kMinModels);
  prediction.method = fmt::format(
      "least-squares trend of log10({}) on {} over {} notable models published {:.0f} to {:.0f} "
      "(Epoch AI); interval: the 2.5% and 97.5% quantiles of its residuals",
      trend_quantity_name(quantity), on, trend.models, std::floor(trend.first_year),
      std::floor(trend.last_year));
  return prediction;
}

}  // namespace costlint
