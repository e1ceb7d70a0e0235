#pragma once
// The protobuf wire format read without a schema or generated code, field by
// field, for TensorBoard's event records. Every length is checked against the
// bytes left: hostile bytes end reading with an error, never a read past the
// message. Nothing here allocates or recurses: a nested message is read by a
// WireReader of its own, so the depth is the caller's, fixed by its schema.

#include <cstdint>
#include <optional>
#include <string_view>

namespace costlint {

enum class WireType : uint8_t { Varint = 0, Fixed64 = 1, Bytes = 2, Fixed32 = 5 };

struct WireField {
  uint32_t number = 0;
  WireType type = WireType::Varint;
  uint64_t bits = 0;       ///< a varint's value, or a fixed64's or fixed32's bits
  std::string_view bytes;  ///< a length-delimited field's contents (Bytes only)

  float as_float() const;    ///< a fixed32's bits as an IEEE float
  double as_double() const;  ///< a fixed64's bits as an IEEE double
};

/// Reads one varint from the front of `bytes`, consuming it; nothing when
/// `bytes` ends inside it or it does not fit 64 bits (more than 10 bytes).
std::optional<uint64_t> read_varint(std::string_view& bytes);

/// The fields of one message, in the order written.
class WireReader {
 public:
  /// `message` must outlive the reader and the fields it returns.
  explicit WireReader(std::string_view message) : rest_(message) {}

  /// The next field; nothing at the end of the message or when it is malformed
  /// (then error() says why, and reading stays stopped).
  std::optional<WireField> next();
  /// Why reading stopped before the end, or nullptr.
  const char* error() const { return error_; }

 private:
  std::optional<WireField> fail(const char* why);

  std::string_view rest_;
  const char* error_ = nullptr;
};

}  // namespace costlint
