#pragma once
// A model's parameters, training compute or training cost predicted from its
// publication year and domain, for the estimator to fall back on when physics has
// nothing to go on (no hardware, no duration, no token count). The prediction is
// the least-squares trend of log10(quantity) on the year and the model's domains,
// fitted on the notable models published from kPredictionFromYear on that have the
// quantity (observed values only: nothing imputed). Its interval is the 2.5% and
// 97.5% quantiles of that fit's residuals, so it holds about 95% of the models the
// trend was fitted on; it leaves out the uncertainty of the trend itself, small
// beside the spread of models (hundreds of them).

#include <optional>
#include <string>
#include <string_view>

#include "corpus/model_table.h"
#include "ir/fact.h"
#include "estimate/trend.h"

namespace costlint {

/// The first publication year of the models the predictions are fitted on.
inline constexpr int kPredictionFromYear = 2018;

/// A prediction for a model published at decimal `year` in `domain` (Epoch's
/// names, comma-separated: "Language" or "Multimodal,Vision"; a domain with fewer
/// than 10 models, or none, gives the trend of all domains). Nothing when fewer
/// than 10 models have the quantity, or `year` is more than 3 years outside the
/// years fitted. Fits are made once per table, quantity and domain, and kept:
/// calls may come from several threads.
/// The prediction is an estimated Fact in the quantity's unit (parameters,
/// FLOP, USD of the table's year), its method saying how it was found.
std::optional<Fact> predict_from_trend(TrendQuantity quantity, double year,
                                       std::string_view domain, const ModelTable& table);

}  // namespace costlint
