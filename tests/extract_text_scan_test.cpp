// A long text is read in two parts at once (extract/text_scan.h): the
// statements must be those of one reading from start to end, wherever the
// second part starts, in a word, in a statement, in a sentence or in a table.

#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "extract/plain_text.h"
#include "extract/text_scan.h"
#include "extract_support.h"
#include "ir/line_index.h"
#include "test_support.h"

using namespace costlint;
using namespace costlint::extract;
using costlint::testing::catalog;
using costlint::testing::found;

namespace {

void check_same(const std::vector<CostStatement>& read_whole, const std::vector<CostStatement>& read_split) {
  REQUIRE(read_whole.size() == read_split.size());
  for (size_t i = 0; i < read_whole.size(); ++i) {
    const CostStatement &a = read_whole[i], &b = read_split[i];
    CAPTURE(a.text);
    CHECK(a.figure == b.figure);
    CHECK(a.value == b.value);
    CHECK(a.unit == b.unit);
    CHECK(a.approximate == b.approximate);
    CHECK(a.device.has_value() == b.device.has_value());
    if (a.device && b.device) {
      CHECK(a.device->count == b.device->count);
      CHECK(a.device->model == b.device->model);
    }
    CHECK(a.line == b.line);
    CHECK(a.column == b.column);
    CHECK(a.offset == b.offset);
    CHECK(a.length == b.length);
    CHECK(a.text == b.text);
    CHECK(a.row_label == b.row_label);
  }
}

/// The statements of `source` read whole and read from `split` by a second thread.
void check_split(std::string_view source, const std::string& path, size_t split) {
  PlainText plain = to_plain(source, source_kind(path));
  LineIndex lines(source);
  CAPTURE(path);
  CAPTURE(split);
  check_same(scan_text(plain, lines, path, catalog(), plain.text.size()),
             scan_text(plain, lines, path, catalog(), split));
}

/// Where `needle` starts in the plain text of `source`, the `nth` time.
size_t plain_offset(std::string_view source, const std::string& path, std::string_view needle, int nth = 1) {
  std::string text = to_plain(source, source_kind(path)).text;
  size_t at = std::string::npos;
  for (int i = 0; i < nth; ++i) at = text.find(needle, at == std::string::npos ? 0 : at + 1);
  REQUIRE(at != std::string::npos);
  return at;
}

}  // namespace

TEST_CASE("scan_text: a short text is read whole, a long one from the first blank line past its middle") {
  CHECK(split_point("3.5 days\n\non 8 GPUs") == std::string_view("3.5 days\n\non 8 GPUs").size());
  std::string text(kMinSplitBytes, 'x');
  text += "\n\n8 V100 GPUs";
  CHECK(split_point(text) == kMinSplitBytes + 2);
  CHECK(split_point(std::string(kMinSplitBytes * 2, 'x')) == kMinSplitBytes * 2);  // no blank line
}

TEST_CASE("scan_text: a count of parameters shares its unit with a sentence that the second part starts in") {
  std::string source = "It uses 64,997 parameters at H=96 and 487,445 at H=720 in all.\n";
  size_t split = plain_offset(source, "p.tex", "487,445");
  check_split(source, "p.tex", split);
  CHECK(found(source).size() == 2);
}

TEST_CASE("scan_text: a spanned cell, in the text twice, is filed once when the second part starts between") {
  std::string source = "<table><tr><td colspan=2>8 V100 GPUs</td></tr></table>\n";
  check_split(source, "t.md", plain_offset(source, "t.md", "8 V100", 2));
  check_split(source, "t.md", plain_offset(source, "t.md", "V100", 1));  // inside a statement
  CHECK(found(source, "t.md").size() == 1);
}

TEST_CASE("scan_text: every source of every test set, split at a dozen places and at their blank lines") {
  size_t sources = 0;
  for (const auto& file : costlint::testing::test_set_sources()) {
    std::string source = costlint::testing::read_file(file.string());
    std::string path = file.filename().string();
    PlainText plain = to_plain(source, source_kind(path));
    LineIndex lines(source);
    auto whole = scan_text(plain, lines, path, catalog(), plain.text.size());
    CAPTURE(path);
    for (size_t part = 1; part < 12; ++part) {
      size_t split = plain.text.size() * part / 12;
      CAPTURE(split);
      check_same(whole, scan_text(plain, lines, path, catalog(), split));
      if (size_t blank = plain.text.find("\n\n", split); blank != std::string::npos)
        check_same(whole, scan_text(plain, lines, path, catalog(), blank + 2));
    }
    ++sources;
  }
  CHECK(sources >= 404);
}

TEST_CASE("scan_text: the sources of every set as one long text, read as extract reads it") {
  std::string source;
  for (const auto& file : costlint::testing::test_set_sources())
    if (file.extension() == ".tex") source += costlint::testing::read_file(file.string()) + "\n\n";
  PlainText plain = to_plain(source, SourceKind::Latex);
  LineIndex lines(source);
  size_t split = split_point(plain.text);
  REQUIRE(split < plain.text.size());
  auto whole = scan_text(plain, lines, "all.tex", catalog(), plain.text.size());
  check_same(whole, scan_text(plain, lines, "all.tex", catalog(), split));
  CHECK(found(source, "all.tex").size() == whole.size());
}

TEST_CASE("scan_text: a column's header is found alike from any row of a long table, wherever the reading splits") {
  // The header is looked up walking up the table: from row 80, with no row above looked up
  // before, the walk must still reach it (an equivalence: none of the durations is a cost).
  std::string source = "| Run | Equivalent duration |\n|---|---|\n";
  for (int row = 0; row < 100; ++row) source += "| a | 3 days |\n";
  std::string text = to_plain(source, source_kind("t.md")).text;
  size_t row_80 = 0;
  for (int line = 0; line < 82; ++line) row_80 = text.find('\n', row_80) + 1;
  check_split(source, "t.md", row_80);
  CHECK(found(source, "t.md").empty());
}
