#include "reporters/trend_report.h"

#include <cmath>

#include <llvm/Support/raw_ostream.h>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

namespace costlint {
namespace {

using Json = nlohmann::ordered_json;

std::string_view fit_label(TrendFit fit) {
  return fit == TrendFit::Average ? "OLS (average)" : "q0.95 (large)";
}

std::string months(double value) {
  return std::isinf(value) ? "none" : fmt::format("{:.1f}", value);  // a note says why
}

/// Rounded, so that the last bits of a platform's arithmetic do not show.
Json rounded(double value, int digits) {
  if (!std::isfinite(value)) return nullptr;
  double scale = std::pow(10.0, digits);
  return std::round(value * scale) / scale;
}

}  // namespace

void report_trends_text(const TrendReport& report, std::string_view source,
                        llvm::raw_ostream& out) {
  const TrendOptions& options = report.options;
  out << fmt::format("Trends of {} notable models published {} to {}, from {}\n", report.models,
                     options.from_year, options.to_year, source);
  out << fmt::format("(log10 fits on the publication year; gaps imputed by chained equations, "
                     "{} round{}{})\n\n",
                     report.imputation_rounds, report.imputation_rounds == 1 ? "" : "s",
                     report.imputation_converged ? "" : ", not converged");
  out << fmt::format("{:<18} {:<14} {:>9}  {:<16} {:>5} {:>9}\n", "quantity", "fit", "doubling",
                     "95% CI (months)", "n", "observed");
  for (const TrendLine& line : report.lines) {
    std::string interval = line.months_interval
                               ? fmt::format("[{}, {}]", months(line.months_interval->low),
                                             months(line.months_interval->high))
                               : "-";
    std::string doubling = std::isinf(line.doubling_months)
                               ? months(line.doubling_months)
                               : months(line.doubling_months) + " mo";
    out << fmt::format("{:<18} {:<14} {:>9}  {:<16} {:>5} {:>9}\n",
                       trend_quantity_name(line.quantity), fit_label(line.fit), doubling,
                       interval, line.models, line.observed);
  }
  for (const std::string& note : report.notes) out << "note: " << note << "\n";
  out << fmt::format("\ndoubling time = 12*log10(2)/slope; 95% CI: {} bootstrap resamples{}, "
                     "percentile, seed {}; training cost in {}\n",
                     options.bootstrap, options.reimpute ? ", each imputed again" : "",
                     options.seed, report.cost_column);
}

void report_trends_json(const TrendReport& report, std::string_view source,
                        llvm::raw_ostream& out) {
  const TrendOptions& options = report.options;
  Json lines = Json::array();
  for (const TrendLine& line : report.lines) {
    Json interval = nullptr;
    if (line.months_interval)
      interval = {rounded(line.months_interval->low, 3), rounded(line.months_interval->high, 3)};
    Json entry = {{"quantity", trend_quantity_name(line.quantity)},
                  {"fit", line.fit == TrendFit::Average ? "ols" : "quantile"},
                  {"quantile", line.fit == TrendFit::Average ? Json(nullptr)
                                                             : Json(kLargeModelQuantile)},
                  {"slope_log10_per_year", rounded(line.slope, 6)},
                  {"doubling_months", rounded(line.doubling_months, 3)},
                  {"ci95_months", interval},
                  {"resamples", line.resamples},
                  {"models", line.models},
                  {"observed", line.observed}};
    if (line.fit == TrendFit::Large) entry["exact"] = line.exact;
    lines.push_back(std::move(entry));
  }
  Json json = {{"source", source},
               {"from", options.from_year},
               {"to", options.to_year},
               {"models", report.models},
               {"cost_column", report.cost_column},
               {"imputation", {{"method", "chained equations, Bayesian ridge"},
                               {"rounds", report.imputation_rounds},
                               {"converged", report.imputation_converged}}},
               {"bootstrap", {{"resamples", options.bootstrap},
                              {"seed", options.seed},
                              {"reimpute", options.reimpute}}},
               {"trends", std::move(lines)},
               {"notes", report.notes}};
  out << json.dump(2, ' ', false, Json::error_handler_t::replace) << "\n";
}

}  // namespace costlint
