#pragma once
// One row of a CSV log, split as the readers' hot loop needs: into views,
// without allocating, unless the row holds quotes. A row with another number
// of fields than its header is reported (S006, a warning) and skipped.

#include <string>
#include <string_view>
#include <vector>

#include "ingest/csv_columns.h"
#include "ingest/evidence_reader.h"

namespace costlint {

class CsvRow {
 public:
  /// Splits `line`; false, with the row reported, when it has not `columns` fields.
  /// Inline: it runs once per row of a log that may hold millions.
  bool read(LogInput& input, std::string_view line, size_t columns) {
    if (!split_plain(line, fields_)) split_quoted(line);
    if (fields_.size() == columns) return true;
    report(input, line, columns);
    return false;
  }

  const std::vector<std::string_view>& fields() const { return fields_; }
  std::string_view operator[](size_t column) const { return fields_[column]; }

 private:
  void split_quoted(std::string_view line);
  void report(LogInput& input, std::string_view line, size_t columns) const;

  std::vector<std::string_view> fields_;
  std::vector<std::string> quoted_;  ///< owns the fields of a row that held quotes
};

}  // namespace costlint
