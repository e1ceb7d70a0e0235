// The record-level CSV reader: quoted line breaks, BOM, CRLF, and located errors.

#include <doctest/doctest.h>

#include "corpus/csv_records.h"

using namespace costlint;

namespace {

/// Each record as "LINE: field|field", or the error as "LINE: message".
std::vector<std::string> read(std::string_view text, const CsvLimits& limits = {}) {
  std::vector<CsvRecord> records;
  CsvError error;
  if (!read_csv_records(text, &records, &error, limits))
    return {std::to_string(error.line) + ": " + error.message};
  std::vector<std::string> out;
  for (const CsvRecord& record : records) {
    std::string line = std::to_string(record.line) + ":";
    for (size_t i = 0; i < record.fields.size(); ++i)
      line += (i ? "|" : " ") + record.fields[i];
    out.push_back(line);
  }
  return out;
}

}  // namespace

TEST_CASE("csv records: a quoted field holds commas, doubled quotes and line breaks") {
  CHECK(read("a,b\n\"x, y\",\"say \"\"hi\"\"\"\n\"two\nlines\",z\nlast,1\n") ==
        std::vector<std::string>{"1: a|b", "2: x, y|say \"hi\"", "3: two\nlines|z",
                                 "5: last|1"});
}

TEST_CASE("csv records: BOM, CRLF, a CR inside quotes, blank lines, no final newline") {
  CHECK(read("\xEF\xBB\xBF" "a,b\r\n\r\n1,\"x\r\ny\"\r\n2,") ==
        std::vector<std::string>{"1: a|b", "3: 1|x\r\ny", "5: 2|"});
  CHECK(read("a\r") == std::vector<std::string>{"1: a"});
  CHECK(read("").empty());
}

TEST_CASE("csv records: malformed input is located") {
  CHECK(read("a,b\n1,\"open\n\n") ==
        std::vector<std::string>{"2: a quoted field is not closed before the end of the file"});
  CHECK(read("a\n\"x\"y\n") ==
        std::vector<std::string>{"2: `y` after a closing quote; a field with a quote must be "
                                 "quoted whole, its quotes doubled"});
  CHECK(read("a\n\"x\"\x01") ==
        std::vector<std::string>{"2: byte 0x01 after a closing quote; a field with a quote must "
                                 "be quoted whole, its quotes doubled"});
}

TEST_CASE("csv records: record and field counts are bounded") {
  CHECK(read("a\nb\nc\n", {2, 10}) == std::vector<std::string>{"3: more than 2 records"});
  CHECK(read("a,b,c\n", {10, 2}) == std::vector<std::string>{"1: more than 2 fields in a record"});
}
