#include "estimate/trend.h"

#include <cmath>
#include <limits>

#include <fmt/format.h>

#include "estimate/chained_imputation.h"
#include "estimate/linear_fit.h"
#include "estimate/model_matrix.h"
#include "estimate/quantile_regression.h"

namespace costlint {
namespace {

/// Fewer models than this make no trend worth printing.
constexpr size_t kMinModels = 10;
/// Nor do fewer publication years: within one or two, the spread of the models
/// swamps their growth, and the doubling time's interval runs to infinity.
constexpr int kMinWindowYears = 3;

/// Why `line`'s doubling time is not a number a reader may quote, or "" when it is:
/// a window that shows no growth, or whose resamples include none, bounds nothing.
std::string unbounded_doubling(const TrendLine& line, const TrendOptions& options) {
  std::string which = fmt::format("{}, {}", trend_quantity_name(line.quantity),
                                  line.fit == TrendFit::Average ? "average" : "large models");
  if (std::isinf(line.doubling_months))
    return fmt::format("{}: no growth from {} to {} (slope {:.3f} log10 per year), so no doubling "
                       "time",
                       which, options.from_year, options.to_year, line.slope);
  if (line.months_interval && std::isinf(line.months_interval->high))
    return fmt::format("{}: some resamples show no growth, so the interval has no upper bound: "
                       "{} models from {} to {} do not settle the doubling time; widen the window",
                       which, line.models, options.from_year, options.to_year);
  return "";
}

/// The slope of y on the year, by least squares or at the large-model quantile.
std::optional<double> slope(TrendFit fit, const Eigen::MatrixXd& design, const Eigen::VectorXd& y,
                            bool* exact = nullptr) {
  if (fit == TrendFit::Average) {
    std::optional<LinearFit> line = fit_least_squares(design, y);
    if (!line) return std::nullopt;
    return line->coefficients[1];
  }
  std::optional<QuantileFit> line = fit_quantile(design, y, kLargeModelQuantile);
  if (!line) return std::nullopt;
  if (exact) *exact = line->exact;
  return line->coefficients[1];
}

/// The year centred on the window, so that the design is well conditioned.
Eigen::MatrixXd year_design(const Eigen::VectorXd& year, double centre) {
  Eigen::MatrixXd design(year.size(), 2);
  design.col(0).setOnes();
  design.col(1) = year.array() - centre;
  return design;
}

/// Each bootstrap resample of the window's rows, imputed again: the filled
/// columns `columns`, rows in the resample's order. The resamples are those
/// bootstrap() draws for the fits (same size, count and seed), in that order.
std::vector<Eigen::MatrixXd> reimputed_resamples(const Eigen::MatrixXd& values,
                                                 const std::vector<Eigen::Index>& columns,
                                                 const TrendOptions& options) {
  std::vector<Eigen::MatrixXd> filled;
  bootstrap(static_cast<size_t>(values.rows()), options.bootstrap, options.seed,
            [&](std::span<const size_t> cases) {
              std::vector<Eigen::Index> rows(cases.begin(), cases.end());
              Imputation imputed = impute_chained(values(rows, Eigen::all));
              filled.push_back(imputed.filled(Eigen::all, columns));
              return std::optional<double>(1);
            });
  return filled;
}

}  // namespace

ModelColumn trend_column(TrendQuantity quantity) {
  switch (quantity) {
    case TrendQuantity::Parameters: return ModelColumn::Parameters;
    case TrendQuantity::TrainingCompute: return ModelColumn::TrainingCompute;
    case TrendQuantity::TrainingCost: return ModelColumn::TrainingCost;
  }
  return ModelColumn::Parameters;
}

double doubling_months(double slope) {
  return slope > 0 ? 12 * std::log10(2.0) / slope : std::numeric_limits<double>::infinity();
}

std::optional<TrendReport> fit_trends(const ModelTable& table, const TrendOptions& options,
                                      std::string* error) {
  TrendReport report;
  report.options = options;
  report.cost_column = table.cost_column;
  std::vector<size_t> window;
  for (size_t r = 0; r < table.rows.size(); ++r)
    if (table.rows[r].year >= options.from_year && table.rows[r].year < options.to_year + 1)
      window.push_back(r);
  report.models = window.size();
  if (int years = options.to_year - options.from_year + 1; years < kMinWindowYears) {
    *error = fmt::format("{} to {} is {} publication year{}: a growth over the years needs {} or "
                         "more (--from {} --to {})",
                         options.from_year, options.to_year, years, years == 1 ? "" : "s",
                         kMinWindowYears, options.to_year - kMinWindowYears + 1, options.to_year);
    return std::nullopt;
  }
  if (window.size() < kMinModels) {
    *error = fmt::format("only {} notable models are dated {} to {}: a trend needs {} or more",
                         window.size(), options.from_year, options.to_year, kMinModels);
    return std::nullopt;
  }
  ModelMatrix matrix = model_matrix(table, window);
  if (size_t domains = matrix.columns.size() - 1 - kModelColumns; domains > kMaxDomains) {
    *error = fmt::format("the models dated {} to {} have {} domains: at most {} are taken",
                         options.from_year, options.to_year, domains, kMaxDomains);
    return std::nullopt;
  }
  Imputation imputation = impute_chained(matrix.values);
  report.imputation_rounds = imputation.rounds;
  report.imputation_converged = imputation.converged;
  const Eigen::MatrixXd design =
      year_design(matrix.values.col(0), (options.from_year + options.to_year + 1) / 2.0);
  std::vector<Eigen::Index> columns;
  for (TrendQuantity quantity : kTrendQuantities)
    columns.push_back(matrix_column(trend_column(quantity)));
  const std::vector<Eigen::MatrixXd> reimputed =
      options.reimpute ? reimputed_resamples(matrix.values, columns, options)
                       : std::vector<Eigen::MatrixXd>{};
  for (size_t q = 0; q < std::size(kTrendQuantities); ++q) {
    const TrendQuantity quantity = kTrendQuantities[q];
    const Eigen::Index column = columns[q];
    size_t observed = (matrix.values.col(column).array() == matrix.values.col(column).array())
                          .count();  // NaN is the only value unequal to itself
    if (observed == 0) {
      report.notes.push_back(fmt::format("{}: no model in the window has one",
                                         trend_quantity_name(quantity)));
      continue;
    }
    const Eigen::VectorXd y = imputation.filled.col(column);
    for (TrendFit fit : {TrendFit::Average, TrendFit::Large}) {
      TrendLine line;
      line.quantity = quantity;
      line.fit = fit;
      line.models = window.size();
      line.observed = observed;
      std::optional<double> s = slope(fit, design, y, &line.exact);
      if (!s) {
        report.notes.push_back(fmt::format("{}: the fit has no unique solution",
                                           trend_quantity_name(quantity)));
        break;
      }
      line.slope = *s;
      line.doubling_months = doubling_months(*s);
      size_t resample = 0;
      std::vector<double> slopes = bootstrap(
          window.size(), options.bootstrap, options.seed,
          [&](std::span<const size_t> cases) {
            std::vector<Eigen::Index> rows(cases.begin(), cases.end());
            if (options.reimpute)
              return slope(fit, design(rows, Eigen::all),
                           reimputed[resample++].col(static_cast<Eigen::Index>(q)));
            return slope(fit, design(rows, Eigen::all), y(rows));
          });
      line.resamples = slopes.size();
      if (std::optional<Interval> range = percentile_interval(slopes, 0.95))
        line.months_interval = Interval{doubling_months(range->high), doubling_months(range->low)};
      if (std::string why = unbounded_doubling(line, options); !why.empty())
        report.notes.push_back(std::move(why));
      report.lines.push_back(line);
    }
  }
  return report;
}

}  // namespace costlint
