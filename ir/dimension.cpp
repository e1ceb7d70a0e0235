#include "ir/dimension.h"

#include <fmt/format.h>

namespace costlint {
namespace {

constexpr std::array<const char*, kBaseDimensionCount> kBaseNames = {
    "devices", "time", "energy", "bytes", "FLOP", "CO2e mass", "money (USD)", "money (EUR)",
    "items"};
constexpr std::array<const char*, kBaseDimensionCount> kBaseUnits = {
    "device", "s", "J", "B", "FLOP", "gCO2e", "USD", "EUR", "item"};

struct NamedDimension {
  Dimension dimension;
  const char* name;
};

const NamedDimension* find_named(const Dimension& d) {
  static const NamedDimension kNamed[] = {
      {dim::count, "count"},
      {dim::energy / dim::time, "power"},
      {dim::flop / dim::time, "FLOP rate"},
      {dim::device * dim::time, "device-time"},
      {dim::energy / dim::item, "energy per item"},
      {dim::item / dim::time, "items per time"},
      {dim::time / dim::item, "time per item"},
      {dim::co2e / dim::energy, "carbon intensity"},
  };
  for (const NamedDimension& named : kNamed)
    if (named.dimension == d) return &named;
  return nullptr;
}

// Joins "a.b^2" from the positive or negative exponents of `d`.
std::string join_factors(const Dimension& d, int sign, const std::array<const char*, kBaseDimensionCount>& names,
                         const char* separator) {
  std::string out;
  for (size_t i = 0; i < kBaseDimensionCount; ++i) {
    int exponent = d.exponent(static_cast<BaseDimension>(i)) * sign;
    if (exponent <= 0) continue;
    if (!out.empty()) out += separator;
    out += names[i];
    if (exponent != 1) out += fmt::format("^{}", exponent);
  }
  return out;
}

}  // namespace

Dimension Dimension::operator*(const Dimension& other) const {
  Dimension d;
  for (size_t i = 0; i < kBaseDimensionCount; ++i)
    d.exponents_[i] = static_cast<int8_t>(exponents_[i] + other.exponents_[i]);
  return d;
}

Dimension Dimension::operator/(const Dimension& other) const { return *this * other.pow(-1); }

Dimension Dimension::pow(int exponent) const {
  Dimension d;
  for (size_t i = 0; i < kBaseDimensionCount; ++i)
    d.exponents_[i] = static_cast<int8_t>(exponents_[i] * exponent);
  return d;
}

std::string Dimension::name() const {
  if (const NamedDimension* named = find_named(*this)) return named->name;
  std::string numerator = join_factors(*this, 1, kBaseNames, " x ");
  std::string denominator = join_factors(*this, -1, kBaseNames, " x ");
  if (denominator.empty()) return numerator;
  return fmt::format("{} per {}", numerator.empty() ? "1" : numerator, denominator);
}

std::string Dimension::canonical_unit() const {
  std::string numerator = join_factors(*this, 1, kBaseUnits, ".");
  std::string denominator = join_factors(*this, -1, kBaseUnits, ".");
  if (denominator.empty()) return numerator;
  return fmt::format("{}/{}", numerator.empty() ? "1" : numerator, denominator);
}

}  // namespace costlint
