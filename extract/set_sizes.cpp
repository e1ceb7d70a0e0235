#include "extract/set_sizes.h"

#include <algorithm>
#include <initializer_list>
#include <string>

#include "extract/data_cues.h"
#include "extract/number_text.h"
#include "extract/prose_cues.h"
#include "ir/text_case.h"

namespace costlint::extract {
namespace {

/// How many words may qualify a counted noun (`507 DESS knee MR volumes`), and how long a word
/// is read back (a longer one qualifies nothing, and bounds the reading).
constexpr int kMaxQualifiers = 3;
constexpr size_t kMaxWordBytes = 32;
/// How far the clause before a count, and its sentence, are read.
constexpr size_t kClauseReach = 64, kSentenceReach = 160;

/// Where the count before a noun at `unit_at` starts, back over the words that qualify the noun
/// (`392 TCGA-PRAD patients`, `300 3D CT scans`); none within reach.
std::optional<size_t> count_before(std::string_view text, size_t unit_at) {
  size_t begin = unit_at;
  for (int words = 0; words <= kMaxQualifiers; ++words) {
    for (size_t spaces = 0; begin > 0 && text[begin - 1] == ' ' && spaces < kMaxWordBytes; ++spaces) --begin;
    size_t word = begin;
    while (word > 0 && begin - word < kMaxWordBytes &&
           (ascii_alnum(text[word - 1]) || text[word - 1] == '-' || text[word - 1] == ',' || text[word - 1] == '.'))
      --word;
    std::string_view written = text.substr(word, begin - word);
    if (written.empty() || written.size() == kMaxWordBytes) return std::nullopt;
    bool count = ascii_digit(written.front()) && std::all_of(written.begin(), written.end(), [](char c) {
                   return ascii_digit(c) || c == ',' || c == '.';
                 });
    if (count) return word;
    if (joins_a_clause(written)) return std::nullopt;
    begin = word;
  }
  return std::nullopt;
}

/// Whether `folded` has one of `words` as a whole word.
bool has_word(std::string_view folded, std::initializer_list<std::string_view> words) {
  for (std::string_view word : words)
    for (size_t at = folded.find(word); at != std::string_view::npos; at = folded.find(word, at + 1))
      if ((at == 0 || !ascii_letter(folded[at - 1])) &&
          (at + word.size() == folded.size() || !ascii_letter(folded[at + word.size()])))
        return true;
  return false;
}

/// Whether the words `subject` (as written) name a set of data: a word of data (`dataset`, `cohort`),
/// or a set's name, a word with a capital past its first letter or a digit among letters
/// (`OAIZIB-CM`, `PLABA`, `Cholec80`), not a figure's or a table's (`Figure 3`).
bool names_a_set(std::string_view subject) {
  std::string words = folded(subject);
  if (has_word(words, {"dataset", "datasets", "data", "corpus", "collection", "cohort", "database", "set", "subset",
                       "split", "pool", "frame"}))
    return true;
  for (size_t at = 0; at < subject.size();) {
    size_t end = at;
    while (end < subject.size() && (ascii_alnum(subject[end]) || subject[end] == '-')) ++end;
    std::string_view word = subject.substr(at, end - at);
    bool inner_capital = std::any_of(word.begin() + std::min<size_t>(1, word.size()), word.end(),
                                     [](char c) { return c >= 'A' && c <= 'Z'; });
    bool mixed = std::any_of(word.begin(), word.end(), ascii_digit) && std::any_of(word.begin(), word.end(), ascii_letter);
    bool document_part = has_word(folded(word), {"figure", "fig", "table", "tab", "section", "appendix", "algorithm"});
    if ((inner_capital || mixed) && !document_part) return true;
    at = end + 1;
  }
  return false;
}

}  // namespace

bool held_by_set_before(std::string_view text, size_t unit_at) {
  std::optional<size_t> begin = count_before(text, unit_at);
  if (!begin) return false;
  std::string clause = clause_before(text, *begin, kClauseReach, ".;:,()\n");
  while (!clause.empty() && clause.back() == ' ') clause.pop_back();
  std::string sentence = clause_before(text, *begin, kSentenceReach, ".;\n");
  // A set a model is judged on (`evaluated on the Evaluation Dataset, which contains 230 pairs`, `a
  // benchmark that contains 820 problems`), unless the sentence speaks of training too.
  bool training = sentence.find("train") != std::string::npos;
  if (!training && has_word(sentence, {"test", "tests", "tested", "testing", "evaluation", "evaluated", "evaluate",
                                       "evaluating", "benchmark", "benchmarks"}))
    return false;
  // `a total of 300 trajectories`, `leaving 522 samples`: a whole, in a sentence about data.
  if (ends_with_word(clause, {"a total of", "resulting in", "leaving"}))
    return training || has_word(sentence, {"data", "dataset", "datasets", "corpus", "collected", "split", "removed",
                                           "filtered"});
  // `OAIZIB-CM contains 507 volumes`, `each dataset consists of 200 trajectories`: what a set holds
  // (not `each video contains 300 frames`, what an item does, nor `Figure 3 contains 16 images`).
  if (ends_with_word(clause, {"contains", "comprises", "consists of", "consisting of", "composed of", "comprising",
                              "containing", "contained", "comprised", "consisted of", "counts"})) {
    for (std::string_view each : {"each", "every", "per"})
      if (has_word(clause, {each}) && !has_word(clause, {"dataset", "set", "split", "subset", "task"})) return false;
    size_t subject = *begin - std::min(*begin, sentence.size());
    return names_a_set(text.substr(subject, *begin - subject));
  }
  // `a dataset of 177 proteins`, `the corpus has 830 books`: a weaker verb, after the set's name.
  if (!ends_with_word(clause, {"of", "includes", "including", "has", "with"})) return false;
  for (std::string_view data : {"dataset", "data set", "corpus", "collection", "cohort", "database"})
    if (size_t at = clause.rfind(data); at != std::string::npos && (at == 0 || !ascii_letter(clause[at - 1])) &&
                                        std::count(clause.begin() + static_cast<long>(at), clause.end(), ' ') <= 4)
      return true;
  return false;
}

std::optional<std::string_view> share_for_training(std::string_view text, size_t begin, size_t end) {
  std::string_view after = text.substr(end, 32);
  bool training = false;
  for (std::string_view use : {" were used for training", " are used for training", " for training",
                               " used for training", " were used to train", " are used to train"})
    training = training || after.starts_with(use);
  if (!training) return std::nullopt;
  std::string_view before = text.substr(begin >= kClauseReach ? begin - kClauseReach : 0,
                                        std::min(begin, kClauseReach));
  while (!before.empty() && before.back() == ' ') before.remove_suffix(1);
  bool share = false;
  for (std::string_view of : {", of which", ", of these", ", of them", " of which", " of these"})
    if (!share && before.ends_with(of)) before.remove_suffix(of.size()), share = true;
  // The items, counted just before (`2737 samples`): ten or more of a dataset's.
  auto items = share ? counted_noun_at_end(before) : std::nullopt;
  if (!items || !counts_items(folded(items->noun)) || number_value(items->count) < 10) return std::nullopt;
  // Not a batch's share (`Each minibatch holds 64 samples, of which 48 ...`).
  if (batch_before(text, static_cast<size_t>(items->count.data() - text.data()))) return std::nullopt;
  return items->noun;
}

}  // namespace costlint::extract
