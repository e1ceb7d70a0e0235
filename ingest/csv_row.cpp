#include "ingest/csv_row.h"

#include <fmt/format.h>

#include "ir/csv_line.h"

namespace costlint {

void CsvRow::split_quoted(std::string_view line) {
  quoted_ = split_csv_line(line);
  fields_.assign(quoted_.begin(), quoted_.end());
}

void CsvRow::report(LogInput& input, std::string_view line, size_t columns) const {
  input.row_problem(line, fmt::format("the row has {} fields, the header {}", fields_.size(),
                                      columns));
}

}  // namespace costlint
