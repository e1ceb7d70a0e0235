#include "extract/sentence.h"

#include <algorithm>

#include "extract/plain_text.h"
#include "ir/utf8.h"

namespace costlint::extract {
namespace {

/// How far a sentence is shown on either side of its statement.
constexpr size_t kSentenceReach = 200;
/// The Chinese and Japanese full stop, which no space follows.
constexpr std::string_view kIdeographicStop = "。";

}  // namespace

std::string sentence_around(std::string_view text, size_t begin, size_t end, size_t* at) {
  size_t from = begin > kSentenceReach ? begin - kSentenceReach : 0;
  size_t start = from;
  bool cell = false;  // a table's cell, which its row's end ends too (not the next row's label)
  for (size_t i = begin; i > from; --i) {
    char c = text[i - 1];
    cell = c == kCellSeparator;
    if (cell || (c == '\n' && i >= 2 && text[i - 2] == '\n') ||
        ((c == ' ' || c == '\n') && i >= 2 && (text[i - 2] == '.' || text[i - 2] == '?')) ||
        (c == kIdeographicStop.back() && text.substr(0, i).ends_with(kIdeographicStop))) {
      start = i;
      break;
    }
  }
  // Where the reach runs out, the sentence is cut at a character's first byte, not inside it.
  auto continuation = [&](size_t i) { return i < text.size() && utf8::is_continuation(text[i]); };
  while (start < begin && continuation(start)) ++start;
  size_t stop = std::min(text.size(), end + kSentenceReach);
  while (stop > end && continuation(stop)) --stop;
  for (size_t i = end; i < stop; ++i) {
    char c = text[i];
    if (c == kCellSeparator || (c == '\n' && (cell || (i + 1 < text.size() && text[i + 1] == '\n'))) ||
        (c == '.' && (i + 1 == text.size() || text[i + 1] == ' ' || text[i + 1] == '\n'))) {
      stop = c == '.' ? i + 1 : i;
      break;
    }
    if (c == kIdeographicStop.front() && text.substr(i).starts_with(kIdeographicStop)) {
      stop = std::min(text.size(), i + kIdeographicStop.size());
      break;
    }
  }
  // Written into room of its full length, then cut: a statement's sentence is made for each of thousands.
  std::string out(stop - start, ' ');
  size_t size = 0;
  bool space = true;  // no space first, none twice
  if (at) *at = 0;
  for (size_t i = start; i < stop; ++i) {
    if (i == begin && at) *at = size;
    char c = text[i] == '\n' ? ' ' : text[i];
    if (c == ' ' && space) continue;
    space = c == ' ';
    out[size++] = c;
  }
  out.resize(size > 0 && out[size - 1] == ' ' ? size - 1 : size);
  return out;
}


}  // namespace costlint::extract
