#include "extract/data_cues.h"

#include <algorithm>
#include <array>
#include <span>
#include <string>
#include <vector>

#include "extract/column_names.h"
#include "extract/number_text.h"
#include "extract/prose_cues.h"
#include "extract/table_row.h"
#include "extract/unit_words.h"
#include "ir/text_case.h"

namespace costlint::extract {
namespace {

/// How far a split's members are read for the noun its last one writes.
constexpr size_t kSplitReach = 120;
/// How far before a bracket of counts the words of a size are looked for, and after it a noun.
constexpr size_t kSizeWordsReach = 40;
/// How far before and after a count's noun the words are read for data.
constexpr size_t kDataReachBefore = 160, kDataReachAfter = 120;

/// The words of `text`: runs of letters, digits and `joiners` (the `-` of `held-out`, the `,` of
/// `1,273`), a trailing comma left off.
std::vector<std::string_view> words_of(std::string_view text, std::string_view joiners) {
  std::vector<std::string_view> words;
  for (size_t at = 0; at < text.size();) {
    size_t end = at;
    while (end < text.size() && (ascii_alnum(text[end]) || joiners.find(text[end]) != std::string_view::npos)) ++end;
    std::string_view word = text.substr(at, end - at);
    while (!word.empty() && word.back() == ',') word.remove_suffix(1);
    if (!word.empty()) words.push_back(word);
    at = end + 1;
  }
  return words;
}

/// A word after a held-out word that makes it a set: `testing set`, `validation subset`.
bool names_a_set(std::string_view word) {
  for (std::string_view set : {"set", "sets", "split", "splits", "subset", "subsets", "dataset", "part", "portion",
                               "partition", "fold", "folds"})
    if (word == set) return true;
  return false;
}

/// A held-out set named by its year: `val2017`, `test2015`, `newstest2013`, or `val 2017`.
bool held_out_edition(std::string_view word, std::string_view next) {
  size_t digits = word.find_first_of("0123456789");
  if (digits == std::string_view::npos)
    return held_out_word(word) && next.size() == 4 && (next.starts_with("19") || next.starts_with("20")) &&
           std::all_of(next.begin(), next.end(), ascii_digit);
  std::string_view name = word.substr(0, digits);
  return word.size() - digits >= 2 && word.find_first_not_of("0123456789", digits) == std::string_view::npos &&
         (name == "val" || name == "test" || name == "newstest" || name == "dev");
}

/// Whether folded words name a held-out set: `the testing set`, `a held-out validation
/// subset`, `COCO val2017`, `the VOC2007 test dataset` (not `test-time`, nor `test accuracy`).
bool names_held_out_set(std::string_view clause) {
  std::vector<std::string_view> words = words_of(clause, "-");
  for (size_t i = 0; i < words.size(); ++i) {
    std::string_view next = i + 1 < words.size() ? words[i + 1] : std::string_view();
    if (held_out_edition(words[i], next)) return true;
    // `the COCO-2014-validation dataset`: a name's last part (not `the VOC train-val set`).
    if (size_t dash = words[i].rfind('-'); dash != std::string_view::npos && held_out_word(words[i].substr(dash + 1)) &&
                                           names_a_set(next) && words[i].find("train") == std::string_view::npos)
      return true;
    // (Not `a training and evaluation dataset`, one set a model is trained on too; `train and test
    // sets of 500,000 and 1,500,000` are two.)
    bool with_training = i >= 2 && words[i - 1] == "and" && (words[i - 2] == "training" || words[i - 2] == "train") &&
                         !next.ends_with("s");
    if ((held_out_word(words[i]) || words[i] == "held-out" || words[i] == "hold-out") && names_a_set(next) &&
        !with_training)
      return true;
  }
  return false;
}

}  // namespace

bool held_out_word(std::string_view word) {
  for (std::string_view held_out : {"test", "testing", "validation", "val", "dev", "evaluation", "eval", "gallery"})
    if (same_folded(word, held_out)) return true;
  return false;
}

/// Whether the clause around a count says it is held out: `25,000 pairs for
/// validation`, `the validation split (2,000 images)`.
bool held_out_around(std::string_view text, size_t begin, size_t end) {
  std::string after = folded(text.substr(end, 96));
  // `280K (validation)`, `56K (test subset)`: a held-out set named in brackets after the count.
  if (after.starts_with(" (")) {
    // (Only a bracket that names the set itself: not `(excluding the validation set)`.)
    if (names_held_out(std::string_view(after).substr(2, after.find(')') - 2))) return true;
  }
  if (size_t stop = after.find_first_of(",.;()\n"); stop != std::string::npos) after.erase(stop);
  // `12k images and the test set 3k images`: what follows `and` is another set's, where it counts
  // one (not `10,000 images and hold them out for testing`).
  if (size_t joint = after.find(" and "); joint != std::string::npos &&
                                          after.find_first_of("0123456789", joint) != std::string::npos)
    after.erase(joint);
  // `118K images with AP reported on val2017`: a clause after `with` says something else.
  if (size_t with = after.find(" with "); with != std::string::npos) after.erase(with);
  for (std::string_view use : {"for validation", "for testing", "for test", "for evaluation"})
    if (after.find(use) != std::string::npos) return true;
  // `1,614 images from the validation directory`.
  for (std::string_view source : {"from the validation", "from the test", "from the held-out"})
    if (after.find(source) != std::string::npos && after.find("train") == std::string::npos) return true;
  if (names_held_out_set(after)) return true;
  // The clause: after a `;`, a line's end or a sentence's (a `.` before a space, not `2.5`).
  std::string before = clause_before(text, begin, 48, ";\n");
  if (size_t stop = before.rfind(". "); stop != std::string::npos) before.erase(0, stop + 2);
  if (size_t stop = before.rfind(", "); stop != std::string::npos) before.erase(0, stop + 2);  // not `2,000`
  if (names_held_out_set(before)) return true;
  // `is evaluated on a separate set of 9000 points`: a verb of judging, in a clause that names no
  // training (not `trained and evaluated on 50K dialogues`, `then fine-tuned with 118K images`).
  bool learning = before.find("train") != std::string::npos || before.find("tun") != std::string::npos ||
                  before.find("learn") != std::string::npos;
  // `validation metrics on 1,000 clips`, `accuracy on 5,000 images`: what is scored on is judged.
  for (std::string_view verb : {"evaluated on ", "tested on ", "metrics on ", "results on ", "accuracy on ",
                                "scores on ", "performance on ", "latency on "})
    if (!learning && before.rfind(verb) != std::string::npos) return true;
  // `Evaluation is performed on the last 5,000 pairs (1,000 images)`, `we evaluate our model on 3k images`.
  if (size_t judged = before.find("evaluat"); !learning && judged != std::string::npos &&
                                              before.find(" on ", judged) != std::string::npos)
    return true;
  // `and evaluate on 3k images`: the verb just before the count (not `the latest one contains`,
  // `Models evaluated on VTAB were pretrained on 14M images`).
  std::string_view head = before;
  while (!head.empty() && head.back() == ' ') head.remove_suffix(1);
  while (!head.empty() && head.back() != ' ') head.remove_suffix(1);  // the count
  return ends_with_word(head, {"evaluate on", "evaluated on", "evaluating on", "test on", "tested on", "testing on"});
}

bool counts_items(std::string_view noun) {
  if (samples_noun(noun)) return true;
  for (std::string_view items : {"patients", "subjects", "volumes", "scans", "proteins", "recordings", "tiles",
                                 "slides", "cases", "structures", "trajectories", "demonstrations", "episodes",
                                 "problems", "questions", "prompts", "tweets", "reviews", "instances", "abstracts",
                                 "posts", "paragraphs", "passages", "reports", "complexes", "genomes", "compounds",
                                 "crystals", "songs", "meshes", "geometries"})
    if (noun == items) return true;
  return false;
}

bool data_named_around(std::string_view text, size_t at) {
  size_t from = at > kDataReachBefore ? at - kDataReachBefore : 0;
  std::string window = folded(text.substr(from, at - from + kDataReachAfter));
  for (std::string_view cue : {"data", "corpus", "corpora", "collect", "annotat", "label", "train", "contain",
                               "consist", "compris", "benchmark"})
    // At a word's start: not `constraint`, `metadata`.
    for (size_t found = window.find(cue); found != std::string::npos; found = window.find(cue, found + 1))
      if (found == 0 || !ascii_letter(window[found - 1])) return true;
  return false;
}

namespace {

/// How far before a count its clause is read for what trained on it (`we train on`, `the training
/// set has`).
constexpr size_t kTrainedReach = 48;
/// How many words may come between a training split's name and its count (`has about`).
constexpr int kMaxWordsAfterSplit = 3;

/// Whether `clause` (folded, up to a count) names a training split a few words before its end;
/// `text_start`, whether the clause starts where the text does.
bool training_split_before(std::string_view clause, bool text_start) {
  size_t stop = clause.find_last_of(".;,()%");
  if (stop != std::string_view::npos) clause.remove_prefix(stop + 1);
  for (std::string_view split : {"training set", "training split", "training data", "train set", "train split",
                                 "training subset", "training dataset", "training corpus"}) {
    // Its start in the clause, where the letter before it is seen (not `pretraining set`).
    size_t at = clause.rfind(split);
    if (at == std::string_view::npos || (at == 0 ? !text_start : ascii_letter(clause[at - 1]))) continue;
    // `In addition to the training set, we hold out 500 images`: a count beside the split.
    std::string_view lead = clause.substr(0, at);
    if (lead.find("addition to") != std::string_view::npos || lead.find("besides") != std::string_view::npos ||
        lead.find("apart from") != std::string_view::npos)
      continue;
    std::string_view between = clause.substr(at + split.size());
    if (!between.empty() && ascii_letter(between.front())) continue;  // `training sets` is another's
    // `60,000 examples as the training set and 10,000 as the testing set`: the next count is another's.
    if (between.find(" and ") != std::string_view::npos || between.find("hold") != std::string_view::npos ||
        between.find("held") != std::string_view::npos)
      continue;
    if (std::count(between.begin(), between.end(), ' ') <= kMaxWordsAfterSplit + 1) return true;
  }
  return false;
}

/// `(750 train, 50 val, 200 test)`, `[67,349 train | 872 validation | 1,821 test]`: a bracket that
/// the training count opens, that lists the splits' counts and nothing else (`words`, after the
/// training one) and closes at `close`; the dataset's name says what they count. Not the sizes of
/// an image or a batch (`resized (224 train, 288 test)`), nor counts of what follows the bracket
/// (`(1000 train, 200 eval) steps`, `(500 train, 100 test) images per class`).
bool bare_split_list(std::string_view text, size_t count_end, std::span<const std::string_view> words, size_t close) {
  if (close >= text.size() || (text[close] != ')' && text[close] != ']')) return false;
  std::vector<std::string_view> members;
  for (std::string_view w : words)
    if (w != "and") members.push_back(w);
  if (members.empty() || members.size() % 2 != 0) return false;
  for (size_t i = 0; i < members.size(); ++i)
    if (i % 2 == 0 ? !ascii_digit(members[i].front()) : !held_out_word(members[i])) return false;
  size_t open = count_end;
  while (open > 0 && (ascii_digit(text[open - 1]) || text[open - 1] == ',')) --open;
  if (open == 0 || (text[open - 1] != '(' && text[open - 1] != '[')) return false;
  size_t from = open > kSizeWordsReach ? open - kSizeWordsReach : 0;
  std::string before = folded(text.substr(from, open - from));
  for (std::string_view w : words_of(before, "-"))
    for (std::string_view size : {"size", "sizes", "resolution", "resolutions", "resized", "batch", "length",
                                  "lengths", "crop", "steps", "epochs", "iterations"})
      if (w == size) return false;
  // The word right after the bracket, if one follows it before any sign.
  std::string next = folded(text.substr(close + 1, kSizeWordsReach));
  size_t at = next.find_first_not_of(' ');
  if (at == std::string::npos || !ascii_alnum(next[at])) return true;
  std::string_view first = words_of(std::string_view(next).substr(at), "-").front();
  return !(first == "per" || first == "each" || first == "steps" || first == "epochs" || first == "iterations" ||
           first == "updates" || counts_items(first));
}

}  // namespace

std::optional<bool> use_named_after(std::string_view text, size_t end) {
  // `the first 100 classes (5,864 images) for training`: the count in brackets, its use after them.
  if (text.substr(end).starts_with(")")) ++end;
  std::string clause = folded(text.substr(end, 72));
  if (size_t stop = clause.find_first_of(",.;:()\n"); stop != std::string::npos) clause.erase(stop);
  // `44484 samples as the training set and the remaining 4449 as the test set`: past `and`, another's.
  if (size_t joint = clause.find(" and "); joint != std::string::npos) clause.erase(joint);
  std::vector<std::string_view> words = words_of(clause, "-");
  // Where the items come from (`from the validation set`) gives way to where they go (`into the
  // training set`, `as the validation set`, `for validation`), which the clause says after it.
  std::optional<bool> source;
  for (size_t k = 0; k + 1 < words.size(); ++k) {
    bool as = words[k] == "as", from = words[k] == "from", into = words[k] == "into";
    if (!as && !from && !into && words[k] != "for") continue;
    size_t q = k + 1;
    while (q + 1 < words.size() && q < k + 3 &&
           (words[q] == "the" || words[q] == "a" || words[q] == "our" || words[q] == "labeled" ||
            words[q] == "labelled" || words[q] == "original"))
      ++q;
    std::string_view use = words[q];
    // `from` and `into` name a split only where a set's noun follows.
    std::string_view noun = q + 1 < words.size() ? words[q + 1] : std::string_view();
    if ((from || into) && noun != "split" && noun != "set" && noun != "data" && noun != "subset") continue;
    bool training = use == "training" || use == "train" || use == "fine-tuning" || use == "finetuning";
    bool held_out = held_out_word(use) || use == "held-out";
    if (!training && !held_out) continue;
    if (from) source = training;
    else return training;
  }
  return source;
}

bool training_set_around(std::string_view text, size_t begin, size_t end, std::optional<bool> use_after) {
  // `Figure 3 shows 16 training images`: the data shown, not trained on.
  std::string shown = folded(text.substr(begin >= 24 ? begin - 24 : 0, std::min<size_t>(begin, 24)));
  if (shown.find("show") != std::string::npos || shown.find("figure") != std::string::npos) return false;
  std::string before = folded(text.substr(begin >= 9 ? begin - 9 : 0, begin >= 9 ? 9 : begin));
  if (before.ends_with("training ") || before.ends_with(" train ")) return true;
  // `159 train examples`, `500 PubMedQA training samples` read as one unit: one of its words says so.
  std::string unit = folded(text.substr(begin, std::min<size_t>(end - begin, 48)));
  unit.insert(unit.begin(), ' ');
  if (unit.find(" training ") != std::string::npos || unit.find(" train ") != std::string::npos) return true;
  // `we train on 559 images`, `fine-tuned on 50 abdomen scans`: the count just after the verb.
  std::string clause =
      folded(text.substr(begin >= kTrainedReach ? begin - kTrainedReach : 0, std::min(begin, kTrainedReach)));
  // (Not `tuned on 500 images` of hyperparameters, a held-out set, nor `20% of 1,000 images`.)
  if (size_t on = clause.rfind(" on "); on != std::string::npos && on + 4 < clause.size() &&
                                        ascii_digit(clause[on + 4]) &&
                                        std::count(clause.begin() + static_cast<long>(on) + 4, clause.end(), ' ') <= 3 &&
                                        clause.find_first_of(".;:()%", on + 4) == std::string::npos &&
                                        clause.find("hyperparam") == std::string::npos &&
                                        clause.find("threshold") == std::string::npos)
    for (std::string_view trained : {"train", "trained", "training", "tune", "tuned", "tuning"})
      if (clause.substr(0, on).ends_with(trained)) return true;
  // `The training set has 823 images`, `Training Set: 823 images`: the split named just before its count.
  if (training_split_before(clause, begin < kTrainedReach)) return true;
  std::string after = folded(text.substr(end, 24));
  return after.starts_with(" for training") || after.starts_with(" for train ") || after.starts_with(" in training") ||
         use_after.value_or(false);
}

bool training_size_symbol_before(std::string_view text, size_t p) {
  size_t equals = p;
  while (equals > 0 && text[equals - 1] == ' ') --equals;
  if (equals == 0 || text[--equals] != '=') return false;  // most numbers: no symbol's `=` before them
  size_t from = p > 16 ? p - 16 : 0;
  if (equals < from) return false;
  std::string before = folded(text.substr(from, equals - from));
  while (!before.empty() && before.back() == ' ') before.pop_back();
  for (std::string_view symbol : {"n train", "ntrain", "n_train", "n_{train}", "n_tr"})
    if (before.ends_with(symbol) &&
        (before.size() == symbol.size() || !ascii_alnum(before[before.size() - symbol.size() - 1])))
      return true;
  return false;
}

bool media_item_before(std::string_view text, size_t unit_at) {
  std::string_view before = text.substr(0, before_number(text, unit_at));
  // The two words before the number: a preposition, and before it the items.
  std::array<std::string_view, 2> words;
  for (std::string_view& word : words) {
    while (!before.empty() && before.back() == ' ') before.remove_suffix(1);
    size_t start = before.size();
    while (start > 0 && ascii_letter(before[start - 1]) && before.size() - start < 16) --start;
    word = before.substr(start);
    before = before.substr(0, start);
  }
  if (!same_folded(words[0], "of") && !same_folded(words[0], "at")) return false;
  for (std::string_view items : {"segments", "segment", "clips", "clip", "excerpts", "recordings", "recording",
                                 "utterances", "chunks", "snippets", "videos", "video", "audio", "sample", "samples",
                                 "signals", "signal", "windows", "window", "traces", "trace"})
    if (same_folded(words[1], items)) return true;
  return false;
}

std::optional<CountedNoun> counted_noun_at_end(std::string_view before) {
  constexpr size_t kMaxBytes = 24;  // of the noun, and of its count
  while (!before.empty() && before.back() == ' ') before.remove_suffix(1);
  size_t noun = before.size();
  while (noun > 0 && ascii_letter(before[noun - 1]) && before.size() - noun < kMaxBytes) --noun;
  if (noun == before.size() || noun < 2 || before[noun - 1] != ' ') return std::nullopt;
  size_t count_end = noun - 1, count_start = count_end;
  while (count_start > 0 && count_end - count_start < kMaxBytes &&
         (ascii_alnum(before[count_start - 1]) || before[count_start - 1] == ',' || before[count_start - 1] == '.'))
    --count_start;
  std::string_view count = before.substr(count_start, count_end - count_start);
  if (count.empty() || !ascii_digit(count.front()) || (count_start > 0 && before[count_start - 1] != ' '))
    return std::nullopt;
  return CountedNoun{count, before.substr(noun)};
}

bool source_of_counted_items(std::string_view text, size_t unit_at) {
  size_t number_start = before_number(text, unit_at);
  std::string_view before = text.substr(0, number_start);
  while (!before.empty() && before.back() == ' ') before.remove_suffix(1);
  if (!before.ends_with(" from")) return false;
  // The items, after their count (`153,516 utterances`, `10k clips`), more than the sources
  // (`from 1,251 speakers`); not `4 patches from 50,000 images`, where the images are the data.
  auto items = counted_noun_at_end(before.substr(0, before.size() - 5));
  if (!items) return false;
  std::string_view sources = trimmed(text.substr(number_start, unit_at - number_start));
  return number_value(items->count) > number_value(sources);
}

std::optional<TrainingSplit> training_split(std::string_view text, size_t after) {
  std::string_view rest = text.substr(after, kSplitReach);
  if (!rest.starts_with(" ")) return std::nullopt;
  size_t word = 1;
  while (word < rest.size() && ascii_letter(rest[word])) ++word;
  std::string_view training = rest.substr(1, word - 1);
  if (!same_folded(training, "training") && !same_folded(training, "train")) return std::nullopt;
  // Another member follows: `, 111 validation`, ` and 1,273 test`, ` / 500 test`, ` | 872 validation`.
  std::string_view joint = rest.substr(word);
  if (!joint.starts_with(",") && !joint.starts_with(" and ") && !joint.starts_with(" /") && !joint.starts_with("/") &&
      !joint.starts_with(" |"))
    return std::nullopt;
  // The sentence's words after it, up to its end: a count, a held-out word, then the noun.
  std::string_view sentence = joint.substr(0, joint.find_first_of(".;:()[]\n"));
  std::vector<std::string_view> words = words_of(sentence, ",-");
  for (size_t i = 2; i < words.size(); ++i)
    if (held_out_word(words[i - 1]) && ascii_digit(words[i - 2].front()) && plural_noun_of_data(words[i]))
      return TrainingSplit{after + word, words[i]};
  size_t close = after + word + sentence.size();
  if (bare_split_list(text, after, words, close)) return TrainingSplit{after + word, {}};
  return std::nullopt;
}

}  // namespace costlint::extract
