#include "ingest/csv_columns.h"

#include <cmath>
#include <cstring>

#include <fast_float/fast_float.h>

#include "ir/csv_line.h"

namespace costlint {

std::string_view trim(std::string_view field) {
  while (!field.empty() && (field.front() == ' ' || field.front() == '\t')) field.remove_prefix(1);
  while (!field.empty() && (field.back() == ' ' || field.back() == '\t')) field.remove_suffix(1);
  return field;
}

CsvColumns::CsvColumns(std::string_view header) {
  header = header.substr(0, header.find('\n'));
  if (header.ends_with('\r')) header.remove_suffix(1);
  if (header.starts_with("\xEF\xBB\xBF")) header.remove_prefix(3);
  for (const std::string& name : split_csv_line(header)) names_.emplace_back(trim(name));
}

std::optional<size_t> CsvColumns::find(std::string_view name) const {
  for (size_t i = 0; i < names_.size(); ++i) {
    std::string_view column = names_[i];
    if (column == name || (column.starts_with(name) && column.size() > name.size() &&
                           column[name.size()] == ' '))
      return i;
  }
  return std::nullopt;
}

bool split_plain(std::string_view line, std::vector<std::string_view>& fields) {
  fields.clear();
  if (std::memchr(line.data(), '"', line.size())) return false;
  const char* p = line.data();
  const char* end = p + line.size();
  for (;;) {
    const char* comma = static_cast<const char*>(std::memchr(p, ',', static_cast<size_t>(end - p)));
    if (!comma) break;
    fields.emplace_back(p, static_cast<size_t>(comma - p));
    p = comma + 1;
  }
  fields.emplace_back(p, static_cast<size_t>(end - p));
  return true;
}

std::optional<double> parse_number(std::string_view field) {
  field = trim(field);
  if (size_t blank = field.find(' '); blank != std::string_view::npos) field = field.substr(0, blank);
  if (field.empty()) return std::nullopt;
  double value = 0;
  // fast_float: the readers' hot loop, several times libstdc++'s from_chars.
  auto [end, error] = fast_float::from_chars(field.data(), field.data() + field.size(), value);
  if (error != std::errc() || end != field.data() + field.size() || !std::isfinite(value))
    return std::nullopt;
  return value;
}

}  // namespace costlint
