#include "ingest/protobuf_wire.h"

#include <bit>

#include "ingest/byte_reader.h"

namespace costlint {
namespace {

/// Protobuf's largest field number, 2^29 - 1.
constexpr uint64_t kMaxFieldNumber = (uint64_t{1} << 29) - 1;

}  // namespace

float WireField::as_float() const { return std::bit_cast<float>(static_cast<uint32_t>(bits)); }

double WireField::as_double() const { return std::bit_cast<double>(bits); }

std::optional<uint64_t> read_varint(std::string_view& bytes) {
  uint64_t value = 0;
  for (size_t i = 0; i < bytes.size() && i < 10; ++i) {
    auto byte = static_cast<unsigned char>(bytes[i]);
    // The tenth byte holds bit 63 alone.
    if (i == 9 && byte > 1) return std::nullopt;
    value |= uint64_t{byte & 0x7fu} << (7 * i);
    if (!(byte & 0x80)) {
      bytes.remove_prefix(i + 1);
      return value;
    }
  }
  return std::nullopt;
}

std::optional<WireField> WireReader::fail(const char* why) {
  error_ = why;
  rest_ = {};
  return std::nullopt;
}

std::optional<WireField> WireReader::next() {
  if (rest_.empty()) return std::nullopt;
  auto key = read_varint(rest_);
  if (!key) return fail("a field's key is not a varint of at most 10 bytes");
  WireField field;
  if ((*key >> 3) == 0 || (*key >> 3) > kMaxFieldNumber)
    return fail("a field's number is 0 or past 2^29 - 1");
  field.number = static_cast<uint32_t>(*key >> 3);
  switch (*key & 7) {
    case 0: {
      auto value = read_varint(rest_);
      if (!value) return fail("a varint field does not end within 10 bytes or the message");
      field.type = WireType::Varint;
      field.bits = *value;
      return field;
    }
    case 1:
    case 5: {
      size_t size = (*key & 7) == 1 ? 8 : 4;
      if (rest_.size() < size) return fail("a fixed-size field runs past the end of the message");
      field.type = size == 8 ? WireType::Fixed64 : WireType::Fixed32;
      field.bits = little_endian(rest_.substr(0, size));
      rest_.remove_prefix(size);
      return field;
    }
    case 2: {
      auto length = read_varint(rest_);
      if (!length) return fail("a field's length is not a varint of at most 10 bytes");
      if (*length > rest_.size()) return fail("a field's length runs past the end of the message");
      field.type = WireType::Bytes;
      field.bytes = rest_.substr(0, *length);
      rest_.remove_prefix(*length);
      return field;
    }
    case 3:
    case 4:
      return fail("a field is a group (wire type 3 or 4), which proto3 messages never hold");
    default:
      return fail("a field has wire type 6 or 7, which protobuf does not define");
  }
}

}  // namespace costlint
