// Replays every input the fuzzer ever found troublesome (tests/fuzz_regressions/):
// each must be checked to the end, with a finding or without, and never crash.

#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>

#include <llvm/Support/raw_ostream.h>

#include "fuzz/evidence_layout.h"
#include "ingest/evidence_reader.h"
#include "ir/field_schema.h"
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
    report_text(run, ReportOptions{true, {}}, out);
    report_sarif(run, ReportOptions{}, out);
    CHECK((run.manifests.back().disclosure || !run.diagnostics.empty()));
    ++replayed;
  }
  MESSAGE("replayed " << replayed << " fuzzer inputs");
}

TEST_CASE("every evidence reader has a fuzz target") {
  std::vector<std::string> fuzzed;
  for (std::string_view list = COSTLINT_EVIDENCE_FORMATS; !list.empty();) {
    size_t end = std::min(list.find(','), list.size());
    fuzzed.emplace_back(list.substr(0, end));
    list.remove_prefix(std::min(end + 1, list.size()));
  }
  std::vector<std::string> readers;
  for (const EvidenceReader* reader : all_readers()) readers.emplace_back(reader->format());
  std::sort(fuzzed.begin(), fuzzed.end());
  std::sort(readers.begin(), readers.end());
  CHECK(fuzzed == readers);
  // And every format the language accepts is read.
  for (std::string_view format : evidence_formats())
    CHECK_MESSAGE((format == "auto" || find_reader(format)), "no reader for " << format);
  for (const std::string& format : fuzzed)
    CHECK_MESSAGE(std::filesystem::is_directory(testing::source_dir() + "/fuzz/seeds/" + format),
                  "no seeds for " << format);
}

TEST_CASE("fuzzer regressions of the evidence readers are read without a crash") {
  // As fuzz/fuzz_evidence.cpp does: tests/fuzz_regressions/evidence/FORMAT/*
  // are laid out for FORMAT's reader and read by it.
  std::string folder = testing::source_dir() + "/tests/fuzz_regressions/evidence";
  int replayed = 0;
  for (const auto& format : std::filesystem::directory_iterator(folder)) {
    const EvidenceReader* reader = find_reader(format.path().filename().string());
    REQUIRE_MESSAGE(reader, "no reader for " << format.path().string());
    for (const auto& entry : std::filesystem::directory_iterator(format.path())) {
      CAPTURE(entry.path().string());
      auto scratch = std::filesystem::temp_directory_path() / "costlint-regression";
      auto path = fuzzing::lay_out(*reader, testing::read_file(entry.path().string()), scratch);
      LogReading logged = fuzzing::read_laid_out(*reader, path, scratch);
      std::filesystem::remove_all(scratch);
      for (const LoggedFigure& figure : logged.figures) CHECK(figure.fact.value >= 0);
      if (logged.device_count) CHECK(*logged.device_count <= 1'000'000u);
      ++replayed;
    }
  }
  CHECK(replayed >= 1);
}
