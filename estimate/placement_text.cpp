#include "estimate/placement_text.h"

#include <cmath>
#include <vector>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "estimate/dominance.h"
#include "ir/quantity_format.h"

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

/// "`a`", "`a` and `b`", "`a` and 15 others": the first of `names`, of `count` in all.
std::string others(const std::vector<std::string>& names, size_t count) {
  std::string out = fmt::format("`{}`", names.front());
  if (count == 2 && names.size() == 2) out += fmt::format(" and `{}`", names[1]);
  if (count > 2) out += fmt::format(" and {} others", count - 1);
  return out;
}

std::string progress_words(const SystemPlacement& s, std::string_view axis, Better better) {
  const Placement& p = s.placement;
  std::string_view fewer = fewer_word(s.axis);
  switch (p.progress) {
    case Progress::None: return "tied with a point already on it";
    case Progress::Efficiency:
      if (score_cost(s.score, better) >= score_cost(p.compared_score, better))
        return fmt::format("resource-efficiency progress, {} {} {} than `{}`, the cheapest point "
                           "that scores at least as well ({} vs {})",
                           format_factor(p.progress_factor), fewer, axis, p.compared_with,
                           s.score, p.compared_score);
      if (about_one(p.progress_factor))
        return fmt::format("resource-efficiency progress, a better score than `{}` ({} vs {}) "
                           "with no more {}",
                           p.compared_with, s.score, p.compared_score, axis);
      return fmt::format("resource-efficiency progress, a better score than `{}` ({} vs {}) "
                         "with {} {} {}",
                         p.compared_with, s.score, p.compared_score,
                         format_factor(p.progress_factor), fewer, axis);
    case Progress::Intensive:
      return fmt::format("resource-intensive progress, a better score than `{}` ({} vs {}) for "
                         "{} more {}",
                         p.compared_with, s.score, p.compared_score,
                         format_factor(p.progress_factor), axis);
  }
  return "";
}

std::string dominated_words(const SystemPlacement& s, std::string_view axis) {
  const Placement& p = s.placement;
  if (about_one(p.resource_factor))
    return fmt::format("`{}` scores {:.3g} better with no more {}", p.dominated_by.front(),
                       p.score_gap, axis);
  return fmt::format("`{}` needs {} {} {} to score at least as well, and the best at no more {} "
                     "scores {:.3g} better",
                     p.dominated_by.front(), format_factor(p.resource_factor),
                     fewer_word(s.axis), axis, axis, p.score_gap);
}

/// What the conclusion rests on that is not known exactly: "its estimated
/// parameters (~1e9, 5e8 to 2e9) and its score's ± (0.85 to 0.89)", or empty.
std::string uncertainties(const SystemPlacement& p) {
  std::vector<std::string> parts;
  if (p.resource.estimated) parts.push_back("its " + resource_words(p));
  if (p.score_range)
    parts.push_back(fmt::format("its score's ± ({:g} to {:g})", p.score_range->low,
                                p.score_range->high));
  return fmt::format("{}", fmt::join(parts, " and "));
}

}  // namespace

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
  if (plot.reference && plot.as_of && !plot.later.empty())
    where += fmt::format(" as of {} ({} later point{} not compared)", *plot.as_of,
                         plot.later.size(), plot.later.size() == 1 ? "" : "s");
  const Placement& placement = p.placement;
  std::string out;
  switch (placement.standing) {
    case Standing::NotPlaced:
      return fmt::format("`{}` is not placed on {}: {}", system, where, placement.not_placed);
    case Standing::Alone:
      out = fmt::format("`{}` is alone on {}", system, where);
      break;
    case Standing::Frontier:
      out = fmt::format("`{}` is on {}: {}", system, where, progress_words(p, axis, plot.better));
      break;
    case Standing::Dominated:
      out = fmt::format("`{}` is dominated on {} by {}: {}", system, where,
                        others(placement.dominated_by, placement.dominators),
                        dominated_words(p, axis));
      break;
  }
  if (!placement.twin.empty())
    out += fmt::format("; `{}` of the reference points is this system itself, left out",
                       placement.twin);
  if (std::string residual = describe_residual(p, plot); !residual.empty()) out += "; " + residual;
  std::string uncertain = uncertainties(p);
  if (placement.robust && !uncertain.empty()) out += "; robust to " + uncertain;
  else if (!placement.robust && !uncertain.empty())
    out += fmt::format("; not robust: within {} the conclusion changes", uncertain);
  else if (!placement.robust)
    out += "; not robust: the estimates or the ± of the points it is compared with can change "
           "the conclusion";
  return out;
}

}  // namespace costlint
