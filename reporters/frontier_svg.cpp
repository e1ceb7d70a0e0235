// `costlint frontier --format svg|html`: one panel per benchmark and resource
// axis, stacked. Layout only: every number drawn comes from the score stage.

#include <algorithm>
#include <cmath>

#include <fmt/format.h>
#include <llvm/Support/raw_ostream.h>

#include "reporters/frontier_report.h"
#include "reporters/markup.h"

namespace costlint {
namespace {

constexpr double kWidth = 760, kHeight = 420;
constexpr double kLeft = 70, kRight = 170, kTop = 44, kBottom = 52;
/// Ticks on the resource axis, at most: a range of many decades takes every few.
constexpr double kMaxTicks = 12;

/// Maps log10(resource) and score into one panel's pixels.
struct Scale {
  double x0, x1, y0, y1, top;
  double x(double resource) const {
    return kLeft + (std::log10(resource) - x0) / (x1 - x0) * (kWidth - kLeft - kRight);
  }
  std::string clip_id() const { return fmt::format("plot-area-{:.0f}", top); }
  double y(double score) const {
    return top + kTop + (y1 - score) / (y1 - y0) * (kHeight - kTop - kBottom);
  }
};

Scale scale_for(const FrontierPlot& plot, const std::vector<const SystemPlacement*>& systems,
                double top) {
  double lo = INFINITY, hi = -INFINITY, slo = INFINITY, shi = -INFINITY;
  auto take = [&](double resource, double score) {
    // An interval may reach zero or below (a `±` wider than its value): no log scale.
    if (!(resource > 0) || !std::isfinite(resource) || !std::isfinite(score)) return;
    lo = std::min(lo, std::log10(resource));
    hi = std::max(hi, std::log10(resource));
    slo = std::min(slo, score);
    shi = std::max(shi, score);
  };
  for (const ParetoPoint& p : plot.points) take(p[plot.axis]->value, p.score);
  for (const ParetoPoint& p : plot.later) take(p[plot.axis]->value, p.score);
  for (const SystemPlacement* s : systems) {
    take(s->resource.value, s->score);
    if (s->resource.interval) take(s->resource.interval->low, s->score);
    if (s->resource.interval) take(s->resource.interval->high, s->score);
  }
  if (!(lo <= hi)) lo = hi = 0;  // nothing drawable: an empty decade
  if (!(slo <= shi)) slo = shi = 0;
  double pad = std::max(0.25, (hi - lo) * 0.05), spad = std::max(1e-3, (shi - slo) * 0.08);
  return {std::floor(lo - pad), std::ceil(hi + pad), slo - spad, shi + spad, top};
}

void axes(const FrontierPlot& plot, const Scale& s, std::string_view title,
          llvm::raw_ostream& out) {
  double bottom = s.top + kHeight - kBottom, right = kWidth - kRight;
  out << fmt::format("<text x=\"{:.1f}\" y=\"{:.1f}\" font-size=\"15\" font-weight=\"bold\">{}</text>\n",
                     kLeft, s.top + 24, html_escape(title));
  out << fmt::format("<rect x=\"{:.1f}\" y=\"{:.1f}\" width=\"{:.1f}\" height=\"{:.1f}\" "
                     "fill=\"none\" stroke=\"#444\"/>\n",
                     kLeft, s.top + kTop, right - kLeft, bottom - s.top - kTop);
  // A wide bootstrap band must not spill over the axes or the next panel.
  out << fmt::format("<clipPath id=\"{}\"><rect x=\"{:.1f}\" y=\"{:.1f}\" width=\"{:.1f}\" "
                     "height=\"{:.1f}\"/></clipPath>\n",
                     s.clip_id(), kLeft, s.top + kTop, right - kLeft, bottom - s.top - kTop);
  // A tick a decade, or every few decades over a wide range: a dozen at most.
  const double step = std::max(1.0, std::ceil((s.x1 - s.x0) / kMaxTicks));
  for (double d = s.x0; d <= s.x1; d += step) {
    double x = kLeft + (d - s.x0) / (s.x1 - s.x0) * (right - kLeft);
    out << fmt::format("<line x1=\"{0:.1f}\" x2=\"{0:.1f}\" y1=\"{1:.1f}\" y2=\"{2:.1f}\" "
                       "stroke=\"#ddd\"/><text x=\"{0:.1f}\" y=\"{3:.1f}\" font-size=\"11\" "
                       "text-anchor=\"middle\">1e{4:.0f}</text>\n",
                       x, s.top + kTop, bottom, bottom + 15, d);
  }
  for (int i = 0; i <= 4; ++i) {
    double score = s.y0 + (s.y1 - s.y0) * i / 4;
    out << fmt::format("<text x=\"{:.1f}\" y=\"{:.1f}\" font-size=\"11\" "
                       "text-anchor=\"end\">{:.3g}</text>\n",
                       kLeft - 6, s.y(score) + 4, score);
  }
  Dimension d = resource_axis_dimension(plot.axis);
  out << fmt::format("<text x=\"{:.1f}\" y=\"{:.1f}\" font-size=\"12\" text-anchor=\"middle\">"
                     "{} ({}, log scale)</text>\n",
                     (kLeft + right) / 2, bottom + 36, resource_axis_name(plot.axis),
                     html_escape(d.canonical_unit().empty() ? "count" : d.canonical_unit()));
}

void trend(const FrontierPlot& plot, const Scale& s, llvm::raw_ostream& out) {
  if (!plot.trend) return;
  const FrontierTrend& t = *plot.trend;
  auto at = [&](size_t i, double score) {
    return fmt::format("{:.1f},{:.1f}", s.x(std::pow(10.0, t.grid[i])), s.y(score));
  };
  std::string band, curve;
  for (size_t i = 0; i < t.grid.size(); ++i) band += at(i, t.low[i]) + " ";
  for (size_t i = t.grid.size(); i-- > 0;) band += at(i, t.high[i]) + " ";
  for (size_t i = 0; i < t.grid.size(); ++i) curve += at(i, t.curve[i]) + " ";
  out << fmt::format("<g class=\"trend\" clip-path=\"url(#{})\"><polygon points=\"{}\" fill=\"#9ecae1\" "
                     "fill-opacity=\"0.35\"/><polyline points=\"{}\" fill=\"none\" "
                     "stroke=\"#3182bd\" stroke-dasharray=\"5,3\"/></g>\n",
                     s.clip_id(), band, curve);
}

void frontier_steps(const FrontierPlot& plot, const Scale& s, llvm::raw_ostream& out) {
  if (plot.frontier.empty()) return;
  std::string path;
  for (size_t k = 0; k < plot.frontier.size(); ++k) {
    const ParetoPoint& p = plot.points[plot.frontier[k]];
    double x = s.x(p[plot.axis]->value), y = s.y(p.score);
    path += k == 0 ? fmt::format("M{:.1f},{:.1f}", x, y) : fmt::format(" H{:.1f} V{:.1f}", x, y);
  }
  path += fmt::format(" H{:.1f}", kWidth - kRight);
  out << fmt::format("<path class=\"frontier\" d=\"{}\" fill=\"none\" stroke=\"#31a354\" "
                     "stroke-width=\"2\" clip-path=\"url(#{})\"/>\n",
                     path, s.clip_id());
}

void panel(const Disclosure& disclosure, const DisclosurePlacements& placements, size_t index,
           double top, llvm::raw_ostream& out) {
  const FrontierPlot& plot = placements.plots[index];
  std::vector<const SystemPlacement*> systems;
  for (const SystemPlacement& p : placements.systems)
    if (p.plot == index && p.placement.standing != Standing::NotPlaced) systems.push_back(&p);
  Scale s = scale_for(plot, systems, top);
  const Benchmark& benchmark = disclosure.benchmarks[plot.benchmark];
  std::string name = benchmark.key ? fmt::format("{} ({})", benchmark.name, benchmark.key->value)
                                   : benchmark.name;
  axes(plot, s, fmt::format("{}: score against {}", name, resource_axis_name(plot.axis)), out);
  trend(plot, s, out);
  frontier_steps(plot, s, out);
  if (plot.reference)
    for (const ParetoPoint& p : plot.points)
      out << fmt::format("<circle class=\"reference\" cx=\"{:.1f}\" cy=\"{:.1f}\" r=\"3\" "
                         "fill=\"#888\"><title>{}</title></circle>\n",
                         s.x(p[plot.axis]->value), s.y(p.score), html_escape(p.label));
  // Published after the paper: shown, hollow, but compared with nothing.
  for (const ParetoPoint& p : plot.later)
    out << fmt::format("<circle class=\"later\" cx=\"{:.1f}\" cy=\"{:.1f}\" r=\"3\" "
                       "fill=\"none\" stroke=\"#bbb\"><title>{} ({}, after {})</title></circle>\n",
                       s.x(p[plot.axis]->value), s.y(p.score), html_escape(p.label),
                       p.year.value_or(0), plot.as_of.value_or(0));
  for (const SystemPlacement* p : systems) {
    const std::string& name = disclosure.systems[p->system].name;
    double x = s.x(p->resource.value), y = s.y(p->score);
    if (p->resource.interval && p->resource.interval->low > 0)  // a log scale has no zero
      out << fmt::format("<line x1=\"{:.1f}\" x2=\"{:.1f}\" y1=\"{:.1f}\" y2=\"{:.1f}\" "
                         "stroke=\"#e6550d\"/>\n",
                         s.x(p->resource.interval->low), s.x(p->resource.interval->high), y, y);
    out << fmt::format("<g class=\"system\"><circle cx=\"{:.1f}\" cy=\"{:.1f}\" r=\"5\" "
                       "fill=\"{}\" stroke=\"#a63603\"/><text x=\"{:.1f}\" y=\"{:.1f}\" "
                       "font-size=\"12\">{}{}</text></g>\n",
                       x, y, p->resource.estimated ? "#fdae6b" : "#e6550d", x + 8, y - 6,
                       html_escape(name), p->resource.estimated ? " (~)" : "");
  }
}

}  // namespace

void report_frontier_svg(const CheckRun& run, llvm::raw_ostream& out) {
  size_t panels = 0;
  for (const CheckedManifest& m : run.manifests)
    if (m.placements) panels += m.placements->plots.size();
  double height = kHeight * static_cast<double>(std::max<size_t>(panels, 1));
  out << fmt::format("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{0:.0f}\" "
                     "height=\"{1:.0f}\" viewBox=\"0 0 {0:.0f} {1:.0f}\" "
                     "font-family=\"sans-serif\">\n<rect width=\"100%\" height=\"100%\" "
                     "fill=\"white\"/>\n",
                     kWidth, height);
  double top = 0;
  for (const CheckedManifest& m : run.manifests) {
    if (!m.disclosure || !m.placements) continue;
    for (size_t i = 0; i < m.placements->plots.size(); ++i, top += kHeight)
      panel(*m.disclosure, *m.placements, i, top, out);
  }
  if (panels == 0)
    out << "<text x=\"20\" y=\"40\">no system has both a score and a resource to place it by</text>\n";
  out << "</svg>\n";
}

}  // namespace costlint
