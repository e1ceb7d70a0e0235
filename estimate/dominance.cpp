#include "estimate/dominance.h"

namespace costlint {

bool dominates(std::span<const double> a, std::span<const double> b) {
  bool strictly = false;
  for (size_t j = 0; j < a.size() && j < b.size(); ++j) {
    if (a[j] > b[j]) return false;
    strictly = strictly || a[j] < b[j];
  }
  return strictly;
}

bool dominates(double resource_a, double score_a, double resource_b, double score_b,
               Better better) {
  double a[] = {resource_a, score_cost(score_a, better)};
  double b[] = {resource_b, score_cost(score_b, better)};
  return dominates(a, b);
}

}  // namespace costlint
