#include "estimate/score_scale.h"

#include <algorithm>

namespace costlint {
namespace {

bool fraction(double score) { return score >= 0 && score <= 1; }
bool percentage(double score) { return score > 1 && score <= 100; }

/// Reference tables hold a few odd rows (a baseline at 0.1%): nine in ten is enough.
constexpr double kNearlyAll = 0.9;

bool nearly_all(std::span<const ParetoPoint> points, bool (*test)(double)) {
  auto count = std::count_if(points.begin(), points.end(),
                             [&](const ParetoPoint& p) { return test(p.score); });
  return static_cast<double>(count) >= kNearlyAll * static_cast<double>(points.size());
}

}  // namespace

std::optional<double> score_scale_factor(std::span<const double> own,
                                         std::span<const ParetoPoint> reference) {
  if (own.empty() || reference.empty()) return std::nullopt;
  if (std::all_of(own.begin(), own.end(), fraction) && nearly_all(reference, percentage))
    return 100;
  if (std::all_of(own.begin(), own.end(), percentage) && nearly_all(reference, fraction))
    return 0.01;
  return std::nullopt;
}

}  // namespace costlint
