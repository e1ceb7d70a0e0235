#include "extract/latex_groups.h"

#include "extract/byte_set.h"

namespace costlint::extract {

/// Each `{` of `text` that closes, with the offset past its `}`, by position:
/// one pass, so that finding a command's argument costs a lookup. A `{` is
/// entered when it opens, so the table is in order without a sort; those that
/// never close keep 0 and are dropped at the end.
std::vector<std::pair<uint32_t, uint32_t>> matching_braces(std::string_view text) {
  std::vector<std::pair<uint32_t, uint32_t>> pairs;
  pairs.reserve(text.size() / 32);  // about a brace group a line of LaTeX
  std::vector<size_t> open;  // indices into pairs
  static constexpr ByteSet kBraceOrEscape = byte_set("\\{}");
  for (size_t i = 0; i < text.size(); ++i) {
    while (i < text.size() && !kBraceOrEscape[static_cast<unsigned char>(text[i])]) ++i;  // most bytes
    if (i == text.size()) break;
    if (text[i] == '\\') {
      ++i;
    } else if (text[i] == '{') {
      open.push_back(pairs.size());
      pairs.emplace_back(static_cast<uint32_t>(i), 0);
    } else if (text[i] == '}' && !open.empty()) {
      pairs[open.back()].second = static_cast<uint32_t>(i + 1);
      open.pop_back();
    }
  }
  std::erase_if(pairs, [](const auto& pair) { return pair.second == 0; });
  return pairs;
}

}  // namespace costlint::extract
