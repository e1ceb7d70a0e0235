#pragma once
// What `costlint trends` finds (estimate/trend.h): for each quantity, the
// doubling time of notable models' growth, by least squares (the average
// model) and by quantile regression (large models), with its bootstrap interval.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "ir/interval.h"

namespace costlint {

enum class TrendQuantity { Parameters, TrainingCompute, TrainingCost };
inline constexpr TrendQuantity kTrendQuantities[] = {
    TrendQuantity::Parameters, TrendQuantity::TrainingCompute, TrendQuantity::TrainingCost};
std::string_view trend_quantity_name(TrendQuantity quantity);  ///< "training compute"

enum class TrendFit { Average, Large };
inline constexpr double kLargeModelQuantile = 0.95;  ///< the Large fit's quantile

struct TrendOptions {
  int from_year = 2018;  ///< first publication year in the window
  int to_year = 2024;    ///< last publication year in the window, included
  int bootstrap = 1000;  ///< resamples for the intervals; 0 for none
  uint64_t seed = 0;
  /// Impute each resample again, so that the intervals carry the uncertainty of
  /// the imputed values; otherwise the imputed table is resampled, as the
  /// paper's method does.
  bool reimpute = false;
};

struct TrendLine {
  TrendQuantity quantity = TrendQuantity::Parameters;
  TrendFit fit = TrendFit::Average;
  double slope = 0;            ///< log10 per year
  double doubling_months = 0;  ///< infinite when the slope is not positive
  std::optional<Interval> months_interval;  ///< 95%; high is infinite if a slope ≤ 0 is in it
  size_t resamples = 0;   ///< bootstrap fits that succeeded
  size_t models = 0;      ///< in the fit, imputed values included
  size_t observed = 0;    ///< of those, with the quantity in the table
  bool exact = true;      ///< quantile fits: the optimum was proven (see quantile_regression.h)
};

struct TrendReport {
  TrendOptions options;
  size_t models = 0;  ///< notable models dated within the window
  std::string cost_column;
  int imputation_rounds = 0;
  bool imputation_converged = false;
  std::vector<TrendLine> lines;    ///< per quantity: Average, then Large
  std::vector<std::string> notes;  ///< quantities that could not be fitted, and why
};

}  // namespace costlint
