#include "ir/csv_line.h"

namespace costlint {

std::vector<std::string> split_csv_line(std::string_view line, char separator,
                                        std::vector<FieldSpan>* spans) {
  std::vector<std::string> fields(1);
  if (spans) spans->assign(1, FieldSpan{0, 0});
  bool quoted = false;
  for (size_t i = 0; i < line.size(); ++i) {
    char c = line[i];
    if (quoted) {
      if (c == '"' && i + 1 < line.size() && line[i + 1] == '"') {
        fields.back() += '"';
        ++i;
      } else if (c == '"') {
        quoted = false;
      } else {
        fields.back() += c;
      }
    } else if (c == '"') {
      quoted = true;
    } else if (c == separator) {
      if (spans) spans->back().end = i;
      fields.emplace_back();
      if (spans) spans->push_back({i + 1, i + 1});
    } else if (c != '\r') {
      fields.back() += c;
    }
  }
  if (spans) spans->back().end = line.size();
  return fields;
}

}  // namespace costlint
