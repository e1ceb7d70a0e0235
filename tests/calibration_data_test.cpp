// tests/calibration/published_runs.csv: the published runs the estimator is
// calibrated on name devices costlint knows, say how each outcome was obtained,
// and the measured ones add up.

#include <doctest/doctest.h>

#include <cmath>
#include <map>
#include <set>
#include <sstream>

#include "published_runs.h"
#include "test_support.h"

using namespace costlint;
using testing::number;
using testing::published_runs;
using testing::Row;


TEST_CASE("calibration: every published run names a known device and how it was obtained") {
  const std::set<std::string> methods{"measured", "metered", "tdp", "assumed", "unknown", "none"};
  const std::set<std::string> statuses{"verified", "quoted", "unverified"};
  const std::set<std::string> scopes{"", "system+pue", "gpu+pue", "gpu", "unknown"};
  std::vector<Row> rows = published_runs();
  CHECK(rows.size() >= 15);
  size_t measured = 0;
  for (const Row& row : rows) {
    CAPTURE(row.at("run"));
    const DeviceSpec* device = embedded_reference().hardware.find(row.at("device_model"));
    REQUIRE(device);
    CHECK(device->model == row.at("device_model"));
    CHECK(methods.count(row.at("outcome_method")) == 1);
    CHECK(statuses.count(row.at("status")) == 1);
    CHECK(scopes.count(row.at("energy_scope")) == 1);
    CHECK_FALSE(row.at("source").empty());
    // A row with no energy outcome is there for its device-time.
    if (row.at("outcome_method") == "none") {
      CHECK(row.at("energy_kwh").empty());
      CHECK(row.at("emissions_kg").empty());
      CHECK_FALSE(row.at("parameters").empty());
      CHECK_FALSE(row.at("training_tokens").empty());
    }
    measured += row.at("outcome_method") == "measured";
  }
  CHECK(measured >= 15);
}

TEST_CASE("calibration: a measured system energy is devices x hours x power x PUE") {
  size_t checked = 0;
  for (const Row& row : published_runs()) {
    if (row.at("energy_scope") != "system+pue" || row.at("device_count").empty()) continue;
    CAPTURE(row.at("run"));
    double kwh = number(row, "device_count") * number(row, "wall_clock_h") *
                 number(row, "avg_power_w") * number(row, "pue") / 1000;
    CHECK(std::abs(kwh / number(row, "energy_kwh") - 1) < 0.02);  // the papers round
    ++checked;
  }
  CHECK(checked == 10);  // Patterson et al. 2021, Tables 1 and 4
}

TEST_CASE("calibration: every measured small run has a source, a scope and an energy that adds up") {
  const std::set<std::string> scopes{"device", "node", "facility"};
  const std::set<std::string> methods{"measured", "metered", "logged"};
  std::vector<Row> rows = testing::calibration_table("small_runs.csv");
  CHECK(rows.size() >= 100);
  size_t small_gpu_runs = 0, known_devices = 0;
  std::set<std::string> sources;
  for (const Row& row : rows) {
    CAPTURE(row.at("run"));
    CHECK_FALSE(row.at("source").empty());
    CHECK(scopes.count(row.at("energy_scope")) == 1);
    CHECK(methods.count(row.at("outcome_method")) == 1);
    CHECK(number(row, "energy_kwh") > 0);
    sources.insert(row.at("source").substr(0, row.at("source").find(',')));
    if (embedded_reference().hardware.find(row.at("device_model"))) ++known_devices;
    if (!row.at("device_count").empty() && number(row, "device_count") <= 8 &&
        !row.at("wall_clock_h").empty() && row.at("device_model").find("M1") == std::string::npos)
      ++small_gpu_runs;
  }
  CHECK(small_gpu_runs >= 60);  // the runs issue 13 calibrates on
  CHECK(known_devices >= 60);
  CHECK(sources.size() >= 8);
}
