#include "published_runs.h"


#include <doctest/doctest.h>

#include <sstream>

#include <fmt/format.h>

#include "corpus/embedded_corpus.h"
#include "estimate/assumptions.h"
#include "ir/csv_line.h"
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

const ReferenceData& reference_without_measured_power() {
  static const ReferenceData reference = [] {
    std::istringstream lines(*corpus_file("hardware.csv"));
    std::string derived;
    for (std::string line; std::getline(lines, line);) {
      std::vector<FieldSpan> spans;
      std::vector<std::string> f = split_csv_line(line, ',', &spans);
      if (f.size() > 8 && f[8] == "measured") {
        double share = f[2] == "tpu" ? assumptions::kNodeShareTpu : assumptions::kNodeShareGpu;
        line = line.substr(0, spans[7].begin) + fmt::format("{},derived", std::stod(f[4]) * share) +
               line.substr(spans[8].end);
      }
      derived += line + "\n";
    }
    std::string error;
    auto hardware = HardwareCatalog::parse(derived, &error);
    REQUIRE_MESSAGE(hardware, error);
    return ReferenceData{std::move(*hardware), embedded_reference().grid, embedded_reference().models,
                         embedded_reference().benchmarks, ""};
  }();
  return reference;
}


}  // namespace costlint::testing
