#pragma once
// The one reader of CSV tables: the corpus's (hardware, grid, PUE, countries,
// notable models, benchmarks) and the reference exports a user passes (Epoch
// AI's). RFC 4180: a quoted field may hold commas, doubled quotes and line
// breaks, so a row may span lines; LF and CRLF both end a row; a UTF-8 byte
// order mark, blank lines and `#` comment lines before the header are skipped.
// The text is untrusted: every error comes back as a CsvError located by file
// and line, never thrown, and the work is linear in the text.

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace costlint {

/// What is wrong with a table, and where: "grid.csv:3: 5 fields; the header has 6".
struct CsvError {
  std::string file;
  size_t line = 0;  ///< 1-based; 0 for the file as a whole
  std::string message;

  std::string located() const;
};

struct CsvRow {
  size_t line = 0;  ///< 1-based line where the row starts
  std::vector<std::string> fields;

  const std::string& operator[](size_t column) const { return fields[column]; }
};

struct CsvLimits {
  size_t max_rows = 1'000'000;
  size_t max_fields = 10'000;
};

struct CsvTable {
  std::string file;
  std::vector<std::string> header;
  size_t header_line = 1;
  std::vector<CsvRow> rows;  ///< each with as many fields as the header

  /// The column named `name`; with `folded`, in any case.
  std::optional<size_t> column(std::string_view name, bool folded = false) const;
  /// Whether the header is `expected`, its names joined by commas.
  bool header_is(std::string_view expected) const;
  /// An error at `row`, or at the file as a whole.
  CsvError error_at(const CsvRow& row, std::string message) const;
  CsvError error(std::string message) const;
};

/// Reads `text`, the file `file` (as messages name it): a header, then rows of
/// the header's width. Nothing, with `error` set, on an unclosed quote, text
/// after a closing quote, a row of another width, or past `limits`.
std::optional<CsvTable> read_csv_table(std::string_view text, std::string_view file,
                                       CsvError* error, const CsvLimits& limits = {});

}  // namespace costlint
