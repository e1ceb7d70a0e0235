// Replays every input the fuzzer ever found troublesome (tests/fuzz_regressions/):
// each must be checked to the end, with a finding or without, and never crash.

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>

#include <llvm/Support/raw_ostream.h>

#include "ingest/evidence_reader.h"
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

TEST_CASE("fuzzer regressions of the evidence readers are read without a crash") {
  // As fuzz/fuzz_evidence.cpp does: the first byte picks the reader.
  std::string folder = testing::source_dir() + "/tests/fuzz_regressions/evidence";
  int replayed = 0;
  for (const auto& entry : std::filesystem::directory_iterator(folder)) {
    std::string bytes = testing::read_file(entry.path().string());
    if (bytes.empty()) continue;
    CAPTURE(entry.path().string());
    const auto& readers = all_readers();
    const EvidenceReader& reader =
        *readers[static_cast<unsigned char>(bytes[0]) % readers.size()];
    auto log = std::filesystem::temp_directory_path() / "costlint-regression.log";
    std::ofstream(log, std::ios::binary) << bytes.substr(1);
    LineReader lines(log.string());
    DiagnosticSink sink;
    std::vector<std::unique_ptr<SourceFile>> excerpts;
    LogInput input(lines, "log.csv", "log.csv", sink, excerpts);
    LoggedEvidence logged = reader.read(input);
    for (const LoggedFigure& figure : logged.figures) CHECK(figure.fact.value >= 0);
    if (logged.device_count) CHECK(*logged.device_count <= 1'000'000u);
    std::filesystem::remove(log);
    ++replayed;
  }
  CHECK(replayed >= 1);
}
