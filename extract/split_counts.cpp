#include "extract/split_counts.h"

#include <array>
#include <cmath>
#include <tuple>
#include <vector>

#include "extract/column_names.h"
#include "extract/cost_grammar.h"
#include "extract/data_cues.h"
#include "extract/number_text.h"
#include "ir/text_case.h"

namespace costlint::extract {
namespace {

namespace g = cost_grammar;

/// The most splits a dataset has (train, dev, test and a second test); how far from the
/// counts the sentence may name them, and how far before its list of counts.
constexpr size_t kMaxSplits = 4, kNamesReach = 80, kListReach = 160;
/// How far after a count its list's `respectively` may be.
constexpr size_t kRespectivelyReach = 96;

enum class Split { Train, HeldOut, None };

Split split_named(std::string_view word) {
  if (names_training_split(word) || same_folded(word, "trn")) return Split::Train;
  if (held_out_word(word) || same_folded(word, "valid")) return Split::HeldOut;
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

/// The sentence around [from, to), within `reach` either side: from the last `. ` before it
/// to the first after it.
std::pair<size_t, size_t> sentence_of(std::string_view text, size_t from, size_t to, size_t reach) {
  size_t begin = from > reach ? from - reach : 0;
  if (size_t stop = text.substr(begin, from - begin).rfind(". "); stop != std::string_view::npos) begin += stop + 2;
  size_t end = std::min(text.size(), to + reach);
  if (size_t stop = text.substr(to, end - to).find(". "); stop != std::string_view::npos) end = to + stop;
  return {begin, end};
}

/// The splits the sentence around the counts at [from, to) names with slashes, `count` of
/// them; empty if none.
std::vector<Split> names_around(std::string_view text, size_t from, size_t to, size_t count) {
  auto [begin, end] = sentence_of(text, from, to, kNamesReach);
  std::string_view window = text.substr(begin, end - begin);
  for (size_t slash = window.find('/'); slash != std::string_view::npos; slash = window.find('/', slash + 1)) {
    if (begin + slash >= from && begin + slash < to) continue;  // the counts' own slashes
    size_t start = slash, stop = slash;
    while (start > 0 && (ascii_letter(window[start - 1]) || window[start - 1] == '/')) --start;
    while (stop < window.size() && (ascii_letter(window[stop]) || window[stop] == '/')) ++stop;
    if (std::vector<Split> splits = splits_of(window.substr(start, stop - start)); splits.size() == count)
      return splits;
    slash = stop;
  }
  return {};
}

/// The splits a list of words names before `at` in its sentence (`training, validation and
/// test`, `train/dev/test`), in order, and where the list ends; empty if none.
std::pair<std::vector<Split>, size_t> listed_before(std::string_view text, size_t at) {
  size_t from = sentence_of(text, at, at, kListReach).first;
  std::string_view window = text.substr(from, at - from);
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

/// What joins the members of a list, the longest first.
constexpr std::string_view kListJoints[] = {", and ", " and ", ", "};

/// The separator of a list's members before `at` (`, `, ` and `, `, and `): its length, or 0.
size_t separator_before(std::string_view text, size_t at) {
  for (std::string_view joint : kListJoints)
    if (text.substr(0, at).ends_with(joint)) return joint.size();
  return 0;
}

/// The separator of a list's members at `at`: its length, or 0.
size_t separator_at(std::string_view text, size_t at) {
  for (std::string_view joint : kListJoints)
    if (text.substr(at).starts_with(joint)) return joint.size();
  return 0;
}

bool in_a_count(char c) { return ascii_digit(c) || c == ',' || c == '.'; }

/// How many counts of a list come before the one at `begin` (`8544, 1101 and` before `2210`).
size_t members_before(std::string_view text, size_t begin) {
  size_t members = 0;
  for (size_t q = begin; members < kMaxSplits;) {
    size_t joint = separator_before(text, q);
    if (joint == 0) break;
    size_t end = q - joint;
    if (end > 0 && std::string_view("KMBkmb").find(text[end - 1]) != std::string_view::npos) --end;  // `1.2M`
    size_t start = end;
    while (start > 0 && in_a_count(text[start - 1])) --start;
    if (start == end || !ascii_digit(text[start]) || (start > 0 && ascii_alnum(text[start - 1]))) break;
    ++members, q = start;
  }
  return members;
}

/// How many counts of a list come after the one that ends at `end`.
size_t members_after(std::string_view text, size_t end) {
  size_t members = 0;
  for (size_t q = end; members < kMaxSplits;) {
    size_t joint = separator_at(text, q);
    if (joint == 0 || q + joint >= text.size() || !ascii_digit(text[q + joint])) break;
    auto number = match<g::number>(text.substr(q + joint));
    if (!number) break;
    ++members, q += joint + *number;
  }
  return members;
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

}  // namespace

std::optional<bool> held_out_by_order(std::string_view text, size_t begin, size_t end) {
  while (begin < end && !ascii_digit(text[begin])) ++begin;  // the count itself, past what leads to it
  std::string after = folded(text.substr(end, kRespectivelyReach));
  if (size_t stop = after.find_first_of(".;"); stop != std::string::npos) after.erase(stop);
  size_t respectively = after.find("respectively");  // an offset into text too: folding keeps lengths
  if (respectively == std::string::npos) return std::nullopt;
  auto [splits, list_end] = listed_before(text, begin);
  // `444101, 63483 and 126670 reviews for train, validation, and test, respectively`: named after them.
  if (splits.empty() || list_end > begin) {
    std::tie(splits, list_end) = listed_before(text, end + respectively);
    if (splits.empty() || list_end < end) return std::nullopt;
  }
  // This count's place in its list, which holds one count a split.
  size_t before = members_before(text, begin);
  if (before + 1 + members_after(text, end) != splits.size()) return std::nullopt;
  return splits[before] == Split::HeldOut;
}

bool slash_after(std::string_view text, size_t end) {
  while (end < text.size() && text[end] == ' ') ++end;
  return end < text.size() && text[end] == '/';
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
  std::string_view noun = noun_after(text, end);
  // Without a noun of data, the counts may be proportions (`80/10/10 train/validation/test split`)
  // or not counts of data at all: read as any numbers are.
  if (noun.empty()) return std::nullopt;
  std::vector<Split> splits = names_around(text, p, end, found);
  if (splits.empty()) return std::nullopt;
  SplitCounts split{end, std::nullopt, 0, 0, noun};
  size_t noun_end = static_cast<size_t>(noun.data() - text.data()) + noun.size();
  bool rate = text.substr(noun_end).starts_with(" per ") || text.substr(noun_end).starts_with("/");
  for (size_t k = 0; k < found && !rate; ++k)
    if (auto [begin, stop] = counts[k]; splits[k] == Split::Train) {
      double value = number_value(text.substr(begin, stop - begin));
      if (value < 10 || value != std::floor(value)) continue;
      split.train_begin = begin, split.train_end = stop, split.train_value = value;
    }
  return split;
}

}  // namespace costlint::extract
