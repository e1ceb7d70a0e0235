// Replays the corpus the fuzzers built (tests/fuzz_regressions/: manifest/ for
// the manifest fuzzer, evidence/FORMAT/ for each reader's, extract/ for the
// paper extractor's) through the whole
// pipeline and every report, and compares what each input gives with what it
// gave when the corpus was kept (expected.txt): the exit status and the codes
// found for a manifest; the figures, scores and problems for a log. A build
// whose parser accepted everything, or whose readers read nothing, fails here.
// After a deliberate change, COSTLINT_RECORD_FUZZ=1 writes expected.txt anew.

#include <doctest/doctest.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>

#include <unistd.h>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "corpus/hardware_catalog.h"
#include "extract/draft_manifest.h"
#include "extract/extractor.h"
#include "fuzz/draft_errors.h"
#include "fuzz/every_report.h"
#include "fuzz/evidence_layout.h"
#include "fuzz/paper_layout.h"
#include "fuzz/two_part_reading.h"
#include "ingest/evidence_reader.h"
#include "ir/field_schema.h"
#include "lint/driver.h"
#include "test_support.h"

using namespace costlint;
namespace fs = std::filesystem;

namespace {

const std::string kFolder = testing::source_dir() + "/tests/fuzz_regressions";

std::vector<fs::path> inputs_in(const fs::path& folder) {
  std::vector<fs::path> out;
  for (const auto& entry : fs::directory_iterator(folder))
    if (entry.is_regular_file() && !entry.path().filename().string().starts_with("."))
      out.push_back(entry.path());
  std::sort(out.begin(), out.end());
  return out;
}

/// What a manifest gives: its exit status and the codes found, every report
/// rendered. It sits in an empty folder that is its root, so that the logs it
/// names are the same (absent) wherever the test runs.
std::string manifest_outcome(const std::string& text) {
  // Per process: two test runs on one machine must not clear each other's folder.
  // Removed when the tests end, as a static's destructor runs.
  static const struct EmptyRoot {
    fs::path path = fs::temp_directory_path() / fmt::format("costlint-fuzz-manifest-root-{}", ::getpid());
    EmptyRoot() {
      fs::remove_all(path);
      fs::create_directories(path);
    }
    ~EmptyRoot() {
      std::error_code ignored;
      fs::remove_all(path, ignored);
    }
  } root;
  CheckOptions options;
  options.root = root.path.string();
  CheckRun run = check_text((root.path / "fuzz.cost").string(), text, options);
  fuzzing::render_every_report(run);
  std::set<std::string_view> codes;
  for (const Diagnostic& d : run.diagnostics) codes.insert(code_name(d.code));
  return fmt::format("exit={} codes={}", run.exit_status(), fmt::join(codes, ","));
}

/// What a log gives its reader: the quantities of its figures, its scores, its problems.
std::string evidence_outcome(const EvidenceReader& reader, const std::string& bytes) {
  fs::path scratch = fs::temp_directory_path() / fmt::format("costlint-fuzz-regression-{}", ::getpid());
  fs::remove_all(scratch);
  fs::path path = fuzzing::lay_out(reader, bytes, scratch);
  DiagnosticSink sink;
  LogReading logged = fuzzing::read_laid_out(reader, path, scratch, sink);
  fs::remove_all(scratch);
  std::vector<std::string> figures;
  for (const LoggedFigure& figure : logged.figures) {
    CHECK(figure.fact.value >= 0);  // a logged total is never negative or NaN
    figures.emplace_back(field_name(figure.quantity));
  }
  if (logged.device_count) CHECK(*logged.device_count <= 1'000'000u);
  return fmt::format("figures={} scores={} problems={}", fmt::join(figures, ","),
                     logged.scores.size(), sink.diagnostics().size());
}

/// What a paper's source gives the extractor, as fuzz/fuzz_extract.cpp feeds it
/// (fuzz/paper_layout.h): the figures of its statements.
std::string extract_outcome(const std::string& bytes) {
  static const HardwareCatalog hardware = [] {
    std::string error;
    return *HardwareCatalog::load("", &error);
  }();
  auto paper = fuzzing::paper_source(bytes);
  if (!paper) return "empty";
  std::vector<extract::CostStatement> statements = extract::extract_text(paper->text, paper->path, hardware);
  CHECK(fuzzing::read_alike_in_two_parts(paper->text, paper->path, hardware));
  std::vector<std::string_view> figures;
  for (const extract::CostStatement& s : statements) {
    CHECK(s.value >= 0);  // finite and never negative
    CHECK(s.line >= 1);
    figures.push_back(extract::figure_name(s.figure));
  }
  for (const std::string& error :
       fuzzing::draft_errors(extract::draft_manifest({{paper->path, std::move(statements), ""}})))
    FAIL_CHECK("the draft does not read: " << error);
  return fmt::format("statements={}", fmt::join(figures, ","));
}

/// Every input, relative to kFolder, with what it gives now.
std::map<std::string, std::string> outcomes() {
  std::map<std::string, std::string> out;
  for (const fs::path& input : inputs_in(kFolder + "/manifest"))
    out["manifest/" + input.filename().string()] = manifest_outcome(testing::read_file(input));
  for (const fs::path& input : inputs_in(kFolder + "/extract"))
    out["extract/" + input.filename().string()] = extract_outcome(testing::read_file(input));
  for (const auto& format : fs::directory_iterator(kFolder + "/evidence")) {
    std::string name = format.path().filename().string();
    const EvidenceReader* reader = find_reader(name);
    REQUIRE_MESSAGE(reader, "no reader for " << name);
    for (const fs::path& input : inputs_in(format.path())) {
      CAPTURE(input.string());
      out["evidence/" + name + "/" + input.filename().string()] =
          evidence_outcome(*reader, testing::read_file(input));
    }
  }
  return out;
}

}  // namespace

TEST_CASE("the fuzzers' corpus gives what it gave when it was kept") {
  std::map<std::string, std::string> now = outcomes();
  std::string expected_path = kFolder + "/expected.txt";
  if (std::getenv("COSTLINT_RECORD_FUZZ")) {
    std::ofstream out(expected_path);
    for (const auto& [input, outcome] : now) out << input << ": " << outcome << "\n";
    MESSAGE("recorded " << now.size() << " inputs in " << expected_path);
  }
  std::map<std::string, std::string> expected;
  std::ifstream in(expected_path);
  for (std::string line; std::getline(in, line);) {
    size_t colon = line.find(": ");
    if (colon != std::string::npos) expected[line.substr(0, colon)] = line.substr(colon + 2);
  }
  CHECK(now.size() >= 100);  // the corpus is kept, not a handful of files
  for (const auto& [input, outcome] : now) {
    CAPTURE(input);
    REQUIRE_MESSAGE(expected.count(input), "not in expected.txt: record it");
    CHECK(outcome == expected[input]);
  }
  CHECK(expected.size() == now.size());
  // The corpus holds manifests that parse and ones that do not, and logs that yield figures.
  auto count = [&](std::string_view prefix, std::string_view part) {
    return std::count_if(now.begin(), now.end(), [&](const auto& entry) {
      return entry.first.starts_with(prefix) && entry.second.find(part) != std::string::npos;
    });
  };
  CHECK(count("manifest/", "codes=S001") > 0);
  CHECK(count("manifest/", "exit=0") + count("manifest/", "exit=1") > 0);
  CHECK(count("evidence/", "figures=duration") > 0);
  CHECK(count("extract/", "hardware") > 0);
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
