#include "corpus/benchmark_rows.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <set>

#include <fmt/format.h>

#include "ir/csv_table.h"
#include "ir/text_case.h"

namespace costlint {
namespace {

/// Reference data is read by people, not machines: a year outside this is a typo.
constexpr int kFirstYear = 1940;
constexpr int kLastYear = 2100;

/// A finite number, or nothing (`text` is not one).
std::optional<double> number(std::string_view text) {
  double value = 0;
  auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (text.empty() || error != std::errc() || end != text.data() + text.size() ||
      !std::isfinite(value))
    return std::nullopt;
  return value;
}

/// An empty cell, or a positive figure (a size or an amount of compute).
bool read_amount(const std::string& cell, std::string_view column,
                 std::optional<double>& out, std::string* why) {
  if (cell.empty()) return true;
  out = number(cell);
  if (!out || *out <= 0) *why = fmt::format("`{}` is not a positive number: `{}`", column, cell);
  return out && *out > 0;
}

bool read_year(std::string_view cell, std::string_view column, std::optional<int>& out,
               std::string* why) {
  if (cell.empty()) return true;
  int year = 0;
  auto [end, error] = std::from_chars(cell.data(), cell.data() + cell.size(), year);
  if (error != std::errc() || end != cell.data() + cell.size() || year < kFirstYear ||
      year > kLastYear) {
    *why = fmt::format("`{}` is not a year: `{}`", column, cell);
    return false;
  }
  out = year;
  return true;
}

/// One corpus row into `point`; false with `why` on a bad cell.
bool read_corpus_row(const CsvRow& f, BenchmarkPoint& point, std::string* why) {
  point.system = f[0];
  point.source = f[9];
  point.status = f[10];
  if (point.system.empty()) *why = "`system` is empty";
  else if (point.source.empty()) *why = "`source` is empty: name where the figures were read";
  else if (point.status != "verified" && point.status != "quoted" && point.status != "recalled" &&
           point.status != "estimated")
    *why = fmt::format("`status` is `{}`; expected verified, quoted, recalled or estimated",
                       point.status);
  if (!why->empty() || !read_year(f[1], "year", point.year, why)) return false;
  auto score = number(f[2]);
  if (!score) {
    *why = fmt::format("`score` is not a number: `{}`", f[2]);
    return false;
  }
  point.score = *score;
  return read_amount(f[5], "parameters", point.parameters, why) &&
         read_amount(f[6], "training_flop", point.training_flop, why) &&
         read_amount(f[7], "weights_bytes", point.weights_bytes, why) &&
         read_amount(f[8], "inference_flop", point.inference_flop, why);
}

}  // namespace

std::optional<PointTable> read_point_table(const CsvTable& csv, CsvError* error) {
  if (!csv.header_is(kBenchmarkHeader)) {
    *error = csv.error(fmt::format("the header is not {}", kBenchmarkHeader));
    return std::nullopt;
  }
  PointTable table;
  std::set<std::string> systems;
  for (const CsvRow& f : csv.rows) {
    std::string why;
    BenchmarkPoint point;
    if (read_corpus_row(f, point, &why)) {
      auto better = better_from(f[4]);
      if (f[3].empty()) why = "`metric` is empty";
      else if (!better) why = fmt::format("`better` is `{}`; expected higher or lower", f[4]);
      else if (table.points.empty()) {
        table.metric = f[3];
        table.better = *better;
      } else if (f[3] != table.metric || *better != table.better) {
        why = fmt::format("`{}`, `{}` differs from the table's `{}`, `{}` above", f[3], f[4],
                          table.metric, table.better == Better::Higher ? "higher" : "lower");
      }
      if (why.empty() && !systems.insert(folded(point.system)).second)
        why = fmt::format("`{}` is listed twice", point.system);
    }
    if (!why.empty()) {
      *error = csv.error_at(f, why);
      return std::nullopt;
    }
    table.points.push_back(std::move(point));
  }
  if (table.points.empty()) {
    *error = csv.error("no point");
    return std::nullopt;
  }
  return table;
}

bool is_epoch_export(const CsvTable& csv) {
  return csv.column("System") && csv.column("Date");
}

std::optional<std::vector<BenchmarkPoint>> read_epoch_export(
    const CsvTable& csv, const std::vector<std::string>& columns, CsvError* error) {
  std::optional<size_t> score;
  for (const std::string& name : columns)
    if (!score) score = csv.column(name, true);
  auto system = csv.column("System", true), date = csv.column("Date", true);
  auto size = csv.column("Model size (parameters)", true);
  auto compute = csv.column("Training compute (FLOP)", true);
  if (!system || !date || !size || !compute || !score) {
    *error = csv.error(fmt::format(
        "an Epoch export needs the columns System, Model size (parameters), Training compute "
        "(FLOP), Date and one of {}",
        fmt::join(columns, ", ")));
    return std::nullopt;
  }
  std::vector<BenchmarkPoint> points;
  std::set<std::string> systems;
  for (const CsvRow& f : csv.rows) {
    if (f[*score].empty()) continue;
    std::string why;
    BenchmarkPoint point;
    point.system = f[*system];
    point.source = fmt::format("Epoch AI export {}", csv.file);
    auto value = number(f[*score]);
    if (point.system.empty()) why = "`System` is empty";
    else if (!value) why = fmt::format("`{}` is not a number: `{}`", csv.header[*score], f[*score]);
    else if (f[*date].size() > 4 && f[*date][4] != '-')
      why = fmt::format("`Date` is not YYYY-MM-DD: `{}`", f[*date]);
    else if (read_year(std::string_view(f[*date]).substr(0, 4), "Date", point.year, &why) &&
             read_amount(f[*size], "Model size (parameters)", point.parameters, &why) &&
             read_amount(f[*compute], "Training compute (FLOP)", point.training_flop, &why) &&
             !systems.insert(folded(point.system)).second)
      why = fmt::format("`{}` is listed twice", point.system);
    if (!why.empty()) {
      *error = csv.error_at(f, why);
      return std::nullopt;
    }
    point.score = *value;
    points.push_back(std::move(point));
  }
  return points;
}

}  // namespace costlint
