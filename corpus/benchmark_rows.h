#pragma once
// Reads the rows of a benchmark table into points, checking each one: the
// corpus format (corpus/benchmarks/*.csv) and Epoch AI's benchmark export.
// Errors are located as FILE:LINE: and name the column at fault.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "corpus/benchmark_catalog.h"
#include "ir/csv_table.h"

namespace costlint {

/// The header of every corpus table.
inline constexpr std::string_view kBenchmarkHeader =
    "system,year,score,metric,better,parameters,training_flop,weights_bytes,inference_flop,"
    "source,status";

struct PointTable {
  std::string metric;
  Better better = Better::Higher;
  std::vector<BenchmarkPoint> points;
};

/// A table in the corpus format: one metric and direction on every row,
/// each system once.
std::optional<PointTable> read_point_table(const CsvTable& csv, CsvError* error);

/// Whether `csv` has Epoch AI's columns (a `System` and a `Date`).
bool is_epoch_export(const CsvTable& csv);

/// The rows of an Epoch export that have a score in the column named, in any
/// case, by one of `columns`; rows without one are left out.
std::optional<std::vector<BenchmarkPoint>> read_epoch_export(
    const CsvTable& csv, const std::vector<std::string>& columns, CsvError* error);

}  // namespace costlint
