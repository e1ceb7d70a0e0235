// Reading Epoch AI's exports by column name: notable rows, dates, figures, errors.

#include <doctest/doctest.h>

#include <cmath>

#include "corpus/model_table.h"
#include "test_support.h"

using namespace costlint;

namespace {

const char* const kHeader =
    "System,Domain,Notability criteria,Publication date,Parameters,Training compute (FLOP),"
    "Training compute cost (2020 USD),Epochs\n";

/// The error of `text` as "LINE: message"; empty when it parses.
std::string error_of(std::string_view text) {
  CsvError error;
  return parse_model_table(text, "models.csv", &error) ? "" : error.located();
}

}  // namespace

TEST_CASE("model table: notable, dated rows, with their figures by column name") {
  std::string text = std::string(kHeader) +
                     "GPT-3,Language,Highly cited,2020-05-28,1.75e+11,3.14e+23,\"$4,324,883.00\",0.6\n"
                     "Small,Vision,,2021-01-01,1000,,,\n"
                     "\"Two,\nlines\",\"Multimodal,Language\",SOTA,,5,,,\n"
                     "Leap,Games,SOTA,2024-12-31 10:00,,,,\n";
  CsvError error;
  auto table = parse_model_table(text, "models.csv", &error);
  REQUIRE(table);
  CHECK(table->cost_column == "Training compute cost (2020 USD)");
  CHECK(table->undated == 1);
  REQUIRE(table->rows.size() == 2);
  const ModelRow& gpt3 = table->rows[0];
  CHECK(gpt3.system == "GPT-3");
  CHECK(gpt3.line == 2);
  CHECK(gpt3.year == doctest::Approx(2020 + 148 / 366.0));
  CHECK(gpt3.value(ModelColumn::Parameters) == 1.75e11);
  CHECK(gpt3.value(ModelColumn::TrainingCost) == 4324883.0);
  CHECK(gpt3.value(ModelColumn::Epochs) == 0.6);
  CHECK(std::isnan(gpt3.value(ModelColumn::InferenceCompute)));  // no such column
  CHECK(table->rows[1].line == 6);
  CHECK(table->rows[1].year == doctest::Approx(2024 + 365 / 366.0));
}

TEST_CASE("model table: dates and domains") {
  CHECK(*decimal_year("2023-07-02") == doctest::Approx(2023.5));
  CHECK(!decimal_year("2023-02-29"));
  CHECK(*decimal_year("2024-02-29") == doctest::Approx(2024 + 59 / 366.0));
  CHECK(!decimal_year("2023-13-01"));
  CHECK(!decimal_year("23-01-01"));
  CHECK(!decimal_year("2023-01-01x"));
  CHECK(split_domains("Multimodal, Language,,Vision") ==
        std::vector<std::string>{"Multimodal", "Language", "Vision"});
}

TEST_CASE("model table: malformed files are refused where they go wrong") {
  CHECK(error_of("") == "models.csv: no header row");
  CHECK(error_of("System,Domain\n") == "models.csv:1: no `Parameters` column");
  CHECK(error_of("System,Domain,Publication date,Parameters,Training compute (FLOP)\n") ==
        "models.csv:1: no `Training compute cost (YEAR USD)` column");
  std::string header = kHeader;
  CHECK(error_of(header + "A,Language,x,2020-01-01,1,2,3,4\nB,Language,x\n") ==
        "models.csv:3: 3 fields; the header has 8");
  CHECK(error_of(header + "A,Language,x,2020-01-01,many,2,3,4\n") ==
        "models.csv:2: `Parameters` holds `many`, not a number of 0 or more");
  CHECK(error_of(header + "A,Language,x,2020-01-01,-5,2,3,4\n") ==
        "models.csv:2: `Parameters` holds `-5`, not a number of 0 or more");
  CHECK(error_of(header + "A,Language,x,May 2020,1,2,3,4\n") ==
        "models.csv:2: `Publication date` holds `May 2020`, not a date YYYY-MM-DD");
  CHECK(error_of(header + "A,Language,x,2020-01-01,1,2,3,\"4\n") ==
        "models.csv:2: a quoted field is not closed before the end of the file");
  std::string many = header;
  for (size_t i = 0; i <= kMaxModelRows; ++i) many += "A,Language,x,2020-01-01,1,2,3,4\n";
  CHECK(error_of(many) == "models.csv:100002: more than 100000 rows");
}

TEST_CASE("model table: every snapshot in ../shared reads, by its own column names" * testing::needs_shared()) {
  auto shared = testing::shared_dir();
  REQUIRE(shared);
  struct Snapshot {
    const char* date;
    size_t notable;
    const char* cost;
  };
  for (Snapshot s : {Snapshot{"2024-05-26", 842, "Training compute cost (2020 USD)"},
                     Snapshot{"2024-10-16", 905, "Training compute cost (2023 USD)"},
                     Snapshot{"2025-06-20", 807, "Training compute cost (2023 USD)"}}) {
    CAPTURE(s.date);
    CsvError error;
    auto table = load_model_table(
        *shared + "/data/models/epoch_all_ml_systems_" + s.date + ".csv", &error);
    REQUIRE_MESSAGE(table, error.message);
    CHECK(table->rows.size() + table->undated == s.notable);
    CHECK(table->cost_column == s.cost);
  }
}
