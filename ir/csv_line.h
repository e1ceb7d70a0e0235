#pragma once
// Splits one line of RFC 4180 CSV into its fields ("a,\"b,c\"" -> a | b,c).

#include <string>
#include <string_view>
#include <vector>

namespace costlint {

/// Where a field stands in its line: [begin, end) in bytes.
struct FieldSpan {
  size_t begin = 0;
  size_t end = 0;
};

/// `spans`, when given, receives each field's place in the line, quotes included.
std::vector<std::string> split_csv_line(std::string_view line, char separator = ',',
                                        std::vector<FieldSpan>* spans = nullptr);

}  // namespace costlint
