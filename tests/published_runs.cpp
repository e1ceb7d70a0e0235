#include "published_runs.h"

#include <sstream>

#include <doctest/doctest.h>

#include "ir/csv_line.h"
#include "test_support.h"

namespace costlint::testing {

std::vector<Row> published_runs() {
  std::istringstream lines(read_file(source_dir() + "/tests/calibration/published_runs.csv"));
  std::string line;
  std::getline(lines, line);
  std::vector<std::string> header = split_csv_line(line);
  std::vector<Row> rows;
  while (std::getline(lines, line)) {
    std::vector<std::string> fields = split_csv_line(line);
    REQUIRE_MESSAGE(fields.size() == header.size(), line);
    Row row;
    for (size_t i = 0; i < header.size(); ++i) row[header[i]] = fields[i];
    rows.push_back(std::move(row));
  }
  return rows;
}

double number(const Row& row, const std::string& column) { return std::stod(row.at(column)); }

}  // namespace costlint::testing
