#include "ingest/line_reader.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include "ingest/buffer_refill.h"

namespace costlint {

namespace {
constexpr size_t kChunk = 1 << 20;
constexpr size_t kBufferSize = kChunk + LineReader::kMaxLine;
}

LineReader::LineReader(const std::string& path) : path_(path) {
  fd_ = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd_ < 0) error_ = std::strerror(errno);
  buffer_.reset(new char[kBufferSize]);
}

LineReader::~LineReader() {
  if (fd_ >= 0) ::close(fd_);
}

/// Moves the unread tail to the front and reads more behind it.
bool LineReader::fill() {
  if (eof_) return false;
  eof_ = !refill_buffer(fd_, buffer_.get(), kBufferSize, begin_, end_);
  return !eof_;
}

std::optional<std::string_view> LineReader::next() {
  if (fd_ < 0) return std::nullopt;
  for (;;) {
    const char* start = buffer_.get() + begin_;
    const void* newline = std::memchr(start, '\n', end_ - begin_);
    bool full = end_ - begin_ >= kMaxLine;
    if (newline || full || (eof_ && end_ > begin_)) {
      size_t length = newline ? static_cast<size_t>(static_cast<const char*>(newline) - start)
                              : end_ - begin_;
      bool cut = length > kMaxLine;  // the rest is returned as the next line
      length = std::min(length, kMaxLine);
      begin_ += length + (newline && !cut ? 1 : 0);
      std::string_view line(start, length);
      if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
      ++line_number_;
      return line;
    }
    if (!fill()) {
      if (end_ > begin_) continue;  // the last line, without a newline
      return std::nullopt;
    }
  }
}

}  // namespace costlint
