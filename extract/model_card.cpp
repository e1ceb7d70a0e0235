#include "extract/model_card.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdlib>
#include <optional>

#include "ir/line_index.h"
#include "ir/text_case.h"

namespace costlint::extract {

void front_matter_emissions(std::string_view source, const std::string& path, std::vector<CostStatement>& out) {
  if (!source.starts_with("---")) return;
  size_t close = source.find("\n---", 3);
  if (close == std::string_view::npos) return;
  std::string_view yaml = source.substr(0, close);
  size_t key = yaml.find("co2_eq_emissions:");
  if (key == std::string_view::npos) return;
  LineIndex lines(source);
  auto number_after = [&](size_t at) -> std::optional<size_t> {
    size_t end = yaml.find('\n', at);
    std::string_view value = yaml.substr(at, end == std::string_view::npos ? std::string_view::npos : end - at);
    size_t lead = value.find_first_not_of(" ");
    if (lead == std::string_view::npos || !ascii_digit(value[lead])) return std::nullopt;
    return at + lead;
  };
  std::optional<size_t> at = number_after(key + 17);
  if (!at) {
    size_t entry = yaml.find("emissions:", key + 17);
    if (entry == std::string_view::npos) return;
    at = number_after(entry + 10);
  }
  if (!at) return;
  double grams = std::strtod(std::string(yaml.substr(*at, 32)).c_str(), nullptr);
  if (!std::isfinite(grams)) return;
  LineColumn where = lines.locate(static_cast<uint32_t>(*at));
  std::string line(lines.line_text(where.line));
  size_t length = std::min(yaml.find_first_not_of("0123456789.eE+-", *at), yaml.size()) - *at;
  out.push_back({FigureKind::Emissions, grams, "g (co2_eq_emissions)", false, std::nullopt, path, where.line,
                 where.column, static_cast<uint32_t>(*at), static_cast<uint32_t>(std::max<size_t>(length, 1)),
                 line.substr(line.find_first_not_of(" ")), ""});
}

}  // namespace costlint::extract
