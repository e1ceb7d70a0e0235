#include <doctest/doctest.h>

#include <llvm/Support/raw_ostream.h>

#include "lint/driver.h"
#include "reporters/reporter.h"
#include "test_support.h"

using namespace costlint;

namespace {
std::string render(std::string_view text, bool color = false) {
  CheckRun run = check_text("paper.cost", text, testing::front_end_only());
  std::string out;
  llvm::raw_string_ostream stream(out);
  report_text(run, ReportOptions{color, {}}, stream);
  return stream.str();
}
}  // namespace

TEST_CASE("the caret and its range line up under non-ASCII text and tabs") {
  CHECK(render("costlint 1\nhardware g = 8 \xC3\x97 \"A100\"\nmodel m {\n\ttrain { energy = "
               "41.2 h }\n}\n") ==
        "paper.cost:4:19: error: `energy` expects energy or energy per item, found time (`s`) "
        "[S004]\n"
        "\ttrain { energy = 41.2 h }\n"
        "\t                 ^~~~~~\n"
        "1 error in 1 manifest\n");
  CHECK(render("costlint 1\nmodel m { label = \"\xC2\xB5-model\"; train { energy = 5 kwh } }\n") ==
        "paper.cost:2:49: error: unknown unit `kwh`; did you mean `kWh`? [S005]\n"
        "model m { label = \"\xC2\xB5-model\"; train { energy = 5 kwh } }\n"
        "                                                ^~~\n"
        "                                                kWh\n"
        "1 error in 1 manifest\n");
}

TEST_CASE("notes follow their finding with their own snippet") {
  CHECK(render("costlint 1\nsite a { }\nsite a { }\n") ==
        "paper.cost:3:6: error: `a` is already declared as a site [S003]\n"
        "site a { }\n"
        "     ^\n"
        "paper.cost:2:6: note: `a` first declared here\n"
        "site a { }\n"
        "     ^\n"
        "1 error in 1 manifest\n");
}

TEST_CASE("a clean manifest says so, colour only when asked") {
  CHECK(render("costlint 1\n") == "no findings in 1 manifest\n");
  CHECK(render("costlint 2\n", true).find("\x1b[") != std::string::npos);
  CHECK(render("costlint 2\n", false).find("\x1b[") == std::string::npos);
}

TEST_CASE("bidirectional and invisible characters are shown escaped, the caret still under its range") {
  CHECK(render("costlint 1\nmodel m { label = \"a\xE2\x80\xAE" "b\"; x = 1 }\n") ==
        "paper.cost:2:21: warning: an invisible character <U+202E> that can make the line read "
        "otherwise than it is [S016]\n"
        "model m { label = \"a<U+202E>b\"; x = 1 }\n"
        "                    ^~~~~~~~\n"
        "paper.cost:2:26: error: unknown field `x` in a `model` block [S002]\n"
        "model m { label = \"a<U+202E>b\"; x = 1 }\n"
        "                                ^\n"
        "1 error and 1 warning in 1 manifest\n");
}

TEST_CASE("a fix-it away from the caret's line is shown where it goes, line by line, as SARIF has it") {
  CheckRun run = check_text("paper.cost",
                            "costlint 1\nhardware g = 8 x \"NVIDIA A100-SXM4-80GB\"\nmodel m {\n"
                            "  train {\n    hardware = g\n    duration = 10 h\n  }\n}\n");
  std::string out;
  llvm::raw_string_ostream stream(out);
  report_text(run, ReportOptions{false, {}}, stream);
  // C101's estimate goes before the block's closing brace, on a line of its own.
  CHECK(stream.str().find("  train {\n  ^~~~~\nfix-it: insert at paper.cost:7:1\n"
                          "+     compute = ~80 GPU.h\n") != std::string::npos);
}
