#pragma once
// Reads a file line by line through a fixed buffer, so that a 2 GB log is read
// in bounded memory. Knows each line's number, for diagnostics.

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

namespace costlint {

class LineReader {
 public:
  /// Opens `path`; on failure, error() says why.
  explicit LineReader(const std::string& path);
  ~LineReader();
  LineReader(const LineReader&) = delete;
  LineReader& operator=(const LineReader&) = delete;

  bool ok() const { return fd_ >= 0; }
  const std::string& error() const { return error_; }
  /// The path opened: a reader of a binary format opens it again as bytes.
  const std::string& path() const { return path_; }

  /// The next line without its line ending, valid until the next call; nothing
  /// at the end of the file. A line longer than kMaxLine is cut there.
  std::optional<std::string_view> next();
  /// The 1-based number of the line next() last returned.
  uint64_t line_number() const { return line_number_; }

  static constexpr size_t kMaxLine = 1 << 20;

 private:
  bool fill();

  int fd_ = -1;
  std::string path_;
  std::string error_;
  /// Not zeroed: only the pages read into are touched, which matters when
  /// one run's hundreds of small metric files are read one after another.
  std::unique_ptr<char[]> buffer_;
  size_t begin_ = 0;  ///< start of unread data in buffer_
  size_t end_ = 0;    ///< end of valid data in buffer_
  bool eof_ = false;
  uint64_t line_number_ = 0;
};

}  // namespace costlint
