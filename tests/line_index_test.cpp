#include <doctest/doctest.h>

#include <string>

#include "ir/line_index.h"

using costlint::LineIndex;

TEST_CASE("columns count characters, not bytes") {
  LineIndex index("a = 8 \xC3\x97 \"A100\"\nb");  // 8 × "A100"
  CHECK(index.locate(8).column == 8);              // after the two-byte ×: the blank
  CHECK(index.locate(9).column == 9);
  CHECK(index.locate(16).line == 2);
  CHECK(index.line_text(1) == "a = 8 \xC3\x97 \"A100\"");
}

TEST_CASE("CRLF line ends are not part of the line") {
  LineIndex index("ab\r\ncd\r\n");
  CHECK(index.line_text(1) == "ab");
  CHECK(index.locate(4).line == 2);
  CHECK(index.locate(4).column == 1);
  CHECK(index.line_count() == 2);
}

TEST_CASE("a byte order mark is no column of the first line") {
  LineIndex index("\xEF\xBB\xBF" "abc");
  CHECK(index.locate(0).column == 1);
  CHECK(index.locate(4).column == 2);
  CHECK(index.line_text(1) == "abc");
}

TEST_CASE("the end of a file ending in a newline is the end of its last line") {
  LineIndex index("abc\n");
  CHECK(index.locate(4).line == 1);
  CHECK(index.locate(4).column == 4);
}

TEST_CASE("an excerpt keeps the line numbers of its file") {
  LineIndex index("a,b,c\n", 29);
  CHECK(index.locate(2).line == 29);
  CHECK(index.locate(2).column == 3);
  CHECK(index.line_text(29) == "a,b,c");
  CHECK(index.line_text(1).empty());
}

TEST_CASE("a column on a line longer than a block counts its characters as on a short one") {
  std::string line = "ab";
  for (int i = 0; i < 5000; ++i) line += "\xc3\x97 x";  // `× x`: a character of two bytes among three
  std::string text = "first\n" + line + "\nlast\n";
  LineIndex index(text);
  for (uint32_t offset : {6u, 7u, 4000u, 4103u, 4104u, 9000u, 8192u, 20005u}) {
    uint32_t start = 6;
    uint32_t expected = 1;
    for (uint32_t i = start; i < offset; ++i) expected += (static_cast<unsigned char>(text[i]) & 0xC0) != 0x80;
    CHECK(index.locate(offset).line == 2);
    CHECK(index.locate(offset).column == expected);
  }
  CHECK(index.locate(static_cast<uint32_t>(6 + line.size() + 1)).line == 3);
}
