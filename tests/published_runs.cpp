#include "published_runs.h"


#include <doctest/doctest.h>

#include "ir/csv_table.h"
#include "test_support.h"

namespace costlint::testing {

std::vector<Row> calibration_table(const std::string& name) {
  std::string path = source_dir() + "/tests/calibration/" + name;
  CsvError error;
  std::optional<CsvTable> table = read_csv_table(read_file(path), path, &error);
  REQUIRE_MESSAGE(table, error.located());
  std::vector<Row> rows;
  for (const CsvRow& csv : table->rows) {
    Row row;
    for (size_t i = 0; i < table->header.size(); ++i) row[table->header[i]] = csv[i];
    rows.push_back(std::move(row));
  }
  return rows;
}

std::vector<Row> published_runs() { return calibration_table("published_runs.csv"); }

double number(const Row& row, const std::string& column) { return std::stod(row.at(column)); }

}  // namespace costlint::testing
