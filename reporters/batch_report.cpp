#include "reporters/batch_report.h"

#include <algorithm>
#include <cmath>

#include <fmt/format.h>
#include <llvm/Support/raw_ostream.h>

#include "ir/dimension.h"
#include "ir/quantity_format.h"
#include "reporters/markup.h"

namespace costlint {
namespace {

using Json = nlohmann::ordered_json;

/// A CSV field: quoted when it holds a separator, a quote or a line break.
std::string csv_field(std::string_view text) {
  if (text.find_first_of(",\"\n\r") == std::string_view::npos) return std::string(text);
  std::string out = "\"";
  for (char c : text) out += c == '"' ? std::string("\"\"") : std::string(1, c);
  return out + "\"";
}

std::string range_cell(const std::optional<SummaryRange>& range) {
  if (!range) return ",,";
  return fmt::format("{},{},{}", range->value, range->low, range->high);
}

std::string shown(const std::optional<SummaryRange>& range, const Dimension& dimension) {
  if (!range) return "&ndash;";
  return html_escape(fmt::format("{}{} ({} – {})", range->estimated ? "~" : "",
                                 format_quantity(range->value, dimension),
                                 format_quantity(range->low, dimension),
                                 format_quantity(range->high, dimension)));
}

/// One benchmark's axis: its reference frontier as a step line and the submissions as dots.
void frontier_svg(const std::string& title, const Json& plot, llvm::raw_ostream& out) {
  constexpr double kWidth = 640, kHeight = 320, kLeft = 60, kRight = 20, kTop = 30, kBottom = 40;
  std::vector<double> xs, ys;
  for (const char* part : {"reference", "submissions"})
    if (plot.contains(part))
      for (const Json& p : plot[part])
        if (p[0].get<double>() > 0) {
          xs.push_back(std::log10(p[0].get<double>()));
          ys.push_back(p[1].get<double>());
        }
  if (xs.empty()) return;
  auto [x0, x1] = std::minmax_element(xs.begin(), xs.end());
  auto [y0, y1] = std::minmax_element(ys.begin(), ys.end());
  double xmin = *x0 - 0.5, xmax = *x1 + 0.5, ymin = *y0, ymax = *y1 + (*y1 == *y0 ? 1 : 0);
  auto x = [&](double v) { return kLeft + (std::log10(v) - xmin) / (xmax - xmin) * (kWidth - kLeft - kRight); };
  auto y = [&](double v) { return kHeight - kBottom - (v - ymin) / (ymax - ymin) * (kHeight - kTop - kBottom); };
  out << fmt::format("<svg class=\"frontier\" xmlns=\"http://www.w3.org/2000/svg\" width=\"{0}\" "
                     "height=\"{1}\" viewBox=\"0 0 {0} {1}\" font-family=\"sans-serif\" "
                     "font-size=\"11\"><text x=\"{2}\" y=\"18\">{3}</text>"
                     "<line x1=\"{2}\" y1=\"{4}\" x2=\"{5}\" y2=\"{4}\" stroke=\"#999\"/>"
                     "<text x=\"{2}\" y=\"{6}\">log10 resource {7:.1f} to {8:.1f}</text>\n",
                     kWidth, kHeight, kLeft, html_escape(title), kHeight - kBottom, kWidth - kRight,
                     kHeight - 10, xmin, xmax);
  if (plot.contains("reference") && !plot["reference"].empty()) {
    std::string path;
    for (const Json& p : plot["reference"])
      path += fmt::format("{}{:.1f},{:.1f} ", path.empty() ? "M" : "L", x(p[0].get<double>()),
                          y(p[1].get<double>()));
    out << fmt::format("<path class=\"reference\" d=\"{}\" fill=\"none\" stroke=\"#31a354\" "
                       "stroke-width=\"2\"/>\n", path);
  }
  if (plot.contains("submissions"))
    for (const Json& p : plot["submissions"])
      out << fmt::format("<circle class=\"submission\" cx=\"{:.1f}\" cy=\"{:.1f}\" r=\"4\" "
                         "fill=\"#e6550d\"><title>{}</title></circle>\n",
                         x(p[0].get<double>()), y(p[1].get<double>()),
                         html_escape(p[2].get<std::string>()));
  out << "</svg>\n";
}

}  // namespace

void report_summary_csv(const BatchSummary& summary, llvm::raw_ostream& out) {
  out << "submission,status,profile,manifests,errors,warnings,notes,completeness_c,completeness_e,"
         "completeness_m,completeness_b,training_energy_j,training_energy_low_j,"
         "training_energy_high_j,training_emissions_g,training_emissions_low_g,"
         "training_emissions_high_g,placements\n";
  for (const SubmissionRow& row : summary.rows) {
    auto completeness = [&](const char* family) {
      auto it = row.completeness.find(family);
      return it == row.completeness.end() ? std::string() : fmt::format("{:.3f}", it->second);
    };
    std::string placements;
    for (const std::string& p : row.placements) placements += (placements.empty() ? "" : "; ") + p;
    out << fmt::format("{},{},{},{},{},{},{},{},{},{},{},{},{},{}\n", csv_field(row.submission),
                       row.status, csv_field(row.profile), row.manifests, row.errors, row.warnings,
                       row.notes, completeness("C"), completeness("E"), completeness("M"),
                       completeness("B"), range_cell(row.training_energy),
                       range_cell(row.training_emissions), csv_field(placements));
  }
}

void report_summary_json(const BatchSummary& summary, llvm::raw_ostream& out) {
  out << summary_json(summary).dump(2, ' ', false, Json::error_handler_t::replace) << "\n";
}

void report_summary_html(const BatchSummary& summary, llvm::raw_ostream& out) {
  out << "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
         "<title>costlint: the batch</title>\n<style>body{font-family:sans-serif;margin:2em}"
         "table{border-collapse:collapse}th,td{border-bottom:1px solid #ccc;padding:.2em .6em;"
         "text-align:left}</style>\n</head>\n<body>\n";
  out << fmt::format("<h1>{} submissions, {} checked to the end</h1>\n", summary.rows.size(),
                     summary.checked);
  out << "<h2>What the submissions disclose</h2>\n<table>\n<tr><th>field</th><th>share</th></tr>\n";
  for (const auto& [field, rate] : summary.disclosure_rates)
    out << fmt::format("<tr><td>{}</td><td>{:.0f}%</td></tr>\n", field, 100 * rate);
  out << "</table>\n";
  if (const auto& e = summary.training_energy)
    out << html_escape(fmt::format("Training energy over {} submissions: min {}, quartiles {}, {}, "
                                   "{}, max {}.",
                                   e->count, format_quantity(e->min, dim::energy),
                                   format_quantity(e->p25, dim::energy),
                                   format_quantity(e->median, dim::energy),
                                   format_quantity(e->p75, dim::energy),
                                   format_quantity(e->max, dim::energy)))
        << "\n";
  out << "<h2>The frontiers</h2>\n";
  for (const auto& [benchmark, axes] : summary.frontiers.items())
    for (const auto& [axis, plot] : axes.items()) frontier_svg(benchmark + ": " + axis, plot, out);
  out << "<h2>Submissions</h2>\n<table>\n<tr><th>submission</th><th>status</th><th>profile</th>"
         "<th>errors</th><th>warnings</th><th>C</th><th>E</th><th>M</th><th>B</th>"
         "<th>training energy</th><th>training emissions</th></tr>\n";
  for (const SubmissionRow& row : summary.rows) {
    out << fmt::format("<tr class=\"submission\"><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td>",
                       html_escape(row.submission), row.status, html_escape(row.profile),
                       row.errors, row.warnings);
    for (const char* family : {"C", "E", "M", "B"}) {
      auto it = row.completeness.find(family);
      out << "<td>" << (it == row.completeness.end() ? std::string("&ndash;")
                                                     : fmt::format("{:.0f}%", 100 * it->second))
          << "</td>";
    }
    out << "<td>" << shown(row.training_energy, dim::energy) << "</td><td>"
        << shown(row.training_emissions, dim::co2e) << "</td></tr>\n";
  }
  out << "</table>\n</body>\n</html>\n";
}

}  // namespace costlint
