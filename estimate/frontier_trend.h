#pragma once
// The best score for a given resource, as Varoquaux, Luccioni & Whittaker (FAccT
// 2025, appendix B.2) draw it: the 0.75-quantile regression of the score on a
// cubic polynomial of log10(resource) (the 0.25 quantile when lower is better),
// with a bootstrap band: resample the points, refit, and read the percentiles of
// the curves at each x. Seeded (bootstrap.h): the same points give the same band.

#include <array>
#include <cstdint>
#include <optional>
#include <span>
#include <vector>

#include "ir/pareto_point.h"
#include "ir/placements.h"

namespace costlint {

/// Fewer points than this make no curve worth drawing: a cubic has 4 coefficients.
inline constexpr size_t kMinTrendPoints = 8;

struct FrontierTrendOptions {
  int resamples = 200;     ///< bootstrap refits for the band; 0 for none
  double level = 0.95;     ///< of the band
  size_t grid_points = 48; ///< x values at which the band is read
  uint64_t seed = 0;
};


/// The trend of `score` on `resource` (values > 0; others are left out); nothing
/// with fewer than kMinTrendPoints points or no unique fit.
std::optional<FrontierTrend> fit_frontier_trend(std::span<const double> resource,
                                                std::span<const double> score, Better better,
                                                const FrontierTrendOptions& options = {});

/// fit_frontier_trend, kept for the life of the process: a benchmark's reference
/// points are the same for every manifest, and a batch places thousands of
/// manifests against them. Thread-safe; only reference points belong here (a
/// manifest's own points would grow it without bound).
const std::optional<FrontierTrend>& shared_frontier_trend(std::span<const double> resource,
                                                          std::span<const double> score,
                                                          Better better,
                                                          const FrontierTrendOptions& options = {});

}  // namespace costlint
