// What the golden manifests cannot show of the X50x rules: the idle floor on a
// device of known idle power, measured or derived, and the fix-it of X505.

#include <doctest/doctest.h>

#include <algorithm>

#include <fmt/format.h>

#include "lint/driver.h"
#include "test_support.h"

using namespace costlint;
using Lines = std::vector<std::string>;

namespace {

/// A catalog of two devices of round figures: one whose idle power was measured,
/// one whose idle power the table derived from its TDP.
const ReferenceData& idle_aware_reference() {
  static const ReferenceData reference = [] {
    std::string error;
    auto catalog = HardwareCatalog::parse(
        "model,aliases,kind,year,tdp_w,idle_w,idle_basis,typical_w,typical_basis,fp32_flops,"
        "tf32_flops,bf16_flops,fp16_flops,fp8_flops,int8_ops,memory_bytes,source\n"
        "Test GPU,,gpu,2024,400,50,measured,400,derived,1e14,,,,,,80e9,test\n"
        "Derived GPU,,gpu,2024,400,50,derived,400,derived,1e14,,,,,,80e9,test\n",
        &error);
    REQUIRE_MESSAGE(catalog, error);
    return ReferenceData{std::move(*catalog), embedded_reference().grid, embedded_reference().models,
                         embedded_reference().benchmarks, ""};
  }();
  return reference;
}

/// The findings of rule `code` for `text`, with their located and unlocated notes.
Lines findings(std::string_view code, const std::string& text) {
  CheckOptions options;
  options.reference = &idle_aware_reference();
  CheckRun run = check_text("test.cost", text, options);
  const SourceFile& file = *run.manifests.at(0).file;
  Lines out;
  for (const Diagnostic& d : run.diagnostics) {
    if (code_name(d.code) != code) continue;
    LineColumn at = file.locate(d.location.range.begin);
    out.push_back(fmt::format("{}:{}: {}", at.line, at.column, d.message));
    for (const DiagnosticNote& note : d.notes) out.push_back("  note: " + note.message);
  }
  return out;
}

}  // namespace

TEST_CASE("X502: an energy below what the devices draw idle, and the worst PUE without a site") {
  CHECK(findings("X502",
                 "costlint 1\nhardware gpus = 8 x \"Test GPU\"\n"
                 "model m { train { hardware = gpus; duration = 10 h; energy = 1 kWh } }\n"
                 "model n { train { hardware = gpus; duration = 10 h; energy = 130 kWh } }\n"
                 "model o { train { hardware = gpus; duration = 10 h; energy = 100 kWh } }\n") ==
        Lines{"3:62: `energy` of 1 kWh is less than `gpus` draws idle in 10 h: at least 4 kWh",
              "  note: 8 × 50 W (measured idle power of `Test GPU`) × 10 h = 4 kWh",
              "4:62: `energy` of 130 kWh is more than `gpus` can draw in 10 h: at most 128 kWh",
              "  note: 8 × 400 W (TDP of `Test GPU`) × 2 (host overhead) × 2 (worst plausible "
              "PUE: the site gives none) × 10 h = 128 kWh"});
}

TEST_CASE("X502 and X504: an idle power derived from the TDP is no floor") {
  CHECK(findings("X502",
                 "costlint 1\nhardware gpus = 8 x \"Derived GPU\"\n"
                 "model m { train { hardware = gpus; duration = 10 h; energy = 1 kWh } }\n")
            .empty());
  CHECK(findings("X504",
                 "costlint 1\n"
                 "model m { infer { hardware = 1 x \"Derived GPU\"\n"
                 "  throughput = 1000 sample/s; energy = 0.001 J/sample } }\n")
            .empty());
}

TEST_CASE("X504: an inference energy per item that means less than the idle power") {
  CHECK(findings("X504",
                 "costlint 1\n"
                 "model m { infer { hardware = 1 x \"Test GPU\"\n"
                 "  throughput = 1000 sample/s; energy = 0.001 J/sample } }\n"
                 "model n { infer { hardware = 1 x \"Test GPU\"\n"
                 "  throughput = 1000 sample/s; energy = 0.2 J/sample } }\n") ==
        Lines{"3:40: `energy` of 0.001 J/item at 1000 item/s means 1 W, less than 1 × `Test GPU` "
              "draws idle: at least 50 W",
              "  note: the declared `throughput`",
              "  note: 1 × 50 W (measured idle power of `Test GPU`) = 50 W"});
}

TEST_CASE("X505: the fix-it inserts `~` before the value, whatever follows it") {
  CheckOptions options;
  options.reference = &idle_aware_reference();
  CheckRun run = check_text("test.cost",
                            "costlint 1\nhardware gpus = 8 x \"Test GPU\"\n"
                            "model m { train { hardware = gpus; compute = 52 GPU.h\n"
                            "  energy = (52 GPU.h * 400 W) / 1 GPU } }\n",
                            options);
  auto x505 = std::find_if(run.diagnostics.begin(), run.diagnostics.end(),
                           [](const Diagnostic& d) { return d.code == RuleCode::X505; });
  REQUIRE(x505 != run.diagnostics.end());
  REQUIRE(x505->fixits.size() == 1);
  const FixIt& fix = x505->fixits[0];
  CHECK(fix.replacement == "~");
  CHECK(fix.location.range.empty());
  const SourceFile& file = *run.manifests.at(0).file;
  CHECK(file.text().substr(fix.location.range.begin, 1) == "(");
  CHECK(file.locate(fix.location.range.begin).line == 4);
}
