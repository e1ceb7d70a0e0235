#include "ir/placements.h"

#include <cmath>

namespace costlint {

std::string_view standing_name(Standing standing) {
  switch (standing) {
    case Standing::Alone: return "alone";
    case Standing::Frontier: return "frontier";
    case Standing::Dominated: return "dominated";
    case Standing::NotPlaced: return "not placed";
  }
  return "";
}

std::string_view progress_name(Progress progress) {
  switch (progress) {
    case Progress::None: return "none";
    case Progress::Efficiency: return "resource-efficiency progress";
    case Progress::Intensive: return "resource-intensive progress";
  }
  return "";
}

double FrontierTrend::at(double resource) const {
  double u = (std::log10(resource) - centre) / spread;
  return coefficients[0] + u * (coefficients[1] + u * (coefficients[2] + u * coefficients[3]));
}

}  // namespace costlint
