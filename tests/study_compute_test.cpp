// A study's total compute (`paper { compute }`): what its systems declare may not
// exceed it (X504), and a model without its own still lacks it (C101, which says
// the paper gives only the total).

#include <doctest/doctest.h>

#include <string>

#include "lint/driver.h"

using namespace costlint;

namespace {

std::string study(std::string_view total) {
  return "costlint 1\npaper { title = \"t\"; year = 2022; compute = " + std::string(total) +
         " }\nhardware gpu = 1 x \"NVIDIA V100-SXM2-32GB\"\n"
         "model resnet { train { hardware = gpu; duration = 15000 h; compute = 15000 GPU.h } }\n"
         "model saint { train { hardware = gpu; duration = 9000 h; compute = 9000 GPU.h } }\n"
         "model mlp { train { hardware = gpu; duration = 100 h } }\n";
}

std::vector<const Diagnostic*> of(const CheckRun& run, RuleCode code) {
  std::vector<const Diagnostic*> out;
  for (const Diagnostic& d : run.diagnostics)
    if (d.code == code) out.push_back(&d);
  return out;
}

}  // namespace

TEST_CASE("study compute: its systems may not declare more than the whole study") {
  CheckRun over = check_text("paper.cost", study("20000 device.h"));
  auto x504 = of(over, RuleCode::X504);
  REQUIRE(x504.size() == 1);
  CHECK(x504[0]->message ==
        "the study's `compute` of 20000 device.h is less than its 2 phases declare: 24000 device.h");
  CHECK(x504[0]->location.range.begin == study("").find("compute = ") + 10);
  // Within the total (5% tolerated, as device-hours are rounded): silent.
  CHECK(of(check_text("paper.cost", study("24000 GPU.h")), RuleCode::X504).empty());
  CHECK(of(check_text("paper.cost", study("23000 GPU.h")), RuleCode::X504).empty());
  // FLOP and device-time are not summed together: silent.
  CHECK(of(check_text("paper.cost", study("1e18 FLOP")), RuleCode::X504).empty());
}

TEST_CASE("study compute: a model without its own compute is still told, with the total") {
  CheckRun run = check_text("paper.cost", study("20000 device.h"));
  auto c101 = of(run, RuleCode::C101);
  REQUIRE(c101.size() == 1);  // mlp
  CHECK(c101[0]->message.ends_with("; the paper gives only the whole study's, 20000 device.h"));
  // A study's compute is device-time or FLOP.
  CheckRun bad = check_text("paper.cost", study("20 kWh"));
  CHECK(of(bad, RuleCode::S004).size() == 1);
}
