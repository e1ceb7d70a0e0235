// The Eco2AI reader on emission.csv files laid out as Eco2AI's
// emission_track.py writes them (columns, "N/A", device strings, training rows).

#include <doctest/doctest.h>

#include "ingest/readers.h"
#include "ingest_support.h"
#include "test_support.h"

using namespace costlint;

namespace {

constexpr const char* kHeader =
    "id,project_name,experiment_description,epoch,start_time,duration(s),"
    "power_consumption(kWh),CO2_emissions(kg),CPU_name,GPU_name,OS,region/country,cost\n";

}  // namespace

TEST_CASE("eco2ai: training rows are epochs, totals are sums, metrics are scores") {
  std::string seeds = testing::source_dir() + "/fuzz/seeds/eco2ai/";
  Read read = read_file(eco2ai_reader(), seeds + "training");
  CHECK(read.problems.empty());
  CHECK(value(read.logged, Quantity::Duration) == doctest::Approx(1198.6));
  CHECK(value(read.logged, Quantity::Energy) == doctest::Approx(0.61 * 3.6e6));
  CHECK(value(read.logged, Quantity::Emissions) == doctest::Approx(33.7));
  CHECK(value(read.logged, Quantity::Epochs) == 2);
  REQUIRE(read.logged.device_model);
  CHECK(read.logged.device_model->value == "NVIDIA A100-SXM4-40GB");
  CHECK(read.logged.device_count == 4u);
  REQUIRE(read.logged.region);
  CHECK(read.logged.region->value == "FR/Île-de-France");
  const LoggedScore* accuracy = score(read.logged, "accuracy");
  REQUIRE(accuracy);
  CHECK(accuracy->last.value == 0.74);
  CHECK(accuracy->lowest.value == 0.61);
  const SourceFile& file = *accuracy->last.source.file;
  CHECK(file.text().substr(accuracy->last.source.range.begin,
                           accuracy->last.source.range.end - accuracy->last.source.range.begin) ==
        " 0.74");
}

TEST_CASE("eco2ai: a run without GPU names its CPU, N/A epoch is no epoch") {
  Read read = read_file(eco2ai_reader(), testing::source_dir() + "/fuzz/seeds/eco2ai/run");
  CHECK(read.problems.empty());
  CHECK(value(read.logged, Quantity::Energy) == doctest::Approx(7200));
  CHECK_FALSE(figure(read.logged, Quantity::Epochs));
  REQUIRE(read.logged.device_model);
  CHECK(read.logged.device_model->value == "CPU");
  CHECK(read.logged.device_count == 1u);
}

TEST_CASE("eco2ai: older kWTh column, bad rows reported and skipped") {
  std::string header = kHeader;
  header.replace(header.find("(kWh)"), 5, "(kWTh)");
  Read read = read_text(eco2ai_reader(),
                        header +
                            "a,p,d,N/A,t,10,0.5,0.1,cpu,gpu,Linux,FR,0\n"
                            "b,p,d,N/A,t,nan,0.5,0.1,cpu,gpu,Linux,FR,0\n"
                            "c,p,d,N/A,t,10,-1,0.1,cpu,gpu,Linux,FR,0\n"
                            "d,p,d\n");
  CHECK(read.problems ==
        std::vector<std::string>{
            "3: warning: `nan` is not a duration, energy or emissions figure: the row is skipped",
            "4: warning: `-1` is not a duration, energy or emissions figure: the row is skipped",
            "5: warning: the row has 3 fields, the header 13"});
  CHECK(value(read.logged, Quantity::Energy) == doctest::Approx(1.8e6));
  CHECK(value(read.logged, Quantity::Duration) == 10);
}

TEST_CASE("eco2ai: recognized by its header, and not a CodeCarbon log") {
  CHECK(eco2ai_reader().recognizes(kHeader));
  CHECK_FALSE(codecarbon_reader().recognizes(kHeader));
  CHECK_FALSE(eco2ai_reader().recognizes("timestamp,project_name,duration,emissions"));
  Read other = read_text(eco2ai_reader(), "timestamp,duration,emissions\n1,2,3\n");
  REQUIRE(other.problems.size() == 1);
  CHECK(other.problems[0].find("not an Eco2AI emission.csv") != std::string::npos);
}
