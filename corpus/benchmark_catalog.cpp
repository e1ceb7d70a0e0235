#include "corpus/benchmark_catalog.h"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <sstream>

#include <fmt/format.h>

#include "corpus/benchmark_rows.h"
#include "ir/csv_table.h"
#include "corpus/embedded_corpus.h"

namespace costlint {
namespace {

constexpr std::string_view kFolder = "benchmarks/";
/// Not a table of points: the other names each table answers to.
constexpr std::string_view kAliasesFile = "aliases.csv";
constexpr std::string_view kAliasesHeader = "benchmark,aliases";

std::string folded(std::string_view text) {
  auto space = [](char c) { return std::isspace(static_cast<unsigned char>(c)) != 0; };
  while (!text.empty() && space(text.front())) text.remove_prefix(1);
  while (!text.empty() && space(text.back())) text.remove_suffix(1);
  std::string out(text);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

/// The file names under benchmarks/, sorted: embedded, or listed from `data_dir`.
std::optional<std::vector<std::string>> table_names(const std::string& data_dir,
                                                    std::string* error) {
  std::vector<std::string> names;
  if (data_dir.empty()) {
    for (const EmbeddedFile& file : embedded_corpus())
      if (file.name.starts_with(kFolder)) names.emplace_back(file.name.substr(kFolder.size()));
  } else {
    std::error_code code;
    std::filesystem::directory_iterator folder(data_dir + "/" + std::string(kFolder), code);
    if (code) {
      *error = "no benchmarks/ folder in the reference data";
      return std::nullopt;
    }
    for (const auto& entry : folder)
      if (entry.is_regular_file()) names.push_back(entry.path().filename().string());
  }
  std::sort(names.begin(), names.end());
  return names;
}

}  // namespace

std::optional<Better> better_from(std::string_view text) {
  if (text == "higher") return Better::Higher;
  if (text == "lower") return Better::Lower;
  return std::nullopt;
}

std::optional<BenchmarkCatalog> BenchmarkCatalog::load(const std::string& data_dir,
                                                       std::string* error) {
  auto names = table_names(data_dir, error);
  if (!names) return std::nullopt;
  BenchmarkCatalog catalog;
  std::optional<std::string> aliases;
  for (const std::string& name : *names) {
    if (!name.ends_with(".csv")) continue;
    auto text = corpus_file(std::string(kFolder) + name, data_dir);
    if (!text) {
      *error = fmt::format("{}{} cannot be read", kFolder, name);
      return std::nullopt;
    }
    if (name == kAliasesFile) aliases = std::move(text);
    else if (!catalog.add_table(name.substr(0, name.size() - 4), *text,
                                std::string(kFolder) + name, error))
      return std::nullopt;
  }
  if (aliases && !catalog.add_aliases(*aliases, error)) return std::nullopt;
  return catalog;
}

bool BenchmarkCatalog::add_table(std::string key, std::string_view csv, std::string_view file,
                                 std::string* error) {
  CsvError csv_error;
  std::optional<CsvTable> rows = read_csv_table(csv, file, &csv_error);
  std::optional<PointTable> table = rows ? read_point_table(*rows, &csv_error) : std::nullopt;
  if (!table) {
    *error = csv_error.located();
    return false;
  }
  by_name_.emplace(folded(key), benchmarks_.size());
  benchmarks_.push_back(ReferenceBenchmark{std::move(key), {}, std::move(table->metric),
                                           table->better, std::move(table->points)});
  return true;
}

bool BenchmarkCatalog::add_aliases(std::string_view csv, std::string* error) {
  std::string file = fmt::format("{}{}", kFolder, kAliasesFile);
  CsvError csv_error;
  std::optional<CsvTable> table = read_csv_table(csv, file, &csv_error);
  if (table && !table->header_is(kAliasesHeader))
    csv_error = table->error(fmt::format("the header is not {}", kAliasesHeader));
  if (!table || !csv_error.message.empty()) {
    *error = csv_error.located();
    return false;
  }
  for (const CsvRow& f : table->rows) {
    auto at = [&](const std::string& why) {
      *error = table->error_at(f, why).located();
      return false;
    };
    auto it = by_name_.find(folded(f[0]));
    if (it == by_name_.end() || benchmarks_[it->second].key != f[0])
      return at(fmt::format("`{}` is no table of benchmarks/", f[0]));
    std::istringstream names(f[1]);
    for (std::string alias; std::getline(names, alias, '|');) {
      if (alias.empty()) continue;
      if (!by_name_.emplace(folded(alias), it->second).second)
        return at(fmt::format("`{}` already names a benchmark", alias));
      benchmarks_[it->second].aliases.push_back(alias);
    }
  }
  return true;
}

const ReferenceBenchmark* BenchmarkCatalog::find(std::string_view name) const {
  auto it = by_name_.find(folded(name));
  return it == by_name_.end() ? nullptr : &benchmarks_[it->second];
}

ReferenceBenchmark* BenchmarkCatalog::find_mutable(std::string_view name) {
  auto it = by_name_.find(folded(name));
  return it == by_name_.end() ? nullptr : &benchmarks_[it->second];
}

bool BenchmarkCatalog::add_points(std::string_view csv_text, std::string_view benchmark_key,
                                  std::string* error, std::string_view file) {
  CsvError csv_error;
  std::optional<CsvTable> table = read_csv_table(csv_text, file, &csv_error);
  if (!table) {
    *error = csv_error.located();
    return false;
  }
  return add_rows(*table, benchmark_key, error);
}

bool BenchmarkCatalog::add_rows(const CsvTable& csv, std::string_view benchmark_key,
                                std::string* error) {
  ReferenceBenchmark* benchmark = find_mutable(benchmark_key);
  CsvError csv_error;
  std::vector<BenchmarkPoint> points;
  std::string metric;
  Better better = Better::Higher;
  if (is_epoch_export(csv)) {
    // Epoch names a benchmark's column as a person would: "MMLU".
    std::vector<std::string> columns{std::string(benchmark_key)};
    if (benchmark) {
      columns.push_back(benchmark->key);
      columns.insert(columns.end(), benchmark->aliases.begin(), benchmark->aliases.end());
    }
    auto read = read_epoch_export(csv, columns, &csv_error);
    if (!read) {
      *error = csv_error.located();
      return false;
    }
    points = std::move(*read);
    metric = benchmark ? benchmark->metric : std::string(benchmark_key);
  } else {
    auto table = read_point_table(csv, &csv_error);
    if (!table) {
      *error = csv_error.located();
      return false;
    }
    if (benchmark && (table->metric != benchmark->metric || table->better != benchmark->better)) {
      *error = csv.error(fmt::format("metric `{}` is not `{}`, the metric of `{}`", table->metric,
                                     benchmark->metric, benchmark->key))
                   .located();
      return false;
    }
    points = std::move(table->points);
    metric = table->metric;
    better = table->better;
  }
  if (!benchmark) {
    by_name_.emplace(folded(benchmark_key), benchmarks_.size());
    benchmark = &benchmarks_.emplace_back(
        ReferenceBenchmark{std::string(benchmark_key), {}, std::move(metric), better, {}});
  }
  // By name, not by a search per point: a 16 MB export holds 10^5 systems.
  std::map<std::string, size_t, std::less<>> by_system;
  for (size_t i = 0; i < benchmark->points.size(); ++i)
    by_system.emplace(folded(benchmark->points[i].system), i);
  for (BenchmarkPoint& point : points) {
    auto [same, added] = by_system.emplace(folded(point.system), benchmark->points.size());
    if (added) benchmark->points.push_back(std::move(point));
    else benchmark->points[same->second] = std::move(point);
  }
  return true;
}

bool BenchmarkCatalog::add_reference(std::string_view csv_text, std::string_view stem,
                                     std::string_view file, std::string* error) {
  CsvError csv_error;
  std::optional<CsvTable> csv = read_csv_table(csv_text, file, &csv_error);
  if (!csv) {
    *error = csv_error.located();
    return false;
  }
  if (!is_epoch_export(*csv)) return add_rows(*csv, stem, error);
  auto has_column = [&](std::string_view name) { return csv->column(folded(name), true).has_value(); };
  std::vector<std::string> keys;
  for (const ReferenceBenchmark& benchmark : benchmarks_)
    if (has_column(benchmark.key) ||
        std::any_of(benchmark.aliases.begin(), benchmark.aliases.end(), has_column))
      keys.push_back(benchmark.key);
  if (!find(stem) && has_column(stem)) keys.emplace_back(stem);
  if (keys.empty()) {
    *error = fmt::format("{}: an Epoch export with no column for a known benchmark; name the "
                         "file after its score column (`GPQA.csv`)",
                         file);
    return false;
  }
  for (const std::string& key : keys)
    if (!add_rows(*csv, key, error)) return false;
  return true;
}

}  // namespace costlint
