// The evidence readers on the real logs of ../shared/samples (skipped, saying
// so, where it is absent) and on logs written here for each case they handle.

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>

#include <fmt/format.h>

#include "ingest/evidence_reader.h"
#include "ingest/readers.h"
#include "ingest_support.h"
#include "test_support.h"

using namespace costlint;
namespace fs = std::filesystem;

namespace {

constexpr const char* kV1Header =
    "timestamp,project_name,duration,emissions,energy_consumed,country_name,country_iso_code,"
    "region,on_cloud,cloud_provider,cloud_region\n";
constexpr const char* kV2Header =
    "timestamp,project_name,run_id,duration,emissions,energy_consumed,gpu_count,gpu_model,"
    "country_iso_code\n";

}  // namespace

TEST_CASE("codecarbon: the real emissions.csv of every header version" * testing::needs_shared()) {
  auto shared = testing::shared_dir();
  REQUIRE(shared);
  std::string base = *shared + "/samples/energy-trackers/codecarbon/";
  // 31 columns (v2.4), 28 rows: two lack their emissions and are reported.
  Read v2 = read_file(codecarbon_reader(), base + "examples/emissions.csv");
  CHECK(v2.problems == std::vector<std::string>{
                           "6: warning: the row has no value here: it is skipped",
                           "7: warning: the row has no value here: it is skipped"});
  CHECK(value(v2.logged, Quantity::Energy) == doctest::Approx(29125).epsilon(0.001));  // 8.09 Wh
  CHECK(figure(v2.logged, Quantity::Energy)->what == "`energy_consumed`, 19 runs: CPU, GPU and RAM");
  CHECK(v2.logged.device_model->value == "Apple M1");
  CHECK(v2.logged.region->value == "FRA");
  // 38 columns (v3.2+).
  Read v3 = read_file(codecarbon_reader(), base + "tests/test_data/emissions_valid_headers.csv");
  CHECK(v3.problems.empty());
  CHECK(value(v3.logged, Quantity::Energy) == doctest::Approx(0.00057442898176 * 3.6e6));
  CHECK(value(v3.logged, Quantity::Emissions) == doctest::Approx(0.4490989249167));
  CHECK(value(v3.logged, Quantity::Duration) == doctest::Approx(161.20380687713623));
  // 11 columns (v1), no run_id.
  Read v1 = read_file(codecarbon_reader(), base + "tests/test_data/emissions_invalid_headers.csv");
  CHECK(v1.problems.empty());
  CHECK(value(v1.logged, Quantity::Energy) == doctest::Approx(0.001308618772068 * 3.6e6));
}

TEST_CASE("codecarbon: `energy_consumed` is the node's (times its `pue`), `gpu_energy` the GPUs'") {
  constexpr std::string_view kHeader =
      "timestamp,project_name,run_id,duration,emissions,gpu_energy,energy_consumed,pue\n";
  auto energies = [](const Read& read) {
    std::vector<std::pair<EnergyScope, double>> out;
    for (const LoggedFigure& f : read.logged.figures)
      if (f.quantity == Quantity::Energy) out.emplace_back(f.fact.scope, f.fact.value);
    return out;
  };
  Read node = read_text(codecarbon_reader(), std::string(kHeader) + "t,p,a,3600,0.1,0.6,1.0,1.0\n");
  CHECK(energies(node) == std::vector<std::pair<EnergyScope, double>>{
                              {EnergyScope::Node, 3.6e6}, {EnergyScope::Device, 0.6 * 3.6e6}});
  CHECK(figure(node.logged, Quantity::Energy)->what == "`energy_consumed`, 1 run: CPU, GPU and RAM");
  // The device energy is a lower bound of the node's; the node's is not.
  CHECK(node.logged.figures[2].at_least);
  Read facility = read_text(codecarbon_reader(), std::string(kHeader) + "t,p,a,3600,0.1,0.6,1.2,1.2\n");
  CHECK(energies(facility).front().first == EnergyScope::Facility);
  CHECK(facility.logged.pue == 1.2);  // the stated factor back to the node's
  CHECK_FALSE(node.logged.pue);
  // A CPU-only run logs no GPU energy: none is reported, rather than 0 J.
  Read cpu = read_text(codecarbon_reader(), std::string(kHeader) + "t,p,a,3600,0.1,0,0.2,1.0\n");
  CHECK(energies(cpu).size() == 1);
}

TEST_CASE("codecarbon: rows of one run_id are cumulative, rows without one are runs") {
  Read read = read_text(codecarbon_reader(), std::string(kV2Header) +
                                                 "t,p,a,100,0.010,0.10,8,NVIDIA A100-SXM4-80GB,FRA\n"
                                                 "t,p,a,200,0.020,0.20,8,NVIDIA A100-SXM4-80GB,FRA\n"
                                                 "t,p,b,50,0.005,0.05,8,NVIDIA A100-SXM4-80GB,FRA\n"
                                                 "t,p,,10,0.001,0.01,8,NVIDIA A100-SXM4-80GB,FRA\n");
  CHECK(read.problems.empty());
  CHECK(value(read.logged, Quantity::Duration) == 260);                   // 200 + 50 + 10
  CHECK(value(read.logged, Quantity::Energy) == doctest::Approx(0.26 * 3.6e6));
  CHECK(value(read.logged, Quantity::Emissions) == doctest::Approx(26));  // grams
  CHECK(read.logged.device_count == 8u);
  CHECK(figure(read.logged, Quantity::Energy)->fact.source.file->locate(0).line == 5);
}

TEST_CASE("codecarbon: a bad row is reported at its field and skipped") {
  Read read = read_text(codecarbon_reader(), std::string(kV1Header) +
                                                 "t,p,100,0.01,0.1,France,FRA,r,N,,\n"
                                                 "t,p,nan,0.01,0.1,France,FRA,r,N,,\n"
                                                 "t,p,100,0.01,-0.1,France,FRA,r,N,,\n"
                                                 "t,p,100,0.01\n"
                                                 "t,p,1e999,0.01,0.1,France,FRA,r,N,,\n");
  CHECK(read.problems ==
        std::vector<std::string>{
            "3: warning: `nan` is not a duration, energy or emissions figure: the row is skipped",
            "4: warning: `-0.1` is not a duration, energy or emissions figure: the row is skipped",
            "5: warning: the row has 4 fields, the header 11",
            "6: warning: `1e999` is not a duration, energy or emissions figure: the row is skipped"});
  CHECK(value(read.logged, Quantity::Energy) == doctest::Approx(0.1 * 3.6e6));
}

TEST_CASE("codecarbon: what is not an emissions.csv says so once") {
  CHECK(read_text(codecarbon_reader(), "").problems ==
        std::vector<std::string>{fmt::format("0: error: `{}` is empty",
                                             (fs::temp_directory_path() /
                                              fmt::format("costlint-ingest-{}.log", ::getpid()))
                                                 .string())});
  CHECK(read_text(codecarbon_reader(), "a,b,c\n1,2,3\n").problems ==
        std::vector<std::string>{"1: error: not a CodeCarbon emissions.csv: no `duration` with "
                                 "`energy_consumed` or `emissions` column"});
}

TEST_CASE("codecarbon: reports stop after twenty problems") {
  std::string log = kV1Header;
  for (int i = 0; i < 100; ++i) log += "t,p,x,0.01,0.1,France,FRA,r,N,,\n";
  Read read = read_text(codecarbon_reader(), log);
  CHECK(read.problems.size() == LogInput::kMaxProblems);
  CHECK(read.logged.figures.empty());
}

TEST_CASE("nvidia-smi: energy integrates each GPU's power over its own timestamps") {
  Read read = read_text(nvidia_smi_reader(),
                        "timestamp, name, index, power.draw [W], memory.used [MiB]\n"
                        "2024/01/15 10:00:00.000, NVIDIA A100-SXM4-80GB, 0, 100.00 W, 1000 MiB\n"
                        "2024/01/15 10:00:00.500, NVIDIA A100-SXM4-80GB, 1, 200.00 W, 2000 MiB\n"
                        "2024/01/15 10:00:10.000, NVIDIA A100-SXM4-80GB, 0, 300.00 W, 3000 MiB\n"
                        "2024/01/15 10:00:10.500, NVIDIA A100-SXM4-80GB, 1, [N/A], 1500 MiB\n"
                        "2024/01/15 10:00:20.500, NVIDIA A100-SXM4-80GB, 1, 400.00 W, 1500 MiB\n");
  CHECK(read.problems.empty());
  // GPU 0: (100 + 300) / 2 × 10 s; GPU 1: (200 + 400) / 2 × 20 s, the [N/A] sample skipped.
  CHECK(value(read.logged, Quantity::Energy) == doctest::Approx(2000 + 6000));
  CHECK(figure(read.logged, Quantity::Energy)->at_least);
  CHECK(value(read.logged, Quantity::Duration) == doctest::Approx(20.5));
  CHECK(value(read.logged, Quantity::Memory) == 3000.0 * 1048576);
  CHECK(read.logged.device_count == 2u);
  CHECK(read.logged.device_model->value == "NVIDIA A100-SXM4-80GB");
}

TEST_CASE("nvidia-smi: `utilization.gpu` is averaged over every sample of every device") {
  Read read = read_text(nvidia_smi_reader(),
                        "timestamp, index, power.draw [W], utilization.gpu [%]\n"
                        "2024/01/15 10:00:00.000, 0, [N/A], 80 %\n"
                        "2024/01/15 10:00:00.000, 1, [N/A], 40 %\n"
                        "2024/01/15 10:00:01.000, 0, [N/A], [N/A]\n"
                        "2024/01/15 10:00:01.000, 1, [N/A], 60 %\n");
  REQUIRE(read.logged.utilization);
  CHECK(read.logged.utilization->value == doctest::Approx(0.6));
  CHECK(read.logged.utilization->method == "`utilization.gpu` averaged over 3 samples");
  // No power was read: no energy, rather than 0 J.
  CHECK_FALSE(figure(read.logged, Quantity::Energy));
}

TEST_CASE("nvidia-smi: nounits, and bad rows reported") {
  Read read = read_text(nvidia_smi_reader(),
                        "timestamp, power.draw, memory.used\n"
                        "2024/01/15 23:59:59.000, 100, 10\n"
                        "yesterday, 100, 10\n"
                        "2024/01/16 00:00:09.000, -5, 10\n"
                        "2024/01/16 00:00:09.000, 300, 20\n");
  CHECK(read.problems ==
        std::vector<std::string>{
            "3: warning: the row's timestamp is not `YYYY/MM/DD hh:mm:ss.sss`",
            "4: warning: the row's power draw is negative: it is skipped"});
  CHECK(value(read.logged, Quantity::Energy) == doctest::Approx(2000));  // across midnight
  CHECK(value(read.logged, Quantity::Memory) == 20.0 * 1048576);
}

TEST_CASE("auto recognizes each format by its header") {
  CHECK(codecarbon_reader().recognizes(kV1Header));
  CHECK_FALSE(codecarbon_reader().recognizes("timestamp, power.draw [W]"));
  CHECK(nvidia_smi_reader().recognizes("timestamp, name, power.draw [W]"));
  CHECK_FALSE(nvidia_smi_reader().recognizes(kV2Header));
  // `auto` gives the file's first bytes: the header is their first line.
  CHECK(nvidia_smi_reader().recognizes("timestamp, power.draw [W]\r\n2024/01/15 10:00:00.000, 1 W\r\n"));
  CHECK_FALSE(codecarbon_reader().recognizes("timestamp,x\nduration,emissions,energy_consumed\n"));
}

TEST_CASE("the line reader: CRLF, no final newline, and lines longer than its limit") {
  fs::path path = fs::temp_directory_path() / fmt::format("costlint-lines-{}.txt", ::getpid());
  std::ofstream(path, std::ios::binary)
      << "a\r\nb\n" << std::string(LineReader::kMaxLine + 10, 'x') << "\nlast";
  LineReader lines(path.string());
  CHECK(lines.next() == "a");
  CHECK(lines.next() == "b");
  CHECK(lines.next()->size() == LineReader::kMaxLine);
  CHECK(lines.line_number() == 3);
  CHECK(lines.next()->size() == 10);  // the rest of the long line
  CHECK(lines.next() == "last");
  CHECK_FALSE(lines.next());
  fs::remove(path);
  CHECK_FALSE(LineReader("/nonexistent/costlint").ok());
}

TEST_CASE("codecarbon: a log of more runs than any study has is refused, not held") {
  std::string log = kV2Header;
  for (int i = 0; i <= 100'000; ++i) log += fmt::format("t,p,run-{},1,0.001,0.01,1,G,FRA\n", i);
  Read read = read_text(codecarbon_reader(), log);
  CHECK(read.problems ==
        std::vector<std::string>{"100002: error: more than 100000 runs in one log: it is not read "
                                 "further"});
  CHECK(read.logged.figures.empty());
}

TEST_CASE("wandb: the real summary's `_runtime`" * testing::needs_shared()) {
  auto shared = testing::shared_dir();
  REQUIRE(shared);
  Read read = read_file(wandb_reader(), *shared + "/samples/ml-logs/wandb/wandb-summary.json");
  CHECK(read.problems.empty());
  CHECK(value(read.logged, Quantity::Duration) == 5);
  CHECK(figure(read.logged, Quantity::Duration)->fact.source.file->locate(0).line == 1);
}

TEST_CASE("wandb: an older summary's runtime, invalid JSON said once") {
  Read old = read_text(wandb_reader(), "{\"_wandb\": {\"runtime\": 42}}\n");
  CHECK(value(old.logged, Quantity::Duration) == 42);
  CHECK(read_text(wandb_reader(), "{\"_runtime\": \"soon\"}").logged.figures.empty());
  // Python writes NaN, which JSON does not allow: the rest of the summary is still read.
  CHECK(value(read_text(wandb_reader(), "{\"loss\": NaN, \"_runtime\": 5}").logged,
              Quantity::Duration) == 5);
  Read bad = read_text(wandb_reader(), "{\"_runtime\": 5,");
  REQUIRE(bad.problems.size() == 1);
  CHECK(bad.problems[0].find("is not a W&B summary: not one JSON object") != std::string::npos);
  CHECK(read_text(wandb_reader(), std::string(100000, '[')).problems.size() == 1);  // deep, not JSON
  CHECK(wandb_reader().recognizes("{\"loss\": 1, \"_runtime\": 5}"));
  CHECK_FALSE(wandb_reader().recognizes("timestamp,duration"));
}

TEST_CASE("lightning-csv: the epochs of the real metrics.csv, NaN said once a column" *
          testing::needs_shared()) {
  auto shared = testing::shared_dir();
  REQUIRE(shared);
  std::string base = *shared + "/samples/ml-logs/lightning-csvlogger/";
  Read read = read_file(lightning_csv_reader(), base + "metrics.csv");
  CHECK(read.problems.empty());
  CHECK(value(read.logged, Quantity::Epochs) == 50);
  Read nan = read_file(lightning_csv_reader(), base + "metrics_version_0_nan.csv");
  CHECK(nan.problems ==
        std::vector<std::string>{
            "2: note: `train_gen_loss` is first NaN in this row: the run may have diverged",
            "3: note: `train_disc_loss` is first NaN in this row: the run may have diverged"});
  CHECK(value(nan.logged, Quantity::Epochs) == 80);
}

TEST_CASE("lightning-csv: the epochs of a written metrics.csv") {
  Read written = read_text(lightning_csv_reader(),
                           "step,epoch,val_acc\n0,0,0.5\n1,0.5,0.6\n2,,0.7\n3,2,0.8\n");
  CHECK(written.problems ==
        std::vector<std::string>{"3: warning: the row's `epoch` is not a whole number: it is skipped"});
  CHECK(value(written.logged, Quantity::Epochs) == 3);
  const LoggedScore* acc = score(written.logged, "val_acc");
  REQUIRE(acc);
  CHECK(acc->last.value == 0.8);
  CHECK(acc->lowest.value == 0.5);
  CHECK(acc->highest.value == 0.8);
  CHECK(acc->last.source.file->locate(acc->last.source.range.begin).line == 5);
  CHECK(acc->lowest.source.file->locate(acc->lowest.source.range.begin).line == 2);
  CHECK_FALSE(score(written.logged, "epoch"));
  CHECK(lightning_csv_reader().recognizes("step,epoch,train_loss"));
  CHECK_FALSE(lightning_csv_reader().recognizes("timestamp,duration,emissions"));
  CHECK(read_text(lightning_csv_reader(), "a,b\n").problems.size() == 1);
}
