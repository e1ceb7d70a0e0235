// `costlint frontier --format text`: one table per benchmark, a row per system
// and resource axis, then one per benchmark for all of a system's axes at once.

#include <fmt/format.h>
#include <fmt/ranges.h>
#include <llvm/Support/raw_ostream.h>

#include "ir/quantity_format.h"
#include "reporters/frontier_report.h"

namespace costlint {
namespace {

std::string value_shown(const SystemPlacement& p) {
  Dimension d = resource_axis_dimension(p.axis);
  std::string value = format_quantity(p.resource.value, d);
  if (!p.resource.estimated) return value;
  if (!p.resource.interval) return "~" + value;
  return fmt::format("~{} [{} – {}]", value, format_quantity(p.resource.interval->low, d),
                     format_quantity(p.resource.interval->high, d));
}

/// What the placement says beyond its standing, in a few words.
std::string detail(const SystemPlacement& p) {
  const Placement& placement = p.placement;
  switch (placement.standing) {
    case Standing::Alone: return "no other point on this axis";
    case Standing::Dominated:
      return fmt::format("by {} point{}, `{}` with {}; {:.3g} better at no more",
                         placement.dominated_by.size(), placement.dominated_by.size() > 1 ? "s" : "",
                         placement.dominated_by.front(),
                         about_one(placement.resource_factor)
                             ? std::string("no more")
                             : fmt::format("{} {}", format_factor(placement.resource_factor),
                                           fewer_word(p.axis)),
                         placement.score_gap);
    case Standing::Frontier:
      if (placement.progress == Progress::None) return "tied with a point on it";
      return fmt::format("{}: {} {} than `{}`",
                         placement.progress == Progress::Efficiency ? "efficiency" : "intensive",
                         format_factor(placement.progress_factor),
                         placement.progress == Progress::Efficiency ? fewer_word(p.axis) : "more",
                         placement.compared_with);
  }
  return "";
}

std::string residual_shown(const SystemPlacement& p) {
  return p.trend_residual ? fmt::format("{:+.3g}", *p.trend_residual) : "-";
}

void report_plot(const Disclosure& disclosure, const DisclosurePlacements& placements,
                 size_t plot_index, llvm::raw_ostream& out) {
  const FrontierPlot& plot = placements.plots[plot_index];
  const Benchmark& benchmark = disclosure.benchmarks[plot.benchmark];
  out << fmt::format("`{}`{} on {}, {} is better: against {} ({} point{}, {} on the frontier{})\n",
                     benchmark.name, benchmark.key ? fmt::format(" ({})", benchmark.key->value) : "",
                     resource_axis_name(plot.axis),
                     plot.better == Better::Higher ? "higher" : "lower",
                     plot.reference ? "its reference points" : "the manifest's own systems",
                     plot.points.size(), plot.points.size() == 1 ? "" : "s", plot.frontier.size(),
                     plot.trend ? fmt::format(", {:g}-quantile trend", plot.trend->quantile) : "");
  out << fmt::format("  {:<16} {:<44} {:<9} {:<10} {:<8} {:<6} {}\n", "system", "resource",
                     "score", "placement", "trend", "robust", "detail");
  for (const SystemPlacement& p : placements.systems) {
    if (p.plot != plot_index) continue;
    out << fmt::format("  {:<16} {:<44} {:<9} {:<10} {:<8} {:<6} {}\n",
                       disclosure.systems[p.system].name, value_shown(p), p.score,
                       standing_name(p.placement.standing), residual_shown(p),
                       p.placement.robust ? "yes" : "no", detail(p));
  }
}

std::string axes_shown(const std::vector<ResourceAxis>& axes) {
  std::vector<std::string_view> names;
  for (ResourceAxis axis : axes) names.push_back(resource_axis_name(axis));
  return fmt::format("{}", fmt::join(names, " + "));
}

std::string labels_shown(const std::vector<std::string>& labels) {
  constexpr size_t kShown = 4;
  std::vector<std::string> shown;
  for (size_t i = 0; i < labels.size() && i < kShown; ++i) shown.push_back("`" + labels[i] + "`");
  std::string out = fmt::format("{}", fmt::join(shown, ", "));
  if (labels.size() > kShown) out += fmt::format(" and {} others", labels.size() - kShown);
  return out;
}

void report_joint(const Disclosure& disclosure, const JointPlot& plot, llvm::raw_ostream& out) {
  const Benchmark& benchmark = disclosure.benchmarks[plot.benchmark];
  out << fmt::format("`{}`{} on {} at once, {} is better: against {} ({} point{}; on the joint "
                     "frontier: {})\n",
                     benchmark.name, benchmark.key ? fmt::format(" ({})", benchmark.key->value) : "",
                     axes_shown(plot.axes), plot.better == Better::Higher ? "higher" : "lower",
                     plot.reference ? "its reference points" : "the manifest's own systems",
                     plot.points, plot.points == 1 ? "" : "s", labels_shown(plot.frontier));
  out << fmt::format("  {:<16} {:<10} {}\n", "system", "placement", "detail");
  for (const JointStanding& s : plot.systems) {
    std::string detail = s.dominated_by.empty()
                             ? "no point has as little of every resource and a score as good"
                             : fmt::format("by {}: each has no more of every resource and a "
                                           "score as good",
                                           labels_shown(s.dominated_by));
    if (s.estimated) detail += " (from estimated resources)";
    out << fmt::format("  {:<16} {:<10} {}\n", disclosure.systems[s.system].name,
                       s.dominated_by.empty() ? "frontier" : "dominated", detail);
  }
}

}  // namespace

void report_frontier_text(const CheckRun& run, llvm::raw_ostream& out) {
  for (const CheckedManifest& manifest : run.manifests) {
    if (!manifest.disclosure || !manifest.placements) continue;
    out << manifest.file->uri() << "\n";
    if (manifest.placements->plots.empty())
      out << "  no system has both a score on a benchmark and a resource to place it by\n";
    for (size_t i = 0; i < manifest.placements->plots.size(); ++i)
      report_plot(*manifest.disclosure, *manifest.placements, i, out);
    for (const JointPlot& plot : manifest.placements->joint)
      report_joint(*manifest.disclosure, plot, out);
  }
}

}  // namespace costlint
