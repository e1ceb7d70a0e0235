#pragma once
// The growth of notable models over time, as Varoquaux, Luccioni & Whittaker
// (FAccT 2025) measure it: within a window of publication years, the gaps of the
// table are imputed by chained equations (parameters, training, inference compute,
// training cost, dataset size, epochs, year and domain predicting each other, in
// log10), then log10 of parameters, training compute and training cost is fitted on
// the decimal year, by least squares (the average model) and by 0.95-quantile
// regression (large models). A slope s (log10 per year) doubles the quantity every
// 12·log10(2)/s months; its 95% interval comes from a seeded bootstrap of the fits.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "estimate/bootstrap.h"
#include "corpus/model_table.h"
#include "ir/trend_lines.h"

namespace costlint {

ModelColumn trend_column(TrendQuantity quantity);

inline constexpr size_t kMaxDomains = 100;

/// Fits the trends of `table`; nothing, with `error` set, when the window holds too
/// few models to fit any, or more than kMaxDomains domains (each is a column of the
/// imputation, whose cost grows with their cube).
std::optional<TrendReport> fit_trends(const ModelTable& table, const TrendOptions& options,
                                      std::string* error);

/// Months to double at `slope` log10 per year; infinite when slope ≤ 0.
double doubling_months(double slope);

}  // namespace costlint
