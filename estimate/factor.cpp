#include "estimate/factor.h"

#include <cmath>

#include <fmt/format.h>

namespace costlint {

std::optional<Fact> product(const std::vector<Factor>& factors, const Dimension& dimension) {
  Fact out;
  out.dimension = dimension;
  out.origin = Origin::Estimated;
  double value = 1, down = 0, up = 0;
  for (const Factor& f : factors) {
    if (!(f.value > 0) || !(f.low > 0) || !std::isfinite(f.high)) return std::nullopt;
    value *= f.value;
    down += std::pow(std::log(f.value / f.low), 2);
    up += std::pow(std::log(f.high / f.value), 2);
    if (!out.method.empty()) out.method += " × ";
    out.method += f.text;
    out.from_trend |= f.from_trend;
  }
  if (!std::isfinite(value)) return std::nullopt;
  out.value = value;
  out.interval = Interval{value * std::exp(-std::sqrt(down)), value * std::exp(std::sqrt(up))};
  return out;
}

Factor as_factor(const Fact& estimate, std::string text) {
  Interval range = estimate.interval.value_or(Interval{estimate.value, estimate.value});
  return {estimate.value, range.low, range.high, std::move(text), estimate.from_trend};
}

}  // namespace costlint
