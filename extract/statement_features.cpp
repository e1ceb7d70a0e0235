#include "extract/statement_features.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace costlint::extract {
namespace {

/// How many words on each side of the unit are read as its context.
constexpr size_t kContextWords = 4;

enum CharClass : unsigned char { kSeparator, kLetter, kDigit };

/// The class of each byte: ASCII letters and digits make words, the rest
/// (a UTF-8 byte included) separates them.
constexpr std::array<CharClass, 256> kClasses = [] {
  std::array<CharClass, 256> classes{};
  for (int c = 'a'; c <= 'z'; ++c) classes[c] = classes[c - 'a' + 'A'] = kLetter;
  for (int c = '0'; c <= '9'; ++c) classes[c] = kDigit;
  return classes;
}();

CharClass class_of(char c) { return kClasses[static_cast<unsigned char>(c)]; }

std::string lowercase(std::string_view text) {
  std::string out(text);
  for (char& c : out) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  return out;
}

/// Maximal runs of letters or of digits in an already lowercased text.
std::vector<std::string_view> words_of(std::string_view text) {
  std::vector<std::string_view> words;
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

/// A table's row (its cells joined by `&` or `|`) rather than prose.
bool is_table_row(std::string_view text) {
  return std::count(text.begin(), text.end(), '&') >= 2 || std::count(text.begin(), text.end(), '|') >= 2;
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
  size_t dot = statement.file.rfind('.');
  add("ext", dot == std::string::npos ? "" : std::string_view(statement.file).substr(dot + 1));
  const std::string unit = lowercase(statement.unit);
  std::vector<std::string_view> unit_words = words_of(unit);
  add_words("u", unit_words);
  add(is_table_row(statement.text) ? "table" : "prose");
  if (statement.approximate) add("approx");
  if (!statement.row_label.empty()) add("system");
  if (statement.device) add(statement.device->count ? "count" : "nocount");
  add("mag", statement.value > 0 ? std::to_string(static_cast<int>(std::floor(std::log10(statement.value))))
                                 : "none");
  const std::string text = lowercase(statement.text);
  std::vector<std::string_view> words = words_of(text);
  size_t at = unit.empty() ? std::string::npos : text.find(unit);
  if (at != std::string::npos) {
    // The words wholly before the unit's first place in the sentence, and wholly after it.
    auto first_after = std::find_if(words.begin(), words.end(), [&](std::string_view w) {
      return static_cast<size_t>(w.data() - text.data()) >= at + unit.size();
    });
    auto first_touching = std::find_if(words.begin(), words.end(), [&](std::string_view w) {
      return static_cast<size_t>(w.data() - text.data()) + w.size() > at;
    });
    std::vector<std::string_view> before(first_touching - std::min<ptrdiff_t>(first_touching - words.begin(), kContextWords),
                                         first_touching);
    std::vector<std::string_view> after(first_after, first_after + std::min<ptrdiff_t>(words.end() - first_after, kContextWords));
    add_words("b", before);
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
