#pragma once
// Where each byte of a paper's plain text came from in its source, kept as
// runs: text copied from the source maps byte to byte, a symbol that stands for
// a command (`×` for `\times`) maps all its bytes to where the command stood.
// A run a span of text: most of a paper is prose, so a 2 MB source makes a few
// hundred thousand runs, not two million offsets. Internal to extract/.

#include <cstddef>
#include <cstdint>
#include <vector>

namespace costlint::extract {

class OriginMap {
 public:
  /// The source offset of plain text byte `at` (< size()).
  uint32_t operator[](size_t at) const;
  size_t size() const { return size_; }

  /// `size` bytes copied from the source at `from`.
  void copied(size_t size, uint32_t from);
  /// `size` bytes that stand for the source at `from`.
  void stood(size_t size, uint32_t from);
  /// The map of plain bytes [begin, end) again, for text written twice.
  void repeat(size_t begin, size_t end);
  /// The map of `source`'s plain bytes [begin, end), for text copied from another plain text.
  void append(const OriginMap& source, size_t begin, size_t end);
  /// Room for `runs` runs, so that a large paper's map is not copied as it grows.
  void reserve(size_t runs) { runs_.reserve(runs); }

 private:
  struct Run {
    size_t begin;   ///< its first plain byte
    uint32_t from;  ///< the source offset of that byte
    bool copied;    ///< byte to byte, else every byte at `from`
  };
  std::vector<Run> runs_;
  size_t size_ = 0;
};

}  // namespace costlint::extract
