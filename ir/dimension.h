#pragma once
// A physical dimension as a vector of exponents over the base dimensions of
// MANIFEST.md. Money is two base dimensions, USD and EUR, because costlint
// converts no currency into another: adding USD to EUR is then a mismatch.

#include <array>
#include <cstdint>
#include <string>

namespace costlint {

/// Devices come first so that device-time reads `device.s`, as `GPU.h` does.
enum class BaseDimension : uint8_t { Device, Time, Energy, Bytes, Flop, Co2e, Usd, Eur, Item };
inline constexpr size_t kBaseDimensionCount = 9;

class Dimension {
 public:
  constexpr Dimension() = default;
  static constexpr Dimension of(BaseDimension base, int8_t exponent = 1) {
    Dimension d;
    d.exponents_[static_cast<size_t>(base)] = exponent;
    return d;
  }

  Dimension operator*(const Dimension& other) const;
  Dimension operator/(const Dimension& other) const;
  Dimension pow(int exponent) const;
  bool operator==(const Dimension&) const = default;

  bool is_count() const { return *this == Dimension(); }
  int8_t exponent(BaseDimension base) const { return exponents_[static_cast<size_t>(base)]; }

  /// A reader's name: "energy", "power", "energy per item", "device-time".
  std::string name() const;
  /// The SI-based unit values are kept in: "J", "J/item", "device.s".
  std::string canonical_unit() const;

 private:
  std::array<int8_t, kBaseDimensionCount> exponents_{};
};

namespace dim {
inline constexpr Dimension count{};
inline constexpr Dimension time = Dimension::of(BaseDimension::Time);
inline constexpr Dimension energy = Dimension::of(BaseDimension::Energy);
inline constexpr Dimension bytes = Dimension::of(BaseDimension::Bytes);
inline constexpr Dimension flop = Dimension::of(BaseDimension::Flop);
inline constexpr Dimension co2e = Dimension::of(BaseDimension::Co2e);
inline constexpr Dimension usd = Dimension::of(BaseDimension::Usd);
inline constexpr Dimension eur = Dimension::of(BaseDimension::Eur);
inline constexpr Dimension device = Dimension::of(BaseDimension::Device);
inline constexpr Dimension item = Dimension::of(BaseDimension::Item);
}  // namespace dim

}  // namespace costlint
