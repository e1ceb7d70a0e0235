// The one CSV table reader: quoted line breaks, BOM, CRLF, comment lines before
// the header, rows of the header's width, and errors located by file and line.

#include <doctest/doctest.h>

#include <string>

#include "ir/csv_table.h"

using namespace costlint;

namespace {

/// The header and each row as "LINE: field|field", or the error as it is shown.
std::vector<std::string> read(std::string_view text, const CsvLimits& limits = {}) {
  CsvError error;
  std::optional<CsvTable> table = read_csv_table(text, "t.csv", &error, limits);
  if (!table) return {error.located()};
  std::vector<std::string> out;
  auto shown = [](size_t line, const std::vector<std::string>& fields) {
    std::string text = std::to_string(line) + ":";
    for (size_t i = 0; i < fields.size(); ++i) text += (i ? "|" : " ") + fields[i];
    return text;
  };
  out.push_back(shown(table->header_line, table->header));
  for (const CsvRow& row : table->rows) out.push_back(shown(row.line, row.fields));
  return out;
}

}  // namespace

TEST_CASE("csv table: a quoted field holds commas, doubled quotes and line breaks") {
  CHECK(read("a,b\n\"x, y\",\"say \"\"hi\"\"\"\n\"two\nlines\",z\nlast,1\n") ==
        std::vector<std::string>{"1: a|b", "2: x, y|say \"hi\"", "3: two\nlines|z",
                                 "5: last|1"});
}

TEST_CASE("csv table: BOM, CRLF, a CR inside quotes, blank lines, no final newline") {
  CHECK(read("\xEF\xBB\xBF" "a,b\r\n\r\n1,\"x\r\ny\"\r\n2,") ==
        std::vector<std::string>{"1: a|b", "3: 1|x\r\ny", "5: 2|"});
  CHECK(read("a\r") == std::vector<std::string>{"1: a"});
  CHECK(read("") == std::vector<std::string>{"t.csv: no header row"});
}

TEST_CASE("csv table: comment lines before the header say where the table comes from") {
  CHECK(read("# from somewhere, under some licence\n# a second line\nx,y\n1,2\n") ==
        std::vector<std::string>{"3: x|y", "4: 1|2"});
}

TEST_CASE("csv table: malformed input is located by file and line") {
  CHECK(read("a,b\n1,\"open\n\n") ==
        std::vector<std::string>{"t.csv:2: a quoted field is not closed before the end of the file"});
  CHECK(read("a\n\"x\"y\n") ==
        std::vector<std::string>{"t.csv:2: `y` after a closing quote; a field with a quote must "
                                 "be quoted whole, its quotes doubled"});
  CHECK(read("a\n\"x\"\x01") ==
        std::vector<std::string>{"t.csv:2: byte 0x01 after a closing quote; a field with a quote "
                                 "must be quoted whole, its quotes doubled"});
  // A row of another width, after a row that spans two lines.
  CHECK(read("a,b\n\"1\n2\",3\n4\n") == std::vector<std::string>{"t.csv:4: 1 fields; the header has 2"});
}

TEST_CASE("csv table: rows and fields are bounded, and an unclosed quote ends in linear time") {
  CHECK(read("a\nb\nc\n", {1, 10}) == std::vector<std::string>{"t.csv:3: more than 1 rows"});
  CHECK(read("a,b,c\n", {10, 2}) == std::vector<std::string>{"t.csv:1: more than 2 fields in a row"});
  std::string hostile = "a\n\"" + std::string(16 << 20, 'x');
  CHECK(read(hostile) ==
        std::vector<std::string>{"t.csv:2: a quoted field is not closed before the end of the file"});
}

TEST_CASE("csv table: columns by name, in any case when asked") {
  CsvError error;
  auto table = read_csv_table("System,Date\nA,2024\n", "t.csv", &error);
  REQUIRE(table);
  CHECK(table->column("Date") == 1u);
  CHECK_FALSE(table->column("date"));
  CHECK(table->column("date", true) == 1u);
  CHECK(table->header_is("System,Date"));
  CHECK(table->error_at(table->rows[0], "bad").located() == "t.csv:2: bad");
}
