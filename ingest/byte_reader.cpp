#include "ingest/byte_reader.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

#include "ingest/buffer_refill.h"

namespace costlint {

namespace {
constexpr size_t kChunk = 1 << 16;
}

ByteReader::ByteReader(const std::string& path) {
  fd_ = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  struct stat status {};
  if (fd_ >= 0 && ::fstat(fd_, &status) == 0) {
    size_ = static_cast<uint64_t>(status.st_size);
  } else {
    error_ = std::strerror(errno);
    if (fd_ >= 0) ::close(fd_);
    fd_ = -1;
  }
  buffer_.resize(kChunk);
}

ByteReader::~ByteReader() {
  if (fd_ >= 0) ::close(fd_);
}

/// Moves the unread tail to the front and reads more behind it.
bool ByteReader::fill() {
  if (eof_ || fd_ < 0) return false;
  eof_ = !refill_buffer(fd_, buffer_.data(), buffer_.size(), begin_, end_);
  return !eof_;
}

std::string_view ByteReader::take(size_t n) {
  if (buffer_.size() < n) buffer_.resize(n);  // fill() moves what is unread to the front
  while (end_ - begin_ < n && fill()) {
  }
  std::string_view piece(buffer_.data() + begin_, std::min(n, end_ - begin_));
  begin_ += piece.size();
  offset_ += piece.size();
  return piece;
}

uint64_t little_endian(std::string_view bytes) {
  uint64_t value = 0;
  for (size_t i = bytes.size(); i-- > 0;) value = value << 8 | static_cast<unsigned char>(bytes[i]);
  return value;
}

}  // namespace costlint
