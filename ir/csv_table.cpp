#include "ir/csv_table.h"


#include <fmt/format.h>

#include "ir/text_case.h"

namespace costlint {
namespace {

/// A character for a message: printable ASCII as itself, else its byte value.
std::string shown(char c) {
  unsigned char byte = static_cast<unsigned char>(c);
  if (byte >= 0x20 && byte < 0x7f) return fmt::format("`{}`", c);
  return fmt::format("byte 0x{:02x}", byte);
}

/// Every row of `text` (the header too) into `records`; false with `error` set
/// on malformed input or past `limits`.
bool read_records(std::string_view text, std::vector<CsvRow>* records, CsvError* error,
                  const CsvLimits& limits) {
  if (text.starts_with("\xEF\xBB\xBF")) text.remove_prefix(3);
  records->clear();
  size_t line = 1;
  size_t i = 0;
  auto fail = [&](size_t where, std::string message) {
    error->line = where;
    error->message = std::move(message);
    return false;
  };
  while (i < text.size()) {
    CsvRow record;
    record.line = line;
    record.fields.emplace_back();
    bool at_end = false;
    while (!at_end) {
      std::string& field = record.fields.back();
      if (i < text.size() && text[i] == '"') {
        size_t opened = line;
        ++i;
        while (true) {
          if (i == text.size())
            return fail(opened, "a quoted field is not closed before the end of the file");
          char c = text[i++];
          if (c == '"') {
            if (i < text.size() && text[i] == '"') {
              field += '"';
              ++i;
            } else {
              break;
            }
          } else {
            if (c == '\n') ++line;
            field += c;
          }
        }
        if (i < text.size() && text[i] != ',' && text[i] != '\n' &&
            !(text[i] == '\r' && i + 1 < text.size() && text[i + 1] == '\n') &&
            !(text[i] == '\r' && i + 1 == text.size()))
          return fail(line, fmt::format("{} after a closing quote; a field with a quote must be "
                                        "quoted whole, its quotes doubled",
                                        shown(text[i])));
      } else {
        while (i < text.size() && text[i] != ',' && text[i] != '\n' &&
               !(text[i] == '\r' && (i + 1 == text.size() || text[i + 1] == '\n')))
          field += text[i++];
      }
      if (i == text.size()) {
        at_end = true;
      } else if (text[i] == ',') {
        ++i;
        if (record.fields.size() == limits.max_fields)
          return fail(record.line, fmt::format("more than {} fields in a row", limits.max_fields));
        record.fields.emplace_back();
      } else {  // LF, or CRLF, or a CR at the very end
        i += text[i] == '\r' && i + 1 < text.size() ? 2 : 1;
        ++line;
        at_end = true;
      }
    }
    if (record.fields.size() == 1 && record.fields[0].empty()) continue;  // a blank line
    if (records->size() > limits.max_rows)  // the header is not a row
      return fail(record.line, fmt::format("more than {} rows", limits.max_rows));
    records->push_back(std::move(record));
  }
  return true;
}

}  // namespace

std::string CsvError::located() const {
  if (line == 0) return fmt::format("{}: {}", file, message);
  return fmt::format("{}:{}: {}", file, line, message);
}

std::optional<size_t> CsvTable::column(std::string_view name, bool folded) const {
  auto same = [&](std::string_view a) { return folded ? same_folded(a, name) : a == name; };
  for (size_t i = 0; i < header.size(); ++i)
    if (same(header[i])) return i;
  return std::nullopt;
}

bool CsvTable::header_is(std::string_view expected) const {
  std::string joined;
  for (size_t i = 0; i < header.size(); ++i) joined += (i ? "," : "") + header[i];
  return joined == expected;
}

CsvError CsvTable::error_at(const CsvRow& row, std::string message) const {
  return {file, row.line, std::move(message)};
}

CsvError CsvTable::error(std::string message) const { return {file, 0, std::move(message)}; }

std::optional<CsvTable> read_csv_table(std::string_view text, std::string_view file,
                                       CsvError* error, const CsvLimits& limits) {
  error->file = std::string(file);
  error->line = 0;
  std::vector<CsvRow> records;
  if (!read_records(text, &records, error, limits)) return std::nullopt;
  // Comment lines before the header: a table may say where it comes from.
  size_t first = 0;
  while (first < records.size() && !records[first].fields[0].empty() &&
         records[first].fields[0][0] == '#')
    ++first;
  if (first == records.size()) {
    error->message = "no header row";
    return std::nullopt;
  }
  CsvTable table;
  table.file = std::string(file);
  table.header = std::move(records[first].fields);
  table.header_line = records[first].line;
  for (size_t r = first + 1; r < records.size(); ++r) {
    if (records[r].fields.size() != table.header.size()) {
      *error = table.error_at(records[r], fmt::format("{} fields; the header has {}",
                                                      records[r].fields.size(), table.header.size()));
      return std::nullopt;
    }
    table.rows.push_back(std::move(records[r]));
  }
  return table;
}

}  // namespace costlint
