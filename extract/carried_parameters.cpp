#include "extract/carried_parameters.h"

#include <algorithm>

#include "extract/plain_text.h"
#include "extract/prose_cues.h"
#include "ir/text_case.h"

namespace costlint::extract {
namespace {

/// How far a sentence is read on for the numbers that share its count's unit.
constexpr size_t kSentenceReach = 400;

/// How a count is written, that the numbers sharing its unit are written alike:
/// its magnitude letter (`2.58M`), or `,` for digits grouped in thousands
/// (`64,997`); empty for any other count, whose unit is not shared.
std::string style_of(std::string_view written) {
  if (written.empty()) return {};
  char last = written.back();
  if (last == 'M' || last == 'B' || last == 'K' || last == 'k') return std::string(1, last);
  bool grouped = written.find(',') != std::string_view::npos &&
                 std::all_of(written.begin(), written.end(), [](char c) { return ascii_digit(c) || c == ','; });
  return grouped ? "," : "";
}

/// Where the sentence that goes on at `from` ends: a period before a space or a
/// line's end, `;`, a table's row, or a line's end before a blank line or a
/// block (a list's item, a table's row, a heading); a paragraph's line breaks
/// go on with it (LaTeX wraps its sentences).
size_t sentence_end(std::string_view text, size_t from) {
  size_t stop = std::min(text.size(), from + kSentenceReach);
  for (size_t i = from; i < stop; ++i) {
    char c = text[i];
    bool next_blank = i + 1 >= text.size() || text[i + 1] == ' ' || text[i + 1] == '\n';
    if ((c == '.' && next_blank) || c == ';' || c == kCellSeparator) return i;
    if (c == '\n' && (i + 1 >= text.size() || text[i + 1] == '\n' || starts_a_block(text[i + 1]))) return i;
  }
  return stop;
}

/// The word of letters and digits just before `p`, past spaces and math's `$`, as written; empty
/// (where the word would end) when a mark comes first.
std::string_view word_before(std::string_view text, size_t p) {
  size_t before = p;
  while (before > 0 && (text[before - 1] == ' ' || text[before - 1] == '$')) --before;
  size_t start = before;
  while (start > 0 && ascii_alnum(text[start - 1])) --start;
  return text.substr(start, before - start);
}

/// Whether what comes before the number at `p` joins it to a list: a comma, a
/// bracket, a slash, an arrow, `and`, `or`, `vs`, or a name (`Generator 9.59M`,
/// `DLinear (64,704`); not `a batch size of 1,024` nor `takes 1,024 × 1,024`. After
/// `whereas` or `while`, the verb `verb` before the first count, repeated (`the model had 52,613
/// parameters, whereas the small one had 14,789`).
bool joined_to_list(std::string_view text, size_t p, size_t from, std::string_view verb) {
  std::string_view word = word_before(text, p);
  size_t start = static_cast<size_t>(word.data() - text.data());
  if (word.empty()) {
    if (start == 0) return false;
    char c = text[start - 1];
    return c == ',' || c == '(' || c == '/' || c == '[' || text.substr(0, start).ends_with("→");
  }
  if (word.front() >= 'A' && word.front() <= 'Z') return true;  // a component's or a baseline's name
  for (std::string_view joint : {"and", "or", "vs", "versus"})
    if (word == joint) return true;
  std::string between = start > from ? folded(text.substr(from, start - from)) : std::string();
  bool contrast = between.find("whereas") != std::string::npos || between.find("while") != std::string::npos;
  bool data = between.find("data") != std::string::npos || between.find("corpus") != std::string::npos ||
              between.find("token") != std::string::npos;  // `while the dataset has 12M`: another count
  return contrast && !data && !verb.empty() && same_folded(word, verb);
}

}  // namespace

void CarriedParameters::counted(std::string_view text, size_t end, std::string_view written) {
  style_ = style_of(written);
  // `written` is the count as it stands in `text`: the word before it is its verb, if any.
  std::string_view verb = word_before(text, static_cast<size_t>(written.data() - text.data()));
  verb_ = std::all_of(verb.begin(), verb.end(), ascii_letter) ? folded(verb) : std::string();
  from_ = end;
  until_ = style_.empty() ? 0 : sentence_end(text, end);
}

bool CarriedParameters::shares(std::string_view text, size_t p, size_t after, std::string_view written) const {
  if (p < from_ || p >= until_ || style_of(written) != style_) return false;
  if (!joined_to_list(text, p, from_, verb_)) return false;
  // A number of something else is followed by its noun (`1.4M steps`); one of the list, by
  // punctuation or a word that goes on with the list (`487,445 at H=720`, `64,704 / 485,280`).
  size_t q = after;
  while (q < text.size() && text[q] == ' ') ++q;
  if (q >= text.size() || !ascii_letter(text[q])) return true;
  size_t end = q;
  while (end < text.size() && ascii_letter(text[end])) ++end;
  std::string word = folded(text.substr(q, end - q));
  for (std::string_view joint : {"at", "and", "or", "for", "vs", "versus", "respectively", "in", "on", "with"})
    if (word == joint) return true;
  return false;
}

}  // namespace costlint::extract
