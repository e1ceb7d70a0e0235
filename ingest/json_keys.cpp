#include "ingest/json_keys.h"

namespace costlint {
namespace {

/// The end of the string whose opening quote is at `quote`: its closing quote.
size_t string_end(std::string_view text, size_t quote) {
  size_t i = quote + 1;
  while (i < text.size() && text[i] != '"') i += text[i] == '\\' ? 2 : 1;
  return std::min(i, text.size());
}

/// Whether the first byte after `end` that is not a blank is a `:`.
bool before_colon(std::string_view text, size_t end) {
  size_t next = text.find_first_not_of(" \t\r\n", end + 1);
  return next != std::string_view::npos && text[next] == ':';
}

}  // namespace

JsonKeys::JsonKeys(std::string_view text, std::string_view array) : text_(text) {
  // Depth 1 is inside the top-level object; the array's elements are at depth
  // 2, and their keys at depth 3.
  size_t depth = 0, element = 0;
  uint64_t line = 1;
  size_t line_start = 0;
  bool in_array = false;
  std::string_view last_top_key;
  for (size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (c == '\n') {
      ++line;
      line_start = i + 1;
    } else if (c == '"') {
      size_t end = string_end(text, i);
      if (before_colon(text, end)) {
        Key key{text.substr(i + 1, end - i - 1), i, line, line_start};
        if (depth == 1) {
          top_.push_back(key);
          last_top_key = key.name;
        } else if (depth == 3 && in_array) {
          if (elements_.size() <= element) elements_.resize(element + 1);
          elements_[element].push_back(key);
        }
      }
      i = end;  // strings hold no raw line break
    } else if (c == '{' || c == '[') {
      if (c == '[' && depth == 1 && last_top_key == array) {
        in_array = true;  // written twice, the array is the last one written
        elements_.clear();
        element = 0;
      }
      ++depth;
    } else if (c == '}' || c == ']') {
      if (depth == 2) in_array = false;
      depth -= depth > 0;
    } else if (c == ',' && depth == 2 && in_array) {
      ++element;
    }
  }
}

std::optional<ReadAt> JsonKeys::top(std::string_view key) const { return find(top_, key); }

std::optional<ReadAt> JsonKeys::in_element(size_t index, std::string_view key) const {
  if (index >= elements_.size()) return std::nullopt;
  return find(elements_[index], key);
}

std::optional<ReadAt> JsonKeys::find(const std::vector<Key>& keys, std::string_view name) const {
  for (auto key = keys.rbegin(); key != keys.rend(); ++key) {
    if (key->name != name) continue;
    size_t line_end = std::min(text_.find('\n', key->line_start), text_.size());
    size_t begin = key->offset - key->line_start;
    return ReadAt{text_.substr(key->line_start, line_end - key->line_start), key->line, begin,
                  begin + name.size() + 2};
  }
  return std::nullopt;
}

}  // namespace costlint
