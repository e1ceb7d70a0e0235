#include "corpus/csv_records.h"

#include <fmt/format.h>

namespace costlint {
namespace {

/// A character for a message: printable ASCII as itself, else its byte value.
std::string shown(char c) {
  unsigned char byte = static_cast<unsigned char>(c);
  if (byte >= 0x20 && byte < 0x7f) return fmt::format("`{}`", c);
  return fmt::format("byte 0x{:02x}", byte);
}

}  // namespace

bool read_csv_records(std::string_view text, std::vector<CsvRecord>* records, CsvError* error,
                      const CsvLimits& limits) {
  if (text.starts_with("\xEF\xBB\xBF")) text.remove_prefix(3);
  records->clear();
  size_t line = 1;
  size_t i = 0;
  auto fail = [&](size_t where, std::string message) {
    *error = {where, std::move(message)};
    return false;
  };
  while (i < text.size()) {
    CsvRecord record;
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
          return fail(record.line, fmt::format("more than {} fields in a record", limits.max_fields));
        record.fields.emplace_back();
      } else {  // LF, or CRLF, or a CR at the very end
        i += text[i] == '\r' && i + 1 < text.size() ? 2 : 1;
        ++line;
        at_end = true;
      }
    }
    if (record.fields.size() == 1 && record.fields[0].empty()) continue;  // a blank line
    if (records->size() == limits.max_records)
      return fail(record.line, fmt::format("more than {} records", limits.max_records));
    records->push_back(std::move(record));
  }
  return true;
}

}  // namespace costlint
