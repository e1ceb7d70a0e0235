#pragma once
// Splits one line of RFC 4180 CSV into its fields ("a,\"b,c\"" -> a | b,c).

#include <string>
#include <string_view>
#include <vector>

namespace costlint {

std::vector<std::string> split_csv_line(std::string_view line, char separator = ',');

}  // namespace costlint
