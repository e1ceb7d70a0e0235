// The carbontracker reader on output logs laid out as carbontracker's
// tracker.py and loggerutil.py write them.

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>

#include <unistd.h>
#include <fmt/format.h>

#include "ingest/readers.h"
#include "ingest_support.h"
#include "test_support.h"

using namespace costlint;
namespace fs = std::filesystem;

namespace {

std::string seed() {
  return testing::source_dir() + "/fuzz/seeds/carbontracker/run_carbontracker_output.log";
}

}  // namespace

TEST_CASE("carbontracker: the last actual block holds the totals, predictions are not read") {
  Read read = read_file(carbontracker_reader(), seed());
  CHECK(read.problems.empty());
  CHECK(value(read.logged, Quantity::Duration) == doctest::Approx(5998.25));
  CHECK(value(read.logged, Quantity::Energy) == doctest::Approx(1.043210 * 3.6e6));
  CHECK(value(read.logged, Quantity::Emissions) == doctest::Approx(60.766983));
  CHECK(value(read.logged, Quantity::Epochs) == 10);
  const LoggedFigure* energy = figure(read.logged, Quantity::Energy);
  CHECK(energy->fact.source.file->locate(energy->fact.source.range.begin).line == 20);
  REQUIRE(read.logged.device_model);
  CHECK(read.logged.device_model->value == "NVIDIA A100-SXM4-40GB");
  CHECK(read.logged.device_count == 2u);
  REQUIRE(read.logged.region);
  CHECK(read.logged.region->value == "DK");
  CHECK(carbontracker_reader().recognizes(
      "2024-03-01 10:00:01,123 - MainThread - INFO - CarbonTracker: The following"));
}

TEST_CASE("carbontracker: days in the time, a bad figure, only a prediction") {
  Read days = read_text(carbontracker_reader(),
                        "Actual consumption:\n\tTime:\t2 days, 1:00:00\n\tEnergy:\t12 kWh\n"
                        "\tCO2eq:\t1e3 g\n");
  CHECK(days.problems.empty());
  CHECK(value(days.logged, Quantity::Duration) == 176400);
  CHECK_FALSE(figure(days.logged, Quantity::Epochs));

  Read bad = read_text(carbontracker_reader(),
                       "Actual consumption for 1 epoch(s):\n\tTime:\t0:01:00\n"
                       "\tEnergy:\tnan kWh\n\tCO2eq:\t1 g\n");
  CHECK(bad.problems ==
        std::vector<std::string>{
            "3: warning: `nan kWh` is not a non-negative figure: the block is not read",
            "0: note: the log holds no `Actual consumption` block: nothing is cross-checked"});
  CHECK(bad.logged.figures.empty());

  Read predicted = read_text(carbontracker_reader(),
                             "Predicted consumption for 5 epoch(s):\n\tTime:\t1:00:00\n"
                             "\tEnergy:\t1 kWh\n\tCO2eq:\t1 g\n");
  CHECK(predicted.problems ==
        std::vector<std::string>{"0: note: the log holds a prediction of the consumption, not a "
                                 "measurement: nothing is cross-checked"});
}

TEST_CASE("carbontracker: an interrupted training, from the standard log beside") {
  fs::path folder = fs::temp_directory_path() / fmt::format("costlint-ct-{}", ::getpid());
  fs::create_directories(folder);
  fs::copy_file(seed(), folder / "x_carbontracker_output.log");
  std::ofstream(folder / "x_carbontracker.log")
      << "2024-03-01 11:49:00,000 - MainThread - INFO - Training was interrupted before all 10 "
         "epochs were monitored.\n";
  Read read = read_file(carbontracker_reader(), (folder / "x_carbontracker_output.log").string());
  CHECK(read.problems ==
        std::vector<std::string>{"1: note: training was interrupted: the figures cover the epochs "
                                 "monitored, not the planned ones"});
  fs::remove_all(folder);
}
