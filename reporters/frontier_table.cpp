// `costlint frontier --format text`: one table per benchmark, a row per system
// and resource axis, then one per benchmark for all of a system's axes at once.

#include <algorithm>
#include <string>
#include <vector>

#include <fmt/format.h>
#include <fmt/ranges.h>
#include <llvm/Support/raw_ostream.h>

#include "ir/quantity_format.h"
#include "ir/utf8.h"
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
    case Standing::NotPlaced: return placement.not_placed;
    case Standing::Dominated:
      return fmt::format("by {} point{}, `{}` with {}; {:.3g} better at no more",
                         placement.dominators, placement.dominators > 1 ? "s" : "",
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

/// Rows of cells, each column as wide as its widest cell (in terminal columns),
/// the last left as it is.
void print_table(const std::vector<std::vector<std::string>>& rows, llvm::raw_ostream& out) {
  std::vector<size_t> widths;
  for (const auto& row : rows)
    for (size_t c = 0; c + 1 < row.size(); ++c) {
      if (widths.size() <= c) widths.push_back(0);
      widths[c] = std::max(widths[c], utf8::display_width(row[c]));
    }
  for (const auto& row : rows) {
    std::string line = " ";
    for (size_t c = 0; c < row.size(); ++c) {
      line += " " + row[c];
      if (c + 1 < row.size()) line.append(widths[c] - utf8::display_width(row[c]), ' ');
    }
    out << line << "\n";
  }
}

/// "`a`, `b`, `c`, `d` and 7 others": the first of `items`, of `total` in all.
template <typename Labels, typename Label>
std::string labels_shown(const Labels& items, Label label, size_t total) {
  constexpr size_t kShown = 4;
  std::vector<std::string> shown;
  for (size_t i = 0; i < items.size() && i < kShown; ++i) shown.push_back(fmt::format("`{}`", label(items[i])));
  std::string out = fmt::format("{}", fmt::join(shown, ", "));
  if (total > shown.size()) out += fmt::format(" and {} others", total - shown.size());
  return out;
}

std::string labels_shown(const std::vector<std::string>& labels, size_t total) {
  return labels_shown(labels, [](const std::string& l) { return l; }, total);
}

std::string labels_shown(const std::vector<std::string>& labels) {
  return labels_shown(labels, labels.size());
}

std::string labels_shown(const std::vector<ParetoPoint>& points) {
  return labels_shown(points, [](const ParetoPoint& p) { return p.label; }, points.size());
}

void report_plot(const Disclosure& disclosure, const DisclosurePlacements& placements,
                 size_t plot_index, llvm::raw_ostream& out) {
  const FrontierPlot& plot = placements.plots[plot_index];
  const Benchmark& benchmark = disclosure.benchmarks[plot.benchmark];
  std::string table;  // the reference table its name found, when it is not the name itself
  if (plot.benchmark < placements.matches.size()) {
    const BenchmarkMatch& match = placements.matches[plot.benchmark];
    if (!match.table.empty() && match.alias) table = fmt::format(", table `{}`", match.table);
  }
  out << fmt::format("`{}`{} on {}, {} is better: against {} ({} point{}, {} on the frontier{})\n",
                     benchmark.name,
                     benchmark.key ? fmt::format(" ({}{})", benchmark.key->value, table) : "",
                     resource_axis_name(plot.axis),
                     plot.better == Better::Higher ? "higher" : "lower",
                     plot.reference ? "its reference points" : "the manifest's own systems",
                     plot.points.size(), plot.points.size() == 1 ? "" : "s", plot.frontier.size(),
                     plot.trend ? fmt::format(", {:g}-quantile trend", plot.trend->quantile) : "");
  if (plot.as_of && !plot.later.empty())
    out << fmt::format("  compared with the points published up to {}; {} later: {}\n",
                       *plot.as_of, plot.later.size(), labels_shown(plot.later));
  std::vector<std::vector<std::string>> rows{
      {"system", "resource", "score", "placement", "trend", "robust", "detail"}};
  for (const SystemPlacement& p : placements.systems) {
    if (p.plot != plot_index) continue;
    bool placed = p.placement.standing != Standing::NotPlaced;
    std::string more = detail(p);
    if (!p.placement.twin.empty())
      more += fmt::format(" (`{}` of the points is itself, left out)", p.placement.twin);
    rows.push_back({disclosure.systems[p.system].name, value_shown(p), fmt::format("{}", p.score),
                    std::string(standing_name(p.placement.standing)), residual_shown(p),
                    !placed ? "-" : p.placement.robust ? "yes" : "no", more});
  }
  print_table(rows, out);
}

std::string axes_shown(const std::vector<ResourceAxis>& axes) {
  std::vector<std::string_view> names;
  for (ResourceAxis axis : axes) names.push_back(resource_axis_name(axis));
  return fmt::format("{}", fmt::join(names, " + "));
}

void report_joint(const Disclosure& disclosure, const JointPlot& plot, llvm::raw_ostream& out) {
  const Benchmark& benchmark = disclosure.benchmarks[plot.benchmark];
  std::string frontier = plot.unplaced > 0
                             ? ""
                             : fmt::format("; on the joint frontier: {}", labels_shown(plot.frontier));
  out << fmt::format("`{}`{} on {} at once, {} is better: against {} ({} point{}{})\n",
                     benchmark.name, benchmark.key ? fmt::format(" ({})", benchmark.key->value) : "",
                     axes_shown(plot.axes), plot.better == Better::Higher ? "higher" : "lower",
                     plot.reference ? "its reference points" : "the manifest's own systems",
                     plot.points, plot.points == 1 ? "" : "s", frontier);
  if (plot.unplaced > 0) {
    out << fmt::format("  not placed: {} systems against {} points are more pairs than are "
                       "compared at once; each axis's placement above stands\n",
                       plot.unplaced, plot.points);
    return;
  }
  std::vector<std::vector<std::string>> rows{{"system", "placement", "detail"}};
  for (const JointStanding& s : plot.systems) {
    std::string detail = s.dominated_by.empty()
                             ? "no point has as little of every resource and a score as good"
                             : fmt::format("by {}: each has no more of every resource and a "
                                           "score as good",
                                           labels_shown(s.dominated_by, s.dominators));
    if (s.estimated) detail += " (from estimated resources)";
    rows.push_back({disclosure.systems[s.system].name,
                    s.dominated_by.empty() ? "frontier" : "dominated", detail});
  }
  print_table(rows, out);
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
