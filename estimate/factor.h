#pragma once
// An estimate as a product of factors, each known within a multiplicative
// range: 6 × N × D, or devices × TDP × node share × hours × PUE. Independent
// factors' uncertainties add in quadrature in log space, so that a product of
// five loose factors is not as loose as the product of their extremes.

#include <string>
#include <vector>

#include <optional>

#include "ir/fact.h"

namespace costlint {

struct Factor {
  double value = 1;
  double low = 1, high = 1;  ///< the range it is believed to lie in
  std::string text;          ///< how the method shows it: "400 W (TDP of `A100`)"
  bool from_trend = false;   ///< an estimate from other models' trend (Fact::from_trend)

  /// A figure known exactly (declared or logged).
  static Factor exact(double value, std::string text) { return {value, value, value, std::move(text)}; }
  /// A figure known within [value / spread, value × spread].
  static Factor within(double value, double spread, std::string text) {
    return {value, value / spread, value * spread, std::move(text)};
  }
};

/// The product of `factors` as an estimate of `dimension` (a Fact of origin
/// Estimated with its interval), its method their texts joined by " × ". A
/// factor with a zero or negative value makes no estimate.
std::optional<Fact> product(const std::vector<Factor>& factors, const Dimension& dimension);

/// An estimate used as a factor of another: its interval carried over.
Factor as_factor(const Fact& estimate, std::string text);

}  // namespace costlint
