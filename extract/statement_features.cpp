#include "extract/statement_features.h"

#include <algorithm>
#include <cmath>

#include "ir/text_case.h"

namespace costlint::extract {
namespace {

/// How many words before the number, and after the unit, are read as its context.
constexpr size_t kContextWords = 4;

enum CharClass : unsigned char { kSeparator, kLetter, kDigit };

/// ASCII letters and digits make words; every other byte, a UTF-8 one included, separates them.
CharClass class_of(char c) { return ascii_letter(c) ? kLetter : ascii_digit(c) ? kDigit : kSeparator; }

/// Maximal runs of letters or of digits in an already lowercased text.
std::vector<std::string_view> words_of(std::string_view text) {
  std::vector<std::string_view> words;
  words.reserve(text.size() / 4 + 1);  // one allocation: most words are longer than three bytes
  size_t i = 0;
  while (i < text.size()) {
    CharClass kind = class_of(text[i]);
    if (kind == kSeparator) {
      ++i;
      continue;
    }
    size_t end = i + 1;
    while (end < text.size() && class_of(text[end]) == kind) ++end;
    words.push_back(text.substr(i, end - i));
    i = end;
  }
  return words;
}

/// The file's extension, lowercased, without its dot (`tex`, `md`); empty if none.
std::string extension_of(std::string_view file) {
  size_t slash = file.find_last_of("/\\");
  std::string_view name = slash == std::string_view::npos ? file : file.substr(slash + 1);
  size_t dot = name.rfind('.');
  return dot == std::string_view::npos ? std::string() : folded(name.substr(dot + 1));
}

}  // namespace

void visit_features(const CostStatement& statement,
                    const std::function<void(std::string_view kind, std::string_view value)>& visit) {
  const std::string_view figure = figure_name(statement.figure);
  std::string kind_of;  // `figure|kind` or `figure|kind=`
  auto add = [&](std::string_view kind, std::string_view value = {}) {
    kind_of.assign(figure).append("|").append(kind);
    if (!value.empty()) kind_of.append("=");
    visit(kind_of, value);
  };
  /// One feature of `kind` for each distinct word of `words`.
  auto add_words = [&](std::string_view kind, std::vector<std::string_view>& words) {
    std::sort(words.begin(), words.end());
    words.erase(std::unique(words.begin(), words.end()), words.end());
    kind_of.assign(figure).append("|").append(kind).append("=");
    for (std::string_view word : words) visit(kind_of, word);
  };
  visit(figure, {});
  add("ext", extension_of(statement.file));
  const std::string unit = folded(statement.unit);
  std::vector<std::string_view> unit_words = words_of(unit);
  add_words("u", unit_words);
  if (statement.approximate) add("approx");
  if (!statement.row_label.empty()) add("system");
  if (statement.device) add(statement.device->count ? "count" : "nocount");
  add("mag", statement.value > 0 ? std::to_string(static_cast<int>(std::floor(std::log10(statement.value))))
                                 : "none");
  const std::string text = folded(statement.text);
  std::vector<std::string_view> words = words_of(text);
  // The words before the statement's number, and those after its unit where the
  // unit is written after it (not where a table's header gives it).
  const size_t number_at = std::min<size_t>(statement.text_at, text.size());
  auto first_after = [&](size_t offset) {
    return std::find_if(words.begin(), words.end(),
                        [&](std::string_view w) { return static_cast<size_t>(w.data() - text.data()) >= offset; });
  };
  auto number = first_after(number_at);
  std::vector<std::string_view> before(number - std::min<ptrdiff_t>(number - words.begin(), kContextWords), number);
  add_words("b", before);
  size_t unit_at = unit.empty() ? std::string::npos : text.find(unit, number_at);
  while (unit_at != std::string::npos && unit_at > 0 && class_of(unit[0]) == kLetter &&
         class_of(text[unit_at - 1]) == kLetter)  // `h` is not found inside `this`
    unit_at = text.find(unit, unit_at + 1);
  if (unit_at != std::string::npos) {
    auto next = first_after(unit_at + unit.size());
    std::vector<std::string_view> after(next, next + std::min<ptrdiff_t>(words.end() - next, kContextWords));
    add_words("a", after);
  }
  add("len", std::to_string(std::min<size_t>(words.size() / 10, 6)));
  std::erase_if(words, [](std::string_view word) { return class_of(word[0]) == kDigit; });
  add_words("w", words);
}

std::vector<std::string> statement_features(const CostStatement& statement) {
  std::vector<std::string> features;
  visit_features(statement, [&](std::string_view kind, std::string_view value) {
    features.emplace_back(kind).append(value);
  });
  std::sort(features.begin(), features.end());
  return features;
}

}  // namespace costlint::extract
