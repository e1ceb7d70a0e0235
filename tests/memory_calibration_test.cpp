// The training-memory estimate against published peaks per device
// (tests/calibration/memory_runs.csv): each run written as the manifest its
// source would give (the parameters, the pool), checked through the whole
// pipeline, and the peak compared with the estimate's interval. What the
// estimate claims, "at least 16 B per parameter when the optimizer state is on
// the device", is checked on the runs that trained so; the interval, down to the
// weights alone and up to the device's memory, on all of them.

#include <doctest/doctest.h>

#include <fmt/format.h>

#include "lint/driver.h"
#include "published_runs.h"

using namespace costlint;
using testing::number;
using testing::Row;

TEST_CASE("calibration: training memory against published peaks per device") {
  size_t runs = 0, covered = 0, adam = 0, adam_above_state = 0;
  for (const Row& row : testing::calibration_table("memory_runs.csv")) {
    std::string manifest = fmt::format(
        "costlint 1\nmodel m {{ parameters = {}; train {{ hardware = {} x \"{}\" }} }}\n",
        row.at("parameters"), row.at("device_count"), row.at("device_model"));
    CheckRun run = check_text("run.cost", manifest);
    const Phase& train = *run.manifests.at(0).disclosure->systems.at(0).phases[0];
    const Fact* memory = train[Quantity::Memory].estimate(dim::bytes);
    CAPTURE(row.at("run"));
    REQUIRE(memory);
    double peak = number(row, "peak_bytes");
    bool inside = memory->interval->low <= peak && peak <= memory->interval->high;
    ++runs;
    covered += inside;
    // The state of mixed-precision Adam, 16 B a parameter over the pool, as the source ran it.
    double state = 16 * number(row, "parameters") / number(row, "device_count");
    if (row.at("training") == "adam") {
      ++adam;
      adam_above_state += peak >= 0.95 * state;
    }
    MESSAGE(fmt::format("{:<45} {:<11} peak {:>6.1f} GB  estimate {:>6.1f} GB [{:.1f} – {:.1f}]  "
                        "peak / 16 B per parameter {:.2f}{}",
                        row.at("run"), row.at("training"), peak / 1e9, memory->value / 1e9,
                        memory->interval->low / 1e9, memory->interval->high / 1e9, peak / state,
                        inside ? "" : "  outside"));
  }
  MESSAGE(fmt::format("{} of {} peaks inside the interval; {} of {} full Adam runs at or above "
                      "16 B per parameter",
                      covered, runs, adam_above_state, adam));
  CHECK(runs == 19);
  // Full training with Adam on the device: 16 B a parameter is a floor.
  CHECK(adam_above_state == adam);
  // The interval, down to the bf16 weights (4 bits when they cannot fit) and up
  // to the device's memory, holds all but a QLoRA that would have fitted in bf16
  // and a CPU offload (docs/estimation.md).
  CHECK(covered >= 17);
}
