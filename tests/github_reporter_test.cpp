// `--format github`: workflow commands the runner reads, escaped as it
// requires, most severe first, with a last line on what it will not show.

#include <doctest/doctest.h>

#include <sstream>

#include <llvm/Support/raw_ostream.h>

#include "lint/driver.h"
#include "reporters/reporter.h"
#include "test_support.h"

using namespace costlint;

namespace {

std::string annotations(std::string_view path, std::string_view text, std::string workspace = {}) {
  CheckRun run = check_text(std::string(path), text, testing::front_end_only());
  std::string out;
  llvm::raw_string_ostream stream(out);
  report_github(run, ReportOptions{false, std::move(workspace)}, stream);
  return stream.str();
}

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

}  // namespace

TEST_CASE("github: one workflow command per finding, with its range and code as title") {
  CHECK(annotations("paper.cost", "costlint 1\nmodel m { train { energy = 41.2 h } }\n") ==
        "::error file=paper.cost,line=2,col=28,endLine=2,endColumn=34,title=S004::`energy` "
        "expects energy or energy per item, found time (`s`)\n"
        "costlint: 1 error, 0 warnings, 0 notes in 1 manifest\n");
}

TEST_CASE("github: the message escapes % and line breaks, and properties escape : and , too") {
  std::string out = annotations("dir/a,b:c%.cost", "costlint 1\nsite a { }\nsite a { }\n");
  // The note (the first declaration) follows the message after an escaped line feed.
  CHECK(out ==
        "::error file=dir/a%2Cb%3Ac%25.cost,line=3,col=6,endLine=3,endColumn=7,title=S003::`a` is "
        "already declared as a site%0Adir/a,b:c%25.cost:2: note: `a` first declared here\n"
        "costlint: 1 error, 0 warnings, 0 notes in 1 manifest\n");
}

TEST_CASE("github: most severe first, and a count of what the runner will not show") {
  std::string text = "costlint 1\n";
  for (int i = 0; i < 12; ++i) text += "model m" + std::to_string(i) + " { train { energy = 1 h } }\n";
  text += "model m0 { }\n";  // an error of another code, last in the file
  std::vector<std::string> lines = lines_of(annotations("paper.cost", text));
  REQUIRE(lines.size() == 14);
  for (size_t i = 0; i < 13; ++i) CHECK(lines[i].starts_with("::error "));
  CHECK(lines.back() ==
        "costlint: 13 errors, 0 warnings, 0 notes in 1 manifest; the runner shows 10 of each per "
        "step, so 3 errors are not shown as annotations (the SARIF report has them all)");
}

TEST_CASE("github: paths are relative to the workspace when the file is inside it") {
  std::string root = "/nonexistent/workspace";  // the paths are compared, not opened
  std::string out = annotations(root + "/sub/paper.cost", "costlint 1\nmodel m { x = 1 }\n", root);
  CHECK(out.starts_with("::error file=sub/paper.cost,line=2,"));
  std::string outside = annotations("/elsewhere/paper.cost", "costlint 1\nmodel m { x = 1 }\n", root);
  CHECK(outside.starts_with("::error file=/elsewhere/paper.cost,"));
}
