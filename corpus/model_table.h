#pragma once
// A table of notable ML models read from an Epoch AI "All ML Systems" export, or from
// the curated corpus/models.csv that has the same column names. Columns are found by
// name; rows whose `Notability criteria` is empty are not notable and are left out
// (corpus/models.csv holds notable models only and has no such column). The text is
// untrusted: a malformed file gives a located error, never a crash.

#include <array>
#include <cmath>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "ir/csv_table.h"

namespace costlint {

/// The numeric columns, in the order of ModelRow::values.
enum class ModelColumn { Parameters, TrainingCompute, InferenceCompute, TrainingCost, DatasetSize,
                         Epochs };
inline constexpr size_t kModelColumns = 6;

/// The column's name in Epoch's exports; the cost's name carries its USD year, which
/// varies by snapshot, so it is only its start.
std::string_view model_column_name(ModelColumn column);

struct ModelRow {
  std::string system;
  std::string date;  ///< publication date, YYYY-MM-DD
  double year = 0;   ///< the same as a decimal year: 2020-07-02 is 2020.5
  std::string domain;  ///< as in the file: "Multimodal,Language,Vision"
  std::array<double, kModelColumns> values;  ///< NaN where the file has nothing
  size_t line = 0;  ///< where the row starts in the file

  double value(ModelColumn column) const { return values[static_cast<size_t>(column)]; }
};

struct ModelTable {
  std::vector<ModelRow> rows;  ///< notable and dated, in the file's order
  std::string cost_column;     ///< e.g. "Training compute cost (2023 USD)"
  size_t undated = 0;          ///< notable rows left out for want of a publication date
  uint64_t fingerprint = 0;    ///< a hash of the rows, to cache what is fitted on them
};

/// Parses the CSV `text` of the file `file`; nothing, with `error` set, if it is malformed.
std::optional<ModelTable> parse_model_table(std::string_view text, std::string_view file,
                                            CsvError* error);

/// Epoch's exports hold about 2,000 models; more than this many rows is refused.
inline constexpr size_t kMaxModelRows = 100'000;

/// Reads and parses the file at `path`, refusing one over kMaxModelFileBytes.
std::optional<ModelTable> load_model_table(const std::string& path, CsvError* error);
inline constexpr uint64_t kMaxModelFileBytes = 256ull << 20;

/// The decimal year of an ISO date "YYYY-MM-DD" (also "YYYY-MM-DD hh:mm..."), if valid.
std::optional<double> decimal_year(std::string_view date);

/// The single domains of a Domain field: "Multimodal,Language" -> {Multimodal, Language}.
std::vector<std::string> split_domains(std::string_view domain);

}  // namespace costlint
