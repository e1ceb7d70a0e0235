#pragma once
// CRC-32C (Castagnoli), the checksum that frames every record of a TFRecord
// file (TensorBoard's event files), from Intel's ISA-L (Debian libisal-dev),
// which picks the CPU's CRC32 instruction when it has one.

#include <cstdint>
#include <string_view>

namespace costlint {

/// The CRC-32C of `bytes`: 0xE3069283 for "123456789".
uint32_t crc32c(std::string_view bytes);

}  // namespace costlint
