#pragma once
// Reads a binary file in the pieces its caller asks for, through one buffer
// that is reused, so that a 1 GB event file is read in bounded memory. Knows
// the file's size, so that a length a file declares can be checked against
// what is left before any buffer grows to it.

#include <cstdint>
#include <string>
#include <string_view>

namespace costlint {

class ByteReader {
 public:
  /// Opens `path`; on failure, error() says why.
  explicit ByteReader(const std::string& path);
  ~ByteReader();
  ByteReader(const ByteReader&) = delete;
  ByteReader& operator=(const ByteReader&) = delete;

  bool ok() const { return fd_ >= 0; }
  const std::string& error() const { return error_; }

  /// The offset of the next byte take() returns.
  uint64_t offset() const { return offset_; }
  /// The bytes left from offset() to the end, by the file's size when opened.
  uint64_t remaining() const { return size_ > offset_ ? size_ - offset_ : 0; }

  /// The next `n` bytes, valid until the next call; fewer only at the end of
  /// the file. The buffer grows to `n`: the caller bounds it.
  std::string_view take(size_t n);

 private:
  bool fill();

  int fd_ = -1;
  std::string error_;
  uint64_t size_ = 0;
  uint64_t offset_ = 0;
  std::string buffer_;
  size_t begin_ = 0;  ///< start of unread data in buffer_
  size_t end_ = 0;    ///< end of valid data in buffer_
  bool eof_ = false;
};

/// The unsigned integer that `bytes` (at most 8) write little-endian.
uint64_t little_endian(std::string_view bytes);

}  // namespace costlint
