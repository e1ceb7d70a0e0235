// Golden tests in the style of clang's -verify: each manifest under
// tests/golden/ carries its expected findings as comments,
//
//   energy = 41.2 h   # expect-error S004 {{expects energy}}
//   # expect-error@+1:12 S002 {{unknown site}}
//   # expect-note@3 {{first declared here}}
//
// `@+N`/`@-N` is relative to the comment's line, `@N` absolute, `:C` a column.
// Every finding and every note located in the file must be expected, and every
// expectation met; the estimator's notes ("estimate: ..."), which change as it
// is calibrated, only in files that say `# verify-estimates` (as clang's
// -verify-ignore-unexpected=note does for notes). The exit status must follow: 2 with a syntax error, 1 with
// any other error, else 0. A line `# reference-points KEY PATH` places the
// systems scored on benchmark KEY against the points of the CSV at PATH (relative
// to the source tree), as `--reference` does.

#include <doctest/doctest.h>

#include <filesystem>
#include <regex>
#include <sstream>

#include <fmt/format.h>

#include "lint/driver.h"
#include "corpus/reference_points.h"
#include "test_support.h"

using namespace costlint;

namespace {

struct Finding {
  std::string severity, code;
  uint32_t line = 0, column = 0;
  std::string message;
  bool matched = false;

  std::string str() const {
    return fmt::format("{}:{}: {} {} {}", line, column, severity, code, message);
  }
};

std::vector<Finding> expectations(const std::string& text) {
  static const std::regex directive(
      R"(expect-(error|warning|note)(?:@([+-]?)(\d+))?(?::(\d+))?(?:\s+([A-Z]\d{3}))?\s*\{\{(.*?)\}\})");
  std::vector<Finding> out;
  std::istringstream lines(text);
  std::string line;
  for (uint32_t number = 1; std::getline(lines, line); ++number) {
    size_t hash = line.find('#');
    if (hash == std::string::npos) continue;
    std::string comment = line.substr(hash);
    for (std::sregex_iterator it(comment.begin(), comment.end(), directive), end; it != end; ++it) {
      const std::smatch& m = *it;
      Finding f;
      f.severity = m[1];
      uint32_t target = number;
      if (m[3].matched) {
        auto n = static_cast<uint32_t>(std::stoul(m[3]));
        target = m[2] == "+" ? number + n : m[2] == "-" ? number - n : n;
      }
      f.line = target;
      f.column = m[4].matched ? static_cast<uint32_t>(std::stoul(m[4])) : 0;
      f.code = m[5];
      f.message = m[6];
      // `{{}}` would match any message: an expectation says what it expects.
      CHECK_MESSAGE(!f.message.empty(), "line " << number << ": an empty {{}} expects nothing");
      out.push_back(f);
    }
  }
  return out;
}

std::vector<Finding> findings(const CheckRun& run, const SourceFile& file) {
  bool estimates = file.text().find("# verify-estimates") != std::string_view::npos;
  std::vector<Finding> out;
  auto add = [&](std::string severity, std::string code, const Location& at, std::string message) {
    if (at.file != &file) return;
    LineColumn p = file.locate(at.range.begin);
    out.push_back({std::move(severity), std::move(code), at.whole_file ? 0 : p.line,
                   at.whole_file ? 0 : p.column, std::move(message)});
  };
  for (const Diagnostic& d : run.diagnostics) {
    add(std::string(severity_name(d.severity)), std::string(code_name(d.code)), d.location, d.message);
    // A note that points nowhere is expected on its finding's line.
    for (const DiagnosticNote& note : d.notes)
      if (estimates || !note.message.starts_with("estimate: "))
        add("note", "", note.location.file ? note.location : d.location, note.message);
  }
  return out;
}

bool meets(const Finding& expected, const Finding& actual) {
  return expected.severity == actual.severity && expected.line == actual.line &&
         (expected.column == 0 || expected.column == actual.column) &&
         (expected.code.empty() || expected.code == actual.code) &&
         actual.message.find(expected.message) != std::string::npos;
}

/// The embedded reference data, with the points each `# reference-points` line names.
ReferenceData reference_for(const std::string& text) {
  ReferenceData data = embedded_reference();
  static const std::regex directive(R"(# reference-points (\S+) (\S+))");
  for (std::sregex_iterator it(text.begin(), text.end(), directive), end; it != end; ++it) {
    std::string error;
    bool added = data.benchmarks.add_points(
        testing::read_file(testing::source_dir() + "/" + (*it)[2].str()), (*it)[1].str(), &error,
        (*it)[2].str());
    REQUIRE_MESSAGE(added, error);
  }
  return data;
}

/// Checks the manifest at `path` against the expectations in `expected_text`:
/// its own comments, or a side file for a manifest a user reads.
void verify(const std::string& path, CheckOptions options, const std::string& expected_text) {
  CAPTURE(path);
  options.root = testing::source_dir();
  const std::string text = testing::read_file(path);
  ReferenceData reference = reference_for(text);
  options.reference = &reference;
  CheckRun run = check_manifests({path}, options);
  REQUIRE(run.manifests.size() == 1);
  std::vector<Finding> expected = expectations(expected_text);
  std::vector<Finding> actual = findings(run, *run.manifests[0].file);
  for (Finding& e : expected) {
    auto it = std::find_if(actual.begin(), actual.end(),
                           [&](const Finding& a) { return !a.matched && meets(e, a); });
    if (it == actual.end()) {
      FAIL_CHECK("expected but not seen: " << e.str());
      continue;
    }
    it->matched = true;
  }
  for (const Finding& a : actual)
    if (!a.matched) FAIL_CHECK("seen but not expected: " << a.str());

  bool syntax = std::any_of(expected.begin(), expected.end(),
                            [](const Finding& f) { return f.code == "S001"; });
  bool error = std::any_of(expected.begin(), expected.end(),
                           [](const Finding& f) { return f.severity == "error"; });
  CHECK(run.exit_status() == (syntax ? 2 : error ? 1 : 0));
}

/// Verifies every manifest in `folder` (relative to the source tree).
void verify_folder(const std::string& folder, const CheckOptions& options, size_t at_least) {
  std::vector<std::string> paths;
  for (const auto& entry : std::filesystem::directory_iterator(testing::source_dir() + "/" + folder))
    if (entry.path().extension() == ".cost") paths.push_back(entry.path().string());
  std::sort(paths.begin(), paths.end());
  REQUIRE(paths.size() >= at_least);
  for (const std::string& path : paths) {
    SUBCASE(std::filesystem::path(path).filename().string().c_str()) {
      verify(path, options, testing::read_file(path));
    }
  }
}

}  // namespace

TEST_CASE("golden: the front end's findings, without rules") {
  verify_folder("tests/golden/front_end", testing::front_end_only(), 10);
}

TEST_CASE("golden: each rule fires where it should and nowhere else") {
  verify_folder("tests/golden/rules", CheckOptions{}, 1);
}

TEST_CASE("golden: each profile applies its rules") {
  verify_folder("tests/golden/profiles", CheckOptions{}, 1);
}

TEST_CASE("golden: the examples a user reads find what tests/golden/examples/ lists") {
  // The examples carry no test annotations: they show in every caret excerpt.
  std::string examples = testing::source_dir() + "/corpus/examples/";
  size_t checked = 0;
  for (const auto& entry : std::filesystem::directory_iterator(examples)) {
    if (entry.path().extension() != ".cost") continue;
    std::string name = entry.path().stem().string();
    SUBCASE(name.c_str()) {
      CHECK(testing::read_file(entry.path().string()).find("expect-") == std::string::npos);
      std::string listed = testing::source_dir() + "/tests/golden/examples/" + name + ".expected";
      REQUIRE_MESSAGE(std::filesystem::exists(listed), "no " << listed);
      verify(entry.path().string(), CheckOptions{}, testing::read_file(listed));
    }
    ++checked;
  }
  CHECK(checked >= 3);
}
