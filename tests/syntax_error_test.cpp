// Each syntax error pinned whole: position, message and notes. One error per
// file, where the mistake is, naming what was expected.

#include <doctest/doctest.h>

#include <fmt/format.h>

#include "test_support.h"

using costlint::testing::diagnose;
using Lines = std::vector<std::string>;

TEST_CASE("an unclosed block names where it was opened") {
  CHECK(diagnose("costlint 1\nmodel a {\n  train {\n    duration = 6.5 h\n") ==
        Lines{"4:21: error: expected '}' to close the `train` block opened at 3:3, found end of "
              "file [S001]",
              "  3:3: note: `train` block opened here"});
}

TEST_CASE("a missing `=` is reported at the value") {
  CHECK(diagnose("costlint 1\nmodel a {\n  train {\n    duration 6.5 h\n  }\n}\n") ==
        Lines{"4:14: error: expected '=' after `duration`, found `6.5` [S001]"});
}

TEST_CASE("a misspelt top-level keyword gets a suggestion") {
  CHECK(diagnose("costlint 1\nmodle a {\n}\n") ==
        Lines{"2:1: error: expected a top-level item (`paper`, `benchmark`, `hardware`, `site`, "
              "`model` or `baseline`), found `modle`; did you mean `model`? [S001]"});
}

TEST_CASE("an unterminated string points at its opening quote in a note") {
  CHECK(diagnose("costlint 1\npaper {\n  title = \"abc\n}\n") ==
        Lines{"3:15: error: expected '\"' to close the string opened at 3:11 (strings do not "
              "span lines), found end of line [S001]",
              "  3:11: note: string opened here"});
}

TEST_CASE("an unclosed parenthesis names where it was opened") {
  CHECK(diagnose("costlint 1\nmodel a { train { energy = 3 Wh / (1000 token ; } }\n") ==
        Lines{"2:47: error: expected ')' to close the '(' opened at 2:35, found `;` [S001]",
              "  2:35: note: '(' opened here"});
}

TEST_CASE("junk after a value is reported once, where it starts") {
  CHECK(diagnose("costlint 1\nmodel a { train { duration = 6.5 h foo\n }\n}\n") ==
        Lines{"2:36: error: expected a new line or ';' to end the statement, found `foo` [S001]"});
}

TEST_CASE("a block needs a name, a brace and fields") {
  CHECK(diagnose("costlint 1\nmodel {\n}\n") ==
        Lines{"2:7: error: expected a name after `model`, as in `model NAME { ... }`, found `{` "
              "[S001]"});
  CHECK(diagnose("costlint 1\nsite paris\n") ==
        Lines{"2:11: error: expected '{' after `site paris`, found end of line [S001]"});
  CHECK(diagnose("costlint 1\nmodel m {\n  12 h\n}\n") ==
        Lines{"3:3: error: expected a field or '}' in the `model m` block, found `12` [S001]",
              "  2:1: note: `model m` block opened here"});
}

TEST_CASE("values, operators and escapes say what they expected") {
  CHECK(diagnose("costlint 1\npaper { year = }\n") ==
        Lines{"2:16: error: expected a value (a number, a quoted string or a name), found `}` "
              "[S001]"});
  CHECK(diagnose("costlint 1\npaper { year = 2 * }\n") ==
        Lines{"2:20: error: expected a value after '*', found `}` [S001]"});
  CHECK(diagnose("costlint 1\npaper { title = \"a\\qb\" }\n") ==
        Lines{"2:20: error: unknown escape sequence `\\q`; the escapes are `\\\"`, `\\\\`, "
              "`\\n`, `\\t` and `\\u{...}` [S001]"});
  CHECK(diagnose("costlint 1\npaper { title = \"\\u{D800}\" }\n") ==
        Lines{"2:21: error: `\\u{D800}` is not a valid character [S001]"});
  CHECK(diagnose("costlint 1\npaper { year = 1e999 }\n") ==
        Lines{"2:16: error: number `1e999` is out of range [S001]"});
}

TEST_CASE("hardware and evidence lines have fixed shapes") {
  // The model alone is a pool whose count the paper does not give.
  CHECK(diagnose("costlint 1\nhardware gpus = \"A100\"\n").empty());
  CHECK(diagnose("costlint 1\nhardware gpus = A100\n") ==
        Lines{"2:17: error: expected a device pool such as `8 x \"NVIDIA A100-SXM4-80GB\"`, found "
              "`A100` [S001]"});
  CHECK(diagnose("costlint 1\nmodel m { train { evidence codecarbon } }\n") ==
        Lines{"2:39: error: expected the log file as a quoted path, as in `evidence codecarbon "
              "\"logs/run.csv\"`, found `}` [S001]"});
}

TEST_CASE("the header comes first, a stray brace is named") {
  CHECK(diagnose("paper { }\ncostlint 1\n") ==
        Lines{"2:1: error: the header `costlint 1` must be the first statement of the manifest "
              "[S001]"});
  CHECK(diagnose("costlint 1\n}\n") ==
        Lines{"2:1: error: unexpected '}': no block is open here [S001]"});
}

TEST_CASE("bad encodings are located") {
  CHECK(diagnose(std::string("costlint 1\npaper { title = \"a\xFF\" }\n")) ==
        Lines{"2:19: error: invalid UTF-8 byte 0xFF; a manifest is UTF-8 text [S001]"});
  CHECK(diagnose(std::string("costlint 1\npa\0per\n", 18)) ==
        Lines{"2:3: error: NUL byte in manifest; a manifest is UTF-8 text [S001]"});
}

TEST_CASE("deep nesting is a located error, not a stack overflow") {
  std::string deep = "costlint 1\npaper { year = " + std::string(10000, '(') + "1" +
                     std::string(10000, ')') + " }\n";
  CHECK(diagnose(deep) ==
        Lines{"2:80: error: parentheses nest deeper than 64 levels [S001]"});
  std::string braces = "costlint 1\n" + std::string(10000, '{');
  CHECK(diagnose(braces) == Lines{"2:1: error: expected a top-level item (`paper`, "
                                  "`benchmark`, `hardware`, `site`, `model` or `baseline`), "
                                  "found `{` [S001]"});
  std::string chain = "costlint 1\npaper { year = 1";
  for (int i = 0; i < 10000; ++i) chain += " + 1";
  CHECK(diagnose(chain + " }\n") ==
        Lines{"2:1042: error: a value may hold at most 256 operators [S001]"});
}

TEST_CASE("CRLF line ends and a byte order mark are accepted") {
  CHECK(diagnose("\xEF\xBB\xBF" "costlint 1\r\npaper {\r\n  title = \"t\"\r\n}\r\n").empty());
  CHECK(diagnose("costlint 1\r\npaper {\r\n  year 5\r\n}\r\n") ==
        Lines{"3:8: error: expected '=' after `year`, found `5` [S001]"});
}

TEST_CASE("device-time written as papers write it gets a hint to the unit") {
  CHECK(diagnose("costlint 1\nmodel a { train { compute = 52 GPU hours } }\n") ==
        std::vector<std::string>{
            "2:36: error: expected a new line or ';' to end the statement, found `hours` [S001]",
            "  2:36: note: device-time is one unit, written with a dot: `52 GPU.h`, `3 TPU.d`"});
  CHECK(diagnose("costlint 1\nmodel a { train { compute = 52 GPU-h } }\n") ==
        std::vector<std::string>{
            "2:36: error: expected a value after '-', found `h` [S001]",
            "  2:36: note: device-time is one unit, written with a dot: `52 GPU.h`, `3 TPU.d`"});
}

TEST_CASE("a unit written as people often write it is offered the manifest's symbol") {
  for (auto [written, symbol] : {std::pair{"128 G", "GB"}, {"52 gpu.h", "GPU"}, {"3 hours", "h"},
                                 {"5 tCO2eq", "tCO2e"}, {"41 kwh", "kWh"}}) {
    auto found = diagnose(std::string("costlint 1\nmodel a { train { memory = ") + written + " } }\n");
    REQUIRE_FALSE(found.empty());
    CHECK(found[0].find(fmt::format("; did you mean `{}`? [S005]", symbol)) != std::string::npos);
  }
}
