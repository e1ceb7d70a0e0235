#include "ingest/crc32c.h"

#include <array>
#include <cstddef>

namespace costlint {
namespace {

constexpr uint32_t kPolynomial = 0x82F63B78;  // 0x1EDC6F41, bits reflected

using Tables = std::array<std::array<uint32_t, 256>, 8>;

/// Slicing-by-8: table k holds the CRC of a byte followed by k zero bytes, so
/// that eight bytes take eight look-ups and no loop-carried shift per byte.
/// An event file of a long run is checksummed whole.
constexpr Tables make_tables() {
  Tables t{};
  for (uint32_t i = 0; i < 256; ++i) {
    uint32_t crc = i;
    for (int bit = 0; bit < 8; ++bit) crc = (crc >> 1) ^ ((crc & 1) ? kPolynomial : 0);
    t[0][i] = crc;
  }
  for (size_t k = 1; k < 8; ++k)
    for (uint32_t i = 0; i < 256; ++i) t[k][i] = (t[k - 1][i] >> 8) ^ t[0][t[k - 1][i] & 0xff];
  return t;
}

constexpr Tables kTables = make_tables();

uint32_t little_endian_32(const unsigned char* p) {
  return uint32_t{p[0]} | uint32_t{p[1]} << 8 | uint32_t{p[2]} << 16 | uint32_t{p[3]} << 24;
}

}  // namespace

uint32_t crc32c(std::string_view bytes) {
  const auto& t = kTables;
  const auto* p = reinterpret_cast<const unsigned char*>(bytes.data());
  size_t n = bytes.size();
  uint32_t crc = 0xFFFFFFFF;
  for (; n >= 8; p += 8, n -= 8) {
    uint32_t low = crc ^ little_endian_32(p);
    uint32_t high = little_endian_32(p + 4);
    crc = t[7][low & 0xff] ^ t[6][(low >> 8) & 0xff] ^ t[5][(low >> 16) & 0xff] ^
          t[4][low >> 24] ^ t[3][high & 0xff] ^ t[2][(high >> 8) & 0xff] ^
          t[1][(high >> 16) & 0xff] ^ t[0][high >> 24];
  }
  for (; n > 0; ++p, --n) crc = (crc >> 8) ^ t[0][(crc ^ *p) & 0xff];
  return ~crc;
}

}  // namespace costlint
