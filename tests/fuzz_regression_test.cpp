// Replays every input the fuzzer ever found troublesome (tests/fuzz_regressions/):
// each must be checked to the end, with a finding or without, and never crash.

#include <doctest/doctest.h>

#include <filesystem>

#include <llvm/Support/raw_ostream.h>

#include "lint/driver.h"
#include "reporters/reporter.h"
#include "test_support.h"

using namespace costlint;

TEST_CASE("fuzzer regressions are checked without a crash") {
  int replayed = 0;
  for (const auto& entry : std::filesystem::directory_iterator(testing::source_dir() +
                                                               "/tests/fuzz_regressions")) {
    if (entry.path().filename().string().starts_with(".")) continue;
    CAPTURE(entry.path().string());
    CheckRun run = check_text("fuzz.cost", testing::read_file(entry.path().string()));
    llvm::raw_null_ostream out;
    report_text(run, ReportOptions{true}, out);
    report_sarif(run, ReportOptions{}, out);
    CHECK((run.manifests.back().disclosure || !run.diagnostics.empty()));
    ++replayed;
  }
  MESSAGE("replayed " << replayed << " fuzzer inputs");
}
