#pragma once
// Splits a whole RFC 4180 CSV text into records. Unlike split_csv_line, a quoted
// field may hold line breaks, as in Epoch AI's exports, so a record may span lines.
// A UTF-8 byte order mark is skipped; LF and CRLF both end a record; blank lines
// are skipped. The text is untrusted: errors come back located, never thrown.

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace costlint {

struct CsvRecord {
  std::vector<std::string> fields;
  size_t line = 0;  ///< 1-based line where the record starts
};

struct CsvError {
  size_t line = 0;
  std::string message;
};

struct CsvLimits {
  size_t max_records = 1'000'000;
  size_t max_fields = 10'000;
};

/// Reads every record of `text` into `records`; false with `error` set on malformed
/// input (an unclosed quote, text after a closing quote) or past `limits`.
bool read_csv_records(std::string_view text, std::vector<CsvRecord>* records, CsvError* error,
                      const CsvLimits& limits = {});

}  // namespace costlint
