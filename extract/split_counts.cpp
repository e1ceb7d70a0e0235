#include "extract/split_counts.h"

#include <array>
#include <vector>

#include "extract/cost_grammar.h"
#include "extract/data_cues.h"
#include "extract/number_text.h"
#include "ir/text_case.h"

namespace costlint::extract {
namespace {

namespace g = cost_grammar;

/// The most splits a dataset has (train, dev, test and a second test), and how far
/// from the counts the sentence may name them.
constexpr size_t kMaxSplits = 4, kNamesReach = 80;

enum class Split { Train, HeldOut, None };

Split split_named(std::string_view word) {
  std::string name = folded(word);
  for (std::string_view train : {"train", "training", "trn"})
    if (name == train) return Split::Train;
  for (std::string_view held_out : {"dev", "val", "valid", "validation", "test", "testing", "eval", "evaluation"})
    if (name == held_out) return Split::HeldOut;
  return Split::None;
}

/// The splits a word joined by slashes names (`train/dev/test`), in order; empty where one
/// of its parts names none.
std::vector<Split> splits_of(std::string_view word) {
  std::vector<Split> splits;
  while (!word.empty()) {
    size_t slash = word.find('/');
    Split split = split_named(word.substr(0, slash));
    if (split == Split::None || splits.size() == kMaxSplits) return {};
    splits.push_back(split);
    word = slash == std::string_view::npos ? std::string_view() : word.substr(slash + 1);
  }
  return splits;
}

/// The splits the sentence around [from, to) names with slashes, `count` of them; empty if none.
std::vector<Split> names_around(std::string_view text, size_t from, size_t to, size_t count) {
  size_t begin = from > kNamesReach ? from - kNamesReach : 0;
  std::string_view window = text.substr(begin, to + kNamesReach - begin);
  for (size_t slash = window.find('/'); slash != std::string_view::npos; slash = window.find('/', slash + 1)) {
    if (begin + slash >= from && begin + slash < to) continue;  // the counts' own slashes
    size_t start = slash, end = slash;
    while (start > 0 && (ascii_letter(window[start - 1]) || window[start - 1] == '/')) --start;
    while (end < window.size() && (ascii_letter(window[end]) || window[end] == '/')) ++end;
    if (std::vector<Split> splits = splits_of(window.substr(start, end - start)); splits.size() == count)
      return splits;
    slash = end;
  }
  return {};
}

/// The words after the counts, up to the noun of data they count (`sentences`,
/// `decision-data questions`), a few words at most; empty if none.
std::string_view noun_after(std::string_view text, size_t end) {
  size_t start = end;
  while (start < text.size() && text[start] == ' ') ++start;
  size_t q = start;
  for (int word = 0; word < 3; ++word) {
    size_t stop = q;
    while (stop < text.size() && (ascii_letter(text[stop]) || text[stop] == '-')) ++stop;
    if (stop == q) break;
    std::string noun = folded(text.substr(q, stop - q));
    if (counts_items(noun)) return text.substr(start, stop - start);
    if (stop >= text.size() || text[stop] != ' ') break;
    q = stop + 1;
  }
  return {};
}

/// The splits a list of words names before `at` in its sentence (`training, validation and
/// test`), in order, and where the list ends; empty if none.
std::pair<std::vector<Split>, size_t> listed_before(std::string_view text, size_t at) {
  size_t from = at > kNamesReach ? at - kNamesReach : 0;
  std::string_view window = text.substr(from, at - from);
  if (size_t stop = window.rfind(". "); stop != std::string_view::npos) window.remove_prefix(stop + 2), from += stop + 2;
  std::vector<Split> splits;
  size_t list_end = 0;
  for (size_t q = 0; q < window.size();) {
    size_t stop = q;
    while (stop < window.size() && (ascii_letter(window[stop]) || window[stop] == '/')) ++stop;
    if (stop == q) {
      ++q;
      continue;
    }
    std::string_view word = window.substr(q, stop - q);
    std::vector<Split> named = word.find('/') != std::string_view::npos ? splits_of(word) : std::vector<Split>{};
    if (named.size() >= 2) return {named, from + stop};
    Split split = named.empty() ? split_named(word) : Split::None;
    bool joint = same_folded(word, "and");
    if (split != Split::None) splits.push_back(split), list_end = from + stop;
    else if (!joint && splits.size() < 2) splits.clear();
    else if (!joint) break;
    q = stop;
  }
  if (splits.size() < 2) return {};
  return {splits, list_end};
}

}  // namespace

std::optional<bool> held_out_by_order(std::string_view text, size_t begin, size_t end) {
  std::string after = folded(text.substr(end, 64));
  if (size_t stop = after.find_first_of(".;"); stop != std::string::npos) after.erase(stop);
  if (after.find("respectively") == std::string::npos) return std::nullopt;
  auto [splits, list_end] = listed_before(text, begin);
  if (splits.empty() || list_end > begin) return std::nullopt;
  // This count's place in its list: the counts written between the names and it.
  size_t index = 0;
  for (size_t q = list_end; q < begin; ++q)
    if (ascii_digit(text[q]) && !ascii_alnum(text[q - 1]) && text[q - 1] != ',' && text[q - 1] != '.') ++index;
  if (index >= splits.size()) return std::nullopt;
  return splits[index] == Split::HeldOut;
}

std::optional<SplitCounts> split_counts_at(std::string_view text, size_t p) {
  std::array<std::pair<size_t, size_t>, kMaxSplits> counts{};  // where each is written
  size_t found = 0, q = p;
  while (found < kMaxSplits) {
    auto number = match<g::number>(text.substr(q));
    if (!number) break;
    counts[found++] = {q, q + *number};
    size_t next = q + *number;
    while (next < text.size() && text[next] == ' ') ++next;
    if (next >= text.size() || text[next] != '/') break;
    ++next;
    while (next < text.size() && text[next] == ' ') ++next;
    q = next;
  }
  if (found < 2) return std::nullopt;
  size_t end = counts[found - 1].second;
  std::vector<Split> splits = names_around(text, p, end, found);
  if (splits.empty()) return std::nullopt;
  SplitCounts split{end, std::nullopt, 0, 0, noun_after(text, end)};
  for (size_t k = 0; k < found; ++k)
    if (splits[k] == Split::Train) {
      auto [begin, stop] = counts[k];
      split.train_begin = begin, split.train_end = stop;
      split.train_value = number_value(text.substr(begin, stop - begin));
    }
  return split;
}

}  // namespace costlint::extract
