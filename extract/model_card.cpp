#include "extract/model_card.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdlib>
#include <optional>

#include "ir/line_index.h"
#include "ir/text_case.h"

namespace costlint::extract {

namespace {

/// The front matter's text, without its closing `---`; empty when there is none.
std::string_view front_matter(std::string_view source) {
  if (!starts_with_front_matter(source)) return {};
  size_t close = source.find("\n---", 3);
  return close == std::string_view::npos ? std::string_view() : source.substr(0, close);
}

/// The statement found at `at` in `source`, its sentence the line it is on.
CostStatement statement_at(std::string_view source, const std::string& path, FigureKind figure, double value,
                           std::string unit, size_t at, size_t length) {
  LineIndex lines(source);
  LineColumn where = lines.locate(static_cast<uint32_t>(at));
  std::string line(lines.line_text(where.line));
  size_t lead = line.find_first_not_of(" ");
  return {figure, value, std::move(unit), false, std::nullopt, path, where.line, where.column,
          static_cast<uint32_t>(at), static_cast<uint32_t>(std::max<size_t>(length, 1)),
          lead == std::string::npos ? line : line.substr(lead), ""};
}

void emissions(std::string_view source, std::string_view yaml, const std::string& path,
               std::vector<CostStatement>& out) {
  size_t key = yaml.find("co2_eq_emissions:");
  if (key == std::string_view::npos) return;
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
  size_t length = std::min(yaml.find_first_not_of("0123456789.eE+-", *at), yaml.size()) - *at;
  out.push_back(statement_at(source, path, FigureKind::Emissions, grams, "g (co2_eq_emissions)", *at, length));
}

/// `hardware_used: NVIDIA A100-SXM4-40GB`: the device, without a count.
void hardware(std::string_view source, std::string_view yaml, const std::string& path, const DeviceNames& devices,
              std::vector<CostStatement>& out) {
  size_t key = yaml.find("hardware_used:");
  if (key == std::string_view::npos) return;
  size_t start = yaml.find_first_not_of(" \"'", key + 14);
  size_t end = std::min(yaml.find('\n', key), yaml.size());
  if (start == std::string_view::npos || start >= end) return;
  std::string_view written = yaml.substr(start, end - start);
  while (!written.empty() && (written.back() == ' ' || written.back() == '"' || written.back() == '\'' ||
                              written.back() == '\r'))
    written.remove_suffix(1);
  if (written.empty() || written.size() > 64) return;
  std::string model = devices.known(written).value_or(std::string(written));
  CostStatement s = statement_at(source, path, FigureKind::Hardware, 0, std::string(written), start, written.size());
  s.device = DeviceMention{std::nullopt, model};
  out.push_back(std::move(s));
}

}  // namespace

bool starts_with_front_matter(std::string_view source) {
  if (!source.starts_with("---\n") && !source.starts_with("---\r\n")) return false;
  std::string_view line = source.substr(source.find('\n') + 1);
  size_t colon = line.find(':');
  if (colon == 0 || colon == std::string_view::npos || colon > 64) return false;
  return std::all_of(line.begin(), line.begin() + static_cast<long>(colon),
                     [](char c) { return ascii_alnum(c) || c == '_' || c == '-'; });
}

void front_matter_statements(std::string_view source, const std::string& path, const DeviceNames& devices,
                             std::vector<CostStatement>& out) {
  std::string_view yaml = front_matter(source);
  if (yaml.empty()) return;
  emissions(source, yaml, path, out);
  hardware(source, yaml, path, devices, out);
}

}  // namespace costlint::extract
