// `costlint report --format markdown` and the job summary on a manifest written
// here: each figure marked with its origin, the statement in words.

#include <doctest/doctest.h>

#include <llvm/Support/raw_ostream.h>

#include "lint/driver.h"
#include "reporters/paper_report.h"

using namespace costlint;

namespace {

constexpr const char* kPaper = R"(costlint 1
hardware gpus = 8 x "NVIDIA A100-SXM4-80GB"
site paris { region = "FR"; pue = 1.15; intensity = 56 gCO2e/kWh }
model m {
  parameters = 7 B
  train { hardware = gpus; site = paris; duration = 6.5 h; compute = 52 GPU.h; energy = ~20 kWh }
}
baseline b { kind = simple; train { duration = 4 min } }
)";

std::string render(void (*report)(const CheckRun&, llvm::raw_ostream&)) {
  CheckRun run = check_text("paper.cost", kPaper);
  std::string out;
  llvm::raw_string_ostream stream(out);
  report(run, stream);
  return stream.str();
}

}  // namespace

TEST_CASE("report: a table per system, each figure marked, and a statement in words") {
  std::string markdown = render(report_paper_markdown);
  CHECK(markdown.find("### `m` (model, 7e9 parameters)\n\n"
                      "| phase | hardware | device-time | energy | emissions | memory | throughput |\n"
                      "| --- | --- | --- | --- | --- | --- | --- |\n"
                      "| train | 8 × NVIDIA A100-SXM4-80GB | 52 GPU.h | ~20 kWh (estimated) | ~1.12 kgCO2e "
                      "(1.12 kgCO2e – 1.12 kgCO2e, estimated) |") != std::string::npos);
  CHECK(markdown.find("Training `m` took 52 GPU.h on 8 × NVIDIA A100-SXM4-80GB, used about 20 kWh "
                      "and emitted about 1.12 kgCO2e. Figures marked as estimated are estimates, "
                      "not measurements.") != std::string::npos);
  CHECK(markdown.find("### `b` (baseline)") != std::string::npos);
}

TEST_CASE("report: the job summary counts the findings by family before the report") {
  std::string summary = render(report_step_summary);
  CHECK(summary.starts_with("## costlint: 0 errors, "));
  CHECK(summary.find("| family | errors | warnings | notes |\n| --- | --- | --- | --- |\n") !=
        std::string::npos);
  CHECK(summary.find("| C1xx compute |") != std::string::npos);
  CHECK(summary.find("## Cost disclosure") != std::string::npos);
}
