#include "ir/line_index.h"

#include <algorithm>

#include "ir/utf8.h"

namespace costlint {
namespace {

constexpr uint32_t kBlockBytes = 4096;

}  // namespace

LineIndex::LineIndex(std::string_view text, uint32_t first_line)
    : text_(text), first_line_(first_line) {
  // A byte order mark is no character of the first line.
  starts_.push_back(text.starts_with("\xEF\xBB\xBF") ? 3 : 0);
  // memchr's word-at-a-time search: a manifest or a paper is mostly not newlines.
  for (size_t i = text.find('\n', starts_[0]); i != std::string_view::npos; i = text.find('\n', i + 1))
    starts_.push_back(static_cast<uint32_t>(i + 1));
  // A final newline does not open a line of its own.
  if (starts_.size() > 1 && starts_.back() == text.size()) starts_.pop_back();
  uint32_t longest = 0;
  for (size_t i = 0; i < starts_.size(); ++i)
    longest = std::max(longest, (i + 1 < starts_.size() ? starts_[i + 1] : static_cast<uint32_t>(text.size())) - starts_[i]);
  if (longest <= kBlockBytes) return;
  block_chars_.push_back(0);
  for (size_t block = kBlockBytes; block <= text.size(); block += kBlockBytes)
    block_chars_.push_back(block_chars_.back() +
                           static_cast<uint32_t>(utf8::count_chars(text.substr(block - kBlockBytes, kBlockBytes))));
}

uint32_t LineIndex::chars_before(uint32_t offset) const {
  uint32_t block = offset / kBlockBytes;
  return block_chars_[block] +
         static_cast<uint32_t>(utf8::count_chars(text_.substr(size_t{block} * kBlockBytes, offset % kBlockBytes)));
}

LineColumn LineIndex::locate(uint32_t offset) const {
  offset = std::min<uint32_t>(offset, static_cast<uint32_t>(text_.size()));
  auto after = std::upper_bound(starts_.begin(), starts_.end(), offset);
  uint32_t line = std::max<uint32_t>(1, static_cast<uint32_t>(after - starts_.begin()));
  uint32_t start = starts_[line - 1];
  uint32_t number = line + first_line_ - 1;
  if (offset < start) return {number, 1};
  std::string_view before = text_.substr(start, offset - start);
  if (!before.empty() && before.back() == '\n') before.remove_suffix(1);
  if (!before.empty() && before.back() == '\r') before.remove_suffix(1);
  if (before.size() <= kBlockBytes || block_chars_.empty())
    return {number, static_cast<uint32_t>(utf8::count_chars(before)) + 1};
  return {number, chars_before(start + static_cast<uint32_t>(before.size())) - chars_before(start) + 1};
}

std::string_view LineIndex::line_text(uint32_t number) const {
  if (number < first_line_) return {};
  uint32_t line = number - first_line_ + 1;
  if (line > starts_.size()) return {};
  uint32_t start = starts_[line - 1];
  uint32_t end = line < starts_.size() ? starts_[line] : static_cast<uint32_t>(text_.size());
  std::string_view text = text_.substr(start, end - start);
  if (!text.empty() && text.back() == '\n') text.remove_suffix(1);
  if (!text.empty() && text.back() == '\r') text.remove_suffix(1);
  return text;
}

}  // namespace costlint
