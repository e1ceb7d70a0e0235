// `costlint trends` and the trend predictions: on the embedded table, on Epoch
// AI's 2024-05-26 snapshot against statsmodels and scikit-learn, and on bad input.

#include <doctest/doctest.h>

#include <unistd.h>

#include <filesystem>
#include <fstream>

#include <nlohmann/json.hpp>

#include "estimate/trend.h"
#include "estimate/trend_prediction.h"
#include "corpus/embedded_corpus.h"
#include "test_support.h"

using namespace costlint;

namespace {

ModelTable embedded_table() {
  CsvError error;
  std::optional<ModelTable> table =
      parse_model_table(*corpus_file("models.csv"), "models.csv", &error);
  REQUIRE_MESSAGE(table, error.message);
  return *table;
}

const TrendLine& line(const TrendReport& report, TrendQuantity quantity, TrendFit fit) {
  for (const TrendLine& l : report.lines)
    if (l.quantity == quantity && l.fit == fit) return l;
  FAIL("no such trend line");
  return report.lines.front();
}

testing::Outcome run(const std::string& args) {
  return testing::run_command(std::string(COSTLINT_BINARY) + " " + args);
}

}  // namespace

TEST_CASE("trends: the embedded table gives plausible doubling times, deterministically") {
  ModelTable table = embedded_table();
  TrendOptions options;
  options.bootstrap = 200;
  std::string error;
  auto report = fit_trends(table, options, &error);
  REQUIRE_MESSAGE(report, error);
  CHECK(report->models == 497);
  CHECK(report->lines.size() == 6);
  for (const TrendLine& l : report->lines) {
    CAPTURE(trend_quantity_name(l.quantity));
    // Epoch AI reports notable models' compute doubling in about 6 months; in
    // 2018-2024 nothing here doubles faster than every 3 months or slower than 15.
    CHECK(l.doubling_months > 3);
    CHECK(l.doubling_months < 15);
    REQUIRE(l.months_interval);
    CHECK(l.months_interval->low < l.doubling_months);
    CHECK(l.resamples == 200);
  }
  CHECK(line(*report, TrendQuantity::TrainingCompute, TrendFit::Average).doubling_months ==
        doctest::Approx(5.5).epsilon(0.1));
  auto again = fit_trends(table, options, &error);
  REQUIRE(again);
  for (size_t i = 0; i < report->lines.size(); ++i) {
    CHECK(again->lines[i].months_interval->low == report->lines[i].months_interval->low);
    CHECK(again->lines[i].months_interval->high == report->lines[i].months_interval->high);
  }
  options.seed = 1;
  auto other = fit_trends(table, options, &error);
  REQUIRE(other);
  CHECK(other->lines[0].months_interval->low != report->lines[0].months_interval->low);
  CHECK(other->lines[0].doubling_months == report->lines[0].doubling_months);
}

TEST_CASE("trends: imputing each resample again widens the intervals where most is imputed") {
  ModelTable table = embedded_table();
  TrendOptions options;
  options.bootstrap = 200;
  std::string error;
  auto once = fit_trends(table, options, &error);
  options.reimpute = true;
  auto again = fit_trends(table, options, &error);
  REQUIRE(once);
  REQUIRE(again);
  auto width = [](const TrendLine& l) { return l.months_interval->high - l.months_interval->low; };
  // The same fits; only the intervals move.
  const TrendLine& cost = line(*again, TrendQuantity::TrainingCost, TrendFit::Average);
  CHECK(cost.doubling_months ==
        line(*once, TrendQuantity::TrainingCost, TrendFit::Average).doubling_months);
  CHECK(cost.resamples == 200);
  // Training cost, mostly imputed, gains far more width than parameters, mostly observed.
  double cost_gain = width(cost) / width(line(*once, TrendQuantity::TrainingCost, TrendFit::Average));
  double parameters_gain = width(line(*again, TrendQuantity::Parameters, TrendFit::Average)) /
                           width(line(*once, TrendQuantity::Parameters, TrendFit::Average));
  CHECK(cost_gain > 1.3);
  CHECK(cost_gain > parameters_gain);
  CHECK(run("trends --bootstrap 20 --reimpute").output.find("each imputed again") !=
        std::string::npos);
  CHECK(run("check --reimpute").status == 2);  // a trends option
}

TEST_CASE("trends: the 2024-05-26 snapshot as statsmodels and scikit-learn fit it" * testing::needs_shared()) {
  auto shared = testing::shared_dir();
  REQUIRE(shared);
  CsvError error;
  auto table = load_model_table(*shared + "/data/models/epoch_all_ml_systems_2024-05-26.csv",
                                &error);
  REQUIRE_MESSAGE(table, error.message);
  TrendOptions options;
  options.bootstrap = 0;
  std::string message;
  auto report = fit_trends(*table, options, &message);
  REQUIRE_MESSAGE(report, message);
  CHECK(report->models == 480);
  // bench/trends_python.py on the same 480 models: IterativeImputer(random_state=0),
  // then sm.OLS; for the 0.95 quantile, the exact optimum found by enumerating every
  // vertex (every line through two models). statsmodels' QuantReg stops away from it
  // on training cost: 5.99 months, check loss 69.07 against the optimum's 63.38.
  struct Expected {
    TrendQuantity quantity;
    double average, large;
  };
  for (Expected e : {Expected{TrendQuantity::Parameters, 8.875653, 7.141399},
                     Expected{TrendQuantity::TrainingCompute, 5.622268, 5.586342},
                     Expected{TrendQuantity::TrainingCost, 8.185649, 7.722358}}) {
    CAPTURE(trend_quantity_name(e.quantity));
    CHECK(line(*report, e.quantity, TrendFit::Average).doubling_months ==
          doctest::Approx(e.average).epsilon(1e-4));
    CHECK(line(*report, e.quantity, TrendFit::Large).doubling_months ==
          doctest::Approx(e.large).epsilon(1e-4));
    CHECK(line(*report, e.quantity, TrendFit::Large).exact);
  }
}

TEST_CASE("trends: too few models in the window is an error, not a fit") {
  ModelTable table = embedded_table();
  TrendOptions options;
  options.from_year = 1958;
  options.to_year = 1960;
  std::string error;
  CHECK(!fit_trends(table, options, &error));
  CHECK(error.starts_with("only "));
}

TEST_CASE("trends: a window of one or two publication years is an error, not a doubling time") {
  // 2023 alone gave "31.9 mo [5.3, inf]", 2024 alone an interval of millions of months.
  ModelTable table = embedded_table();
  TrendOptions options;
  options.from_year = options.to_year = 2023;
  std::string error;
  CHECK(!fit_trends(table, options, &error));
  CHECK(error == "2023 to 2023 is 1 publication year: a growth over the years needs 3 or more "
                 "(--from 2021 --to 2023)");
  options.from_year = 2023;
  options.to_year = 2024;
  CHECK(!fit_trends(table, options, &error));
  CHECK(error.starts_with("2023 to 2024 is 2 publication years"));
}

TEST_CASE("trends: a window without growth says so in a note instead of an infinite doubling") {
  // 2021 to 2023 printed "inf mo [9.5, inf]" for the large models' parameters.
  ModelTable table = embedded_table();
  TrendOptions options;
  options.from_year = 2021;
  options.to_year = 2023;
  options.bootstrap = 200;
  std::string error;
  std::optional<TrendReport> report = fit_trends(table, options, &error);
  REQUIRE(report);
  const TrendLine& flat = line(*report, TrendQuantity::Parameters, TrendFit::Large);
  CHECK(flat.slope <= 0);
  bool said = false;
  for (const std::string& note : report->notes)
    said |= note.starts_with("parameters, large models: no growth from 2021 to 2023");
  CHECK(said);
  testing::Outcome text = run("trends --from 2021 --to 2023 --bootstrap 200");
  CHECK(text.status == 0);
  CHECK(text.output.find("inf") == std::string::npos);
  CHECK(text.output.find("note: parameters, large models: no growth") != std::string::npos);
  // A window that grows throughout gives no such note.
  options.from_year = 2018;
  options.to_year = 2024;
  report = fit_trends(table, options, &error);
  REQUIRE(report);
  CHECK(report->notes.empty());
}

TEST_CASE("trends: more domains than the imputation takes is an error") {
  std::string text = "System,Domain,Publication date,Parameters,Training compute (FLOP),"
                     "Training compute cost (2020 USD)\n";
  for (size_t i = 0; i <= kMaxDomains; ++i)
    text += "M,D" + std::to_string(i) + ",2020-01-01,1,2,3\n";
  CsvError table_error;
  auto table = parse_model_table(text, "models.csv", &table_error);
  REQUIRE(table);
  std::string error;
  CHECK(!fit_trends(*table, TrendOptions{}, &error));
  CHECK(error == "the models dated 2018 to 2024 have 101 domains: at most 100 are taken");
}

TEST_CASE("trend prediction: a value inside its interval, a domain's effect, its reach") {
  ModelTable table = embedded_table();
  auto language = predict_from_trend(TrendQuantity::Parameters, 2023.5, "Language", table);
  REQUIRE(language);
  CHECK(language->interval->low < language->value);
  CHECK(language->value < language->interval->high);
  CHECK(language->value > 1e8);
  CHECK(language->value < 1e12);
  CHECK(language->method.find("domain (Language)") != std::string::npos);
  auto later = predict_from_trend(TrendQuantity::Parameters, 2024.5, "Language", table);
  REQUIRE(later);
  CHECK(later->value > language->value);
  auto anywhere = predict_from_trend(TrendQuantity::TrainingCompute, 2022, "Nowhere", table);
  REQUIRE(anywhere);
  // A domain too small for a term of its own is said to be left out, not left unsaid.
  CHECK(anywhere->method.find("on the year (the domain Nowhere has fewer than 10 notable models "
                              "with a figure: all domains' trend instead) over") !=
        std::string::npos);
  CHECK(!predict_from_trend(TrendQuantity::TrainingCompute, 2035, "Language", table));
  CHECK(!predict_from_trend(TrendQuantity::TrainingCompute, std::nan(""), "Language", table));
  // Cached: the same answer again.
  CHECK(predict_from_trend(TrendQuantity::Parameters, 2023.5, "Language", table)->value ==
        language->value);
}

TEST_CASE("costlint trends: the table, JSON, and bad input refused with exit status 2") {
  testing::Outcome text = run("trends --bootstrap 20");
  CHECK(text.status == 0);
  CHECK(text.output.starts_with("Trends of 497 notable models published 2018 to 2024, from the "
                                "embedded corpus/models.csv\n"));
  CHECK(text.output.find("training compute   OLS (average)") != std::string::npos);
  testing::Outcome json = run("trends --format json --bootstrap 20 --from 2019 --to 2023");
  CHECK(json.status == 0);
  auto parsed = nlohmann::json::parse(json.output);
  CHECK(parsed["from"] == 2019);
  CHECK(parsed["trends"].size() == 6);
  CHECK(parsed["trends"][0]["quantity"] == "parameters");

  std::filesystem::path dir = std::filesystem::temp_directory_path() /
                              ("costlint-trends-" + std::to_string(::getpid()));
  std::filesystem::create_directories(dir);
  std::ofstream(dir / "bad.csv") << "System,Domain,Publication date,Parameters,"
                                    "Training compute (FLOP),Training compute cost (2020 USD)\n"
                                    "A,Language,2020-01-01,1,2,3\n\"B,Vision\n";
  testing::Outcome bad = run("trends --models " + (dir / "bad.csv").string());
  CHECK(bad.status == 2);
  CHECK(bad.output == "costlint: error: " + (dir / "bad.csv").string() +
                          ":3: a quoted field is not closed before the end of the file\n");
  std::filesystem::resize_file((std::ofstream(dir / "huge.csv"), dir / "huge.csv"), 300ull << 20);
  testing::Outcome huge = run("trends --models " + (dir / "huge.csv").string());
  CHECK(huge.status == 2);
  CHECK(huge.output.find("more than the 256 MiB limit") != std::string::npos);
  std::filesystem::remove_all(dir);

  CHECK(run("trends --format sarif").output.starts_with(
      "costlint: error: unknown format `sarif`; expected one of text, json"));
  CHECK(run("trends --from 2024 --to 2018").status == 2);
  CHECK(run("trends --bootstrap lots").output.starts_with(
      "costlint: error: --bootstrap takes a whole number from 0 to 100000, found `lots`"));
  CHECK(run("check --seed 3").output.starts_with(
      "costlint: error: `--seed` is an option of `costlint trends`"));
}
