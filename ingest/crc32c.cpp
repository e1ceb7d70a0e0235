#include "ingest/crc32c.h"

#include <algorithm>
#include <climits>

#include <isa-l/crc.h>

namespace costlint {

uint32_t crc32c(std::string_view bytes) {
  // ISA-L's iSCSI CRC is CRC-32C without the final inversion: seeded with all
  // ones and inverted at the end, it is the standard one. It takes an int
  // length, so longer buffers go in pieces.
  auto* data = reinterpret_cast<unsigned char*>(const_cast<char*>(bytes.data()));
  uint32_t crc = 0xFFFFFFFFu;
  for (size_t left = bytes.size(); left > 0;) {
    int piece = static_cast<int>(std::min<size_t>(left, INT_MAX));
    crc = crc32_iscsi(data, piece, crc);
    data += piece;
    left -= static_cast<size_t>(piece);
  }
  return crc ^ 0xFFFFFFFFu;
}

}  // namespace costlint
