#include "estimate/placement_text.h"

#include <cmath>

#include <fmt/format.h>

#include "grammar/quantity_format.h"

namespace costlint {
namespace {

/// "training compute", or "estimated training compute (~3e21 FLOP, 1e21 to 9e21 FLOP)".
std::string resource_words(const SystemPlacement& p) {
  std::string_view axis = resource_axis_name(p.axis);
  if (!p.resource.estimated) return std::string(axis);
  Dimension d = resource_axis_dimension(p.axis);
  std::string out = fmt::format("estimated {} (~{}", axis, format_quantity(p.resource.value, d));
  if (p.resource.interval)
    out += fmt::format(", {} to {}", format_quantity(p.resource.interval->low, d),
                       format_quantity(p.resource.interval->high, d));
  return out + ")";
}

std::string others(const std::vector<std::string>& names) {
  std::string out = fmt::format("`{}`", names.front());
  if (names.size() == 2) out += fmt::format(" and `{}`", names[1]);
  if (names.size() > 2) out += fmt::format(" and {} others", names.size() - 1);
  return out;
}

std::string progress_words(const SystemPlacement& s, std::string_view axis) {
  const Placement& p = s.placement;
  switch (p.progress) {
    case Progress::None: return "tied with a point already on it";
    case Progress::Efficiency:
      return fmt::format("resource-efficiency progress, {} less {} than `{}` ({} vs {})",
                         format_factor(p.progress_factor), axis, p.compared_with, s.score,
                         p.compared_score);
    case Progress::Intensive:
      return fmt::format("resource-intensive progress, a better score than `{}` ({} vs {}) for "
                         "{} more {}",
                         p.compared_with, s.score, p.compared_score,
                         format_factor(p.progress_factor), axis);
  }
  return "";
}

}  // namespace

std::string format_factor(double factor) {
  return factor < 10 ? fmt::format("{:.1f}×", factor) : fmt::format("{:.0f}×", factor);
}

std::string describe_residual(const SystemPlacement& p, const FrontierPlot& plot) {
  if (!p.trend_residual || !plot.trend) return "";
  return fmt::format("{:.3g} {} the {:g}-quantile trend", std::abs(*p.trend_residual),
                     *p.trend_residual >= 0 ? "above" : "below", plot.trend->quantile);
}

std::string describe_placement(const SystemPlacement& p, const FrontierPlot& plot,
                               std::string_view system, std::string_view benchmark) {
  std::string_view axis = resource_axis_name(p.axis);
  std::string where = plot.reference
                          ? fmt::format("the `{}` frontier of {}", benchmark, axis)
                          : fmt::format("the frontier of {} of this manifest's systems on `{}`",
                                        axis, benchmark);
  const Placement& placement = p.placement;
  std::string out;
  switch (placement.standing) {
    case Standing::Alone:
      out = fmt::format("`{}` is alone on {}", system, where);
      break;
    case Standing::Frontier:
      out = fmt::format("`{}` is on {}: {}", system, where, progress_words(p, axis));
      break;
    case Standing::Dominated:
      out = fmt::format("`{}` is dominated on {} by {}: `{}` needs {} less {} to score at least "
                        "as well, and the best at no more {} scores {:.3g} better",
                        system, where, others(placement.dominated_by),
                        placement.dominated_by.front(), format_factor(placement.resource_factor),
                        axis, axis, placement.score_gap);
      break;
  }
  if (std::string residual = describe_residual(p, plot); !residual.empty()) out += "; " + residual;
  if (p.resource.estimated)
    out += placement.robust
               ? fmt::format("; from its {}, and robust to it", resource_words(p))
               : fmt::format("; not robust: within its {} the conclusion changes",
                             resource_words(p));
  else if (!placement.robust)
    out += "; not robust: the estimated resources of reference points can change the conclusion";
  return out;
}

}  // namespace costlint
