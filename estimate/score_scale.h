#pragma once
// Whether a manifest's scores and a benchmark's reference points are on
// different scales: a fraction (0.771) against percentages (76.13), the
// commonest slip in writing an accuracy down, which would place the system
// below every reference point.

#include <optional>
#include <span>

#include "ir/pareto_point.h"

namespace costlint {

/// 100 when every score of `own` is a fraction (0 to 1) and nearly every
/// reference score a percentage above 1; 0.01 the other way round; else nothing.
std::optional<double> score_scale_factor(std::span<const double> own,
                                         std::span<const ParetoPoint> reference);

}  // namespace costlint
