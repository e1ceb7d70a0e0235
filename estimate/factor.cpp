#include "estimate/factor.h"

#include <cmath>

#include <fmt/format.h>

namespace costlint {

std::optional<Estimate> product(const std::vector<Factor>& factors, const Dimension& dimension) {
  Estimate out;
  out.dimension = dimension;
  double value = 1, down = 0, up = 0;
  for (const Factor& f : factors) {
    if (!(f.value > 0) || !(f.low > 0) || !std::isfinite(f.high)) return std::nullopt;
    value *= f.value;
    down += std::pow(std::log(f.value / f.low), 2);
    up += std::pow(std::log(f.high / f.value), 2);
    if (!out.method.empty()) out.method += " × ";
    out.method += f.text;
  }
  if (!std::isfinite(value)) return std::nullopt;
  out.value = value;
  out.low = value * std::exp(-std::sqrt(down));
  out.high = value * std::exp(std::sqrt(up));
  return out;
}

Factor as_factor(const Estimate& estimate, std::string text) {
  return {estimate.value, estimate.low, estimate.high, std::move(text)};
}

}  // namespace costlint
