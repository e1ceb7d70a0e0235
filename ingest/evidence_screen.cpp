#include "ingest/evidence_screen.h"

#include <algorithm>
#include <cmath>

#include <fmt/format.h>

#include "ir/quantity_format.h"
#include "ir/utf8.h"

namespace costlint {
namespace {

/// A hundred times the largest figure any training run has logged: beyond
/// this a log is corrupt or hostile, not a record of work. (The largest
/// published runs used ~1e26 FLOP, ~50 GWh, ~100 days, ~1e10 gCO2e.)
std::optional<double> limit_of(const Dimension& dimension) {
  if (dimension == dim::energy) return 1e16;   // J: 2.8 TWh
  if (dimension == dim::time) return 3.2e9;    // s: a century
  if (dimension == dim::co2e) return 1e13;     // g: 10 Mt
  if (dimension == dim::flop) return 1e30;
  if (dimension == dim::bytes) return 1e18;    // an exabyte per device
  if (dimension == dim::count) return 1e12;    // epochs, runs
  return std::nullopt;
}

bool absurd(const LoggedFigure& figure, LogInput& input) {
  // What a reader derives (a sum, an integral over rows) can overflow even when
  // every row is in range: infinite or NaN, it is no figure.
  if (!std::isfinite(figure.fact.value)) {
    input.row_problem(figure.fact.source,
                      fmt::format("the logged {} ({}) is not a finite number: it is not used",
                                  figure.fact.dimension.name(), figure.what));
    return true;
  }
  auto limit = limit_of(figure.fact.dimension);
  if (!limit || figure.fact.value <= *limit) return false;
  input.row_problem(figure.fact.source,
                fmt::format("the logged {} ({}) is more than any training run could log (at "
                            "most {}): it is not used",
                            format_quantity(figure.fact.value, figure.fact.dimension), figure.what,
                            format_quantity(*limit, figure.fact.dimension)));
  return true;
}

/// Drops `text` when it is not UTF-8, saying so where the log holds it; true if dropped.
bool screen_text(std::optional<TextFact>& text, std::string_view what, LogInput& input) {
  if (!text || !utf8::find_invalid(text->value)) return false;
  input.row_problem(text->source,
                fmt::format("the {} the log names holds bytes that are not UTF-8: it is not used",
                            what));
  text.reset();
  return true;
}

}  // namespace

void screen_evidence(LogReading& logged, LogInput& input) {
  std::erase_if(logged.figures, [&](const LoggedFigure& f) { return absurd(f, input); });
  // The count of a device that cannot be named is no better known.
  if (screen_text(logged.device_model, "device", input)) logged.device_count.reset();
  screen_text(logged.region, "region", input);
  std::erase_if(logged.scores, [](const LoggedScore& s) {
    return utf8::find_invalid(s.metric) || utf8::find_invalid(s.task);
  });
}

}  // namespace costlint
