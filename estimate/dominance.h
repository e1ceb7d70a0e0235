#pragma once
// Pareto dominance, the one test that the frontier, the placement and B403
// share. A point dominates another when it is no worse on every objective and
// better on one; two equal points do not dominate each other. Objectives are
// costs, all minimised: a score to maximise enters negated (score_cost).

#include <span>

#include "ir/pareto_point.h"

namespace costlint {

/// The score as a cost: lower is better either way.
inline double score_cost(double score, Better better) {
  return better == Better::Higher ? -score : score;
}

/// Whether cost vector `a` dominates `b` (same length).
bool dominates(std::span<const double> a, std::span<const double> b);

/// Whether (resource_a, score_a) dominates (resource_b, score_b).
bool dominates(double resource_a, double score_a, double resource_b, double score_b,
               Better better);

}  // namespace costlint
