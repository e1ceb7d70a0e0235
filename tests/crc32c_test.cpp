// CRC-32C against the check value and RFC 3720's vectors (iSCSI, B.4), and
// its eight-byte path against a bit-by-bit reference at every alignment.

#include <doctest/doctest.h>

#include <string>

#include "ingest/crc32c.h"

using namespace costlint;

namespace {

uint32_t bitwise_crc32c(std::string_view bytes) {
  uint32_t crc = 0xFFFFFFFF;
  for (unsigned char byte : bytes) {
    crc ^= byte;
    for (int bit = 0; bit < 8; ++bit) crc = (crc >> 1) ^ ((crc & 1) ? 0x82F63B78 : 0);
  }
  return ~crc;
}

}  // namespace

TEST_CASE("crc32c: the check value and RFC 3720's vectors") {
  CHECK(crc32c("123456789") == 0xE3069283);
  CHECK(crc32c("") == 0);
  CHECK(crc32c(std::string(32, '\0')) == 0x8A9136AA);
  CHECK(crc32c(std::string(32, '\xff')) == 0x62A8AB43);
  std::string ascending, descending;
  for (int i = 0; i < 32; ++i) {
    ascending.push_back(static_cast<char>(i));
    descending.push_back(static_cast<char>(31 - i));
  }
  CHECK(crc32c(ascending) == 0x46DD794E);
  CHECK(crc32c(descending) == 0x113FDB5C);
}

TEST_CASE("crc32c: eight bytes at a time agree with one bit at a time") {
  std::string bytes;
  for (int i = 0; i < 100; ++i) bytes.push_back(static_cast<char>(i * 37 + 11));
  for (size_t begin = 0; begin < 8; ++begin)
    for (size_t size = 0; begin + size <= bytes.size(); ++size) {
      std::string_view piece(bytes.data() + begin, size);
      REQUIRE(crc32c(piece) == bitwise_crc32c(piece));
    }
}
