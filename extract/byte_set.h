#pragma once
// A set of bytes tested by one load, for scans that ask it of every byte of a
// paper. Internal to extract/.

#include <array>
#include <string_view>

namespace costlint::extract {

using ByteSet = std::array<bool, 256>;
inline constexpr ByteSet byte_set(std::string_view bytes) {
  ByteSet set{};
  for (char c : bytes) set[static_cast<unsigned char>(c)] = true;
  return set;
}

}  // namespace costlint::extract
