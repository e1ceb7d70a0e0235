#include "ir/quantity_format.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <vector>

#include <fmt/format.h>

#include "ir/units.h"

namespace costlint {
namespace {

struct DisplayUnit {
  std::string symbol;
  double scale;
};

/// The units a reader expects for a dimension, smallest first.
std::vector<DisplayUnit> display_units(const Dimension& d, std::string_view device) {
  using namespace dim;
  if (d == time) return {{"ms", 1e-3}, {"s", 1}, {"min", 60}, {"h", 3600}, {"d", 86400}};
  if (d == energy) return {{"J", 1}, {"kJ", 1e3}, {"Wh", 3.6e3}, {"kWh", 3.6e6}, {"MWh", 3.6e9}, {"GWh", 3.6e12}};
  if (d == energy / time) return {{"W", 1}, {"kW", 1e3}, {"MW", 1e6}};
  if (d == bytes) return {{"B", 1}, {"KiB", 1024.0}, {"MiB", 1048576.0}, {"GiB", 1073741824.0}, {"TiB", 1099511627776.0}};
  if (d == co2e) return {{"gCO2e", 1}, {"kgCO2e", 1e3}, {"tCO2e", 1e6}};
  if (d == co2e / energy) return {{"gCO2e/kWh", 1 / 3.6e6}};  // as grids are published
  if (d == dim::device * time)
    return {{fmt::format("{}.s", device), 1}, {fmt::format("{}.h", device), 3600}};
  if (d == energy / item) return {{"J/item", 1}, {"kJ/item", 1e3}, {"Wh/item", 3.6e3}};
  if (d == item / time) return {{"item/s", 1}};
  if (d == time / item) return {{"ms/item", 1e-3}, {"s/item", 1}};
  return {};
}

}  // namespace

std::string format_number(double value) {
  // A figure is checked finite before anyone prints it; a message about one that
  // is not still prints, and nothing here may throw on hostile input.
  if (std::isnan(value)) return "NaN";
  if (std::isinf(value)) return value > 0 ? "∞" : "-∞";
  double magnitude = std::abs(value);
  if (magnitude != 0 && (magnitude >= 1e7 || magnitude < 1e-3)) {
    std::string s = fmt::format("{:.2e}", value);  // 3.10e+21
    size_t e = s.find('e');
    std::string mantissa = s.substr(0, e);
    int power = 0;
    std::string_view exponent = std::string_view(s).substr(e + 1);
    if (exponent.starts_with('+')) exponent.remove_prefix(1);
    std::from_chars(exponent.data(), exponent.data() + exponent.size(), power);
    while (mantissa.ends_with('0')) mantissa.pop_back();
    if (mantissa.ends_with('.')) mantissa.pop_back();
    return fmt::format("{}e{}", mantissa, power);
  }
  // Three significant digits: 41.2, 6.5, 0.861, 0.0021 (whole numbers stay whole).
  int digits =
      magnitude == 0 ? 0 : std::max(0, 2 - static_cast<int>(std::floor(std::log10(magnitude))));
  std::string s = fmt::format("{:.{}f}", value, digits);
  if (s.find('.') != std::string::npos) {
    while (s.ends_with('0')) s.pop_back();
    if (s.ends_with('.')) s.pop_back();
  }
  return s;
}

std::string format_quantity(double value, const Dimension& dimension, std::string_view device) {
  std::vector<DisplayUnit> units = display_units(dimension, device);
  if (units.empty()) {
    std::string unit = dimension.canonical_unit();
    return unit.empty() ? format_number(value) : fmt::format("{} {}", format_number(value), unit);
  }
  const DisplayUnit* best = &units.front();
  for (const DisplayUnit& unit : units)
    if (std::abs(value) >= unit.scale) best = &unit;
  return fmt::format("{} {}", format_number(value / best->scale), best->symbol);
}

std::string format_factor(double factor) {
  return factor < 10 ? fmt::format("{:.1f}×", factor) : fmt::format("{:.0f}×", factor);
}

std::string format_ratio(double ratio) {
  return ratio >= 1 ? format_factor(ratio) : format_factor(1 / ratio) + " less than";
}

bool about_one(double factor) { return factor < 1.05; }

std::string plural(size_t count, std::string_view word) {
  return fmt::format("{} {}{}", count, word, count == 1 ? "" : "s");
}

std::string name_list(const std::vector<std::string_view>& names, size_t shown) {
  std::string out;
  size_t listed = names.size() > shown ? shown : names.size();
  for (size_t i = 0; i < listed; ++i) {
    if (i > 0) out += i + 1 == listed && listed == names.size() ? " and " : ", ";
    out += fmt::format("`{}`", names[i]);
  }
  if (listed < names.size()) out += fmt::format(" and {} others", names.size() - listed);
  return out;
}

}  // namespace costlint
