#pragma once
// Maps byte offsets of a UTF-8 text to 1-based lines and columns. Columns count
// characters, not bytes: manifests are full of `×`, `±` and `µ`.

#include <cstdint>
#include <string_view>
#include <vector>

namespace costlint {

struct LineColumn {
  uint32_t line = 1;
  uint32_t column = 1;
};

class LineIndex {
 public:
  /// `first_line` numbers the first line of `text`: an excerpt of a larger file
  /// (a row of a log) keeps the line numbers of that file.
  explicit LineIndex(std::string_view text, uint32_t first_line = 1);

  /// The line and character column of `offset`. An offset at the very end of a
  /// text that ends with a newline maps to the end of the last line, where a
  /// reader expects "end of file" to be.
  LineColumn locate(uint32_t offset) const;

  /// The text of line `number`, without its line ending.
  std::string_view line_text(uint32_t number) const;

  uint32_t line_count() const { return static_cast<uint32_t>(starts_.size()); }

 private:
  /// The characters of text_[0, offset): counted from the nearest block's start.
  uint32_t chars_before(uint32_t offset) const;

  std::string_view text_;
  std::vector<uint32_t> starts_;
  uint32_t first_line_ = 1;
  /// The characters before each block of kBlockBytes, kept only when a line is
  /// longer than a block: a column on a line megabytes long is then counted
  /// from a block's start, not from the line's (a hostile text of one line of
  /// statements would be quadratic).
  std::vector<uint32_t> block_chars_;
};

}  // namespace costlint
