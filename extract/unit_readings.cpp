#include "extract/unit_readings.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <unordered_set>

#include "extract/column_names.h"
#include "extract/cost_grammar.h"
#include "extract/data_cues.h"
#include "extract/label_cues.h"
#include "extract/number_text.h"
#include "extract/plain_text.h"
#include "extract/prose_cues.h"
#include "extract/table_row.h"
#include "extract/unit_words.h"
#include "ir/text_case.h"

namespace costlint::extract {
namespace {

namespace g = cost_grammar;

/// How many members of a list are read on for the unit its last one carries.
constexpr int kMaxListMembers = 6;
/// How many words after a number may be its unit's (`GPU hours per sample`).
constexpr size_t kMaxUnitWords = 4;

/// A word between a count in digits and its noun that keeps it a dataset's:
/// not a verb (`1024 using transformers`), not a video's frames, counted alone.
bool qualifies_a_count(std::string_view word) {
  for (std::string_view other : {"frames", "using", "including", "containing", "having", "being", "showing",
                                 "giving", "yielding", "making", "taking", "leading", "resulting", "following"})
    if (same_folded(word, other)) return false;
  return true;
}

/// A count written as a year is one (`2019`; not `2,019`).
bool written_as_year(double value, std::string_view written) {
  return written.find(',') == std::string_view::npos && value >= 1950 && value <= 2030;
}

/// A power of two (or none): a size set by hand (`8192 entries`), not a dataset's.
bool power_of_two(uint64_t whole) { return (whole & (whole - 1)) == 0; }

}  // namespace

size_t UnitReadings::past_spaces(size_t at) const {
  while (at < text_.size() && text_[at] == ' ') ++at;
  if (at + 1 < text_.size() && text_[at] == '\n' && text_[at + 1] != '\n') ++at;  // a line's break, not a paragraph's
  while (at < text_.size() && text_[at] == ' ') ++at;
  return at;
}

bool UnitReadings::rest_of_duration(double scale, double& seconds, size_t& end) const {
  // `12 hours and 40 minutes, respectively`: a list's members, not a duration's parts.
  std::string_view sentence = text_.substr(end, 96);
  sentence = sentence.substr(0, std::min(sentence.find(". "), sentence.find('\n')));
  if (sentence.find("respectively") != std::string_view::npos) return true;
  for (int part = 0; part < 3; ++part) {
    // `2 days. 12 hours of fine-tuning`: a sentence's end ends the duration.
    if (end == 0 || text_[end - 1] == '.') return true;
    size_t q = past_spaces(end);
    if (auto joined = match<g::duration_joiner>(rest(q))) q += *joined;
    auto number = match<g::number_value>(rest(q));
    if (!number || q == end) return true;
    // (`took 8 minutes 37` / `seconds`: a line of the source may break between a part's number and unit.)
    size_t unit_start = past_spaces(q + *number);
    auto word = match<g::unit_word>(rest(unit_start));
    if (!word) return true;
    std::string_view unit = rest(unit_start).substr(0, *word);
    while (!unit.empty() && unit.back() == '.') unit.remove_suffix(1);
    // `16 mins 53 s`: after a larger unit, an `s` alone is seconds.
    std::optional<UnitReading> reading = unit == "s" ? UnitReading{FigureKind::Duration, 1} : units_.unit(unit);
    if (!reading || reading->figure != FigureKind::Duration || reading->scale >= scale) return true;
    // `1 min 38 sec per image`: what follows the last part says what the whole is.
    if (!plausible_(*reading, 1, unit, unit_start + unit.size())) return false;
    seconds += number_value(rest(q).substr(0, *number)) * reading->scale;
    scale = reading->scale;
    end = unit_start + *word;
  }
  return true;
}

bool UnitReadings::item_length(std::string_view word) const {
  size_t hyphen = word.find('-');
  if (hyphen == std::string_view::npos || hyphen + 1 == word.size()) return false;
  if (!std::all_of(word.begin(), word.begin() + static_cast<long>(hyphen), ascii_digit)) return false;
  std::optional<UnitReading> unit = units_.unit(word.substr(hyphen + 1));
  return unit && unit->figure == FigureKind::Duration;
}

std::optional<UnitAfter> UnitReadings::following(size_t after, double value, std::string_view written) const {
  // `430+ FPS`, `100+ GPU hours`: a bound written on the number.
  size_t unit_start = after < text_.size() && text_[after] == '+' ? after + 1 : after;
  after = unit_start;
  // A source's line may break between a number and its unit (`about 2` / `hours`); a
  // blank line (a paragraph's end) may not.
  while (unit_start < text_.size() && unit_start - after < 2 &&
         (text_[unit_start] == ' ' || text_[unit_start] == '~' ||
          (text_[unit_start] == '\n' && (unit_start == after || text_[unit_start - 1] != '\n'))))
    ++unit_start;
  // The words after the number, each as written in the text (most numbers have one or none).
  std::array<std::string_view, kMaxUnitWords> read;
  size_t count = 0;
  for (size_t q = unit_start; count < read.size();) {
    auto word = match<g::unit_word>(rest(q));
    if (!word) break;
    read[count++] = rest(q).substr(0, *word);
    q += *word;
    size_t spaces = 0;
    while (q < text_.size() && text_[q] == ' ' && spaces < 2) ++q, ++spaces;
    if (!spaces) break;
  }
  std::span<const std::string_view> words(read.data(), count);
  // `1024px CelebA-HQ images`: a resolution, counting nothing.
  if (!words.empty() && (same_folded(words[0], "px") || same_folded(words[0], "-px") || same_folded(words[0], "-pixel")))
    return std::nullopt;
  // `40000 30-second samples`: the items' length before them, not a count.
  if (words.size() >= 2 && !words[0].starts_with("-") && item_length(words[0]))
    unit_start = offset_of(words[1]), words = words.subspan(1);
  // `1,440-minute sequences`: the length of each, counting nothing (but `the 98-hour training`).
  bool length_of_each = !words.empty() && words[0].starts_with("-") && item_length(words[0]);
  for (auto word = words.rbegin(); word != words.rend(); ++word) {
    size_t end = offset_of(*word) + word->size();
    std::string_view unit = text_.substr(unit_start, end - unit_start);
    while (!unit.empty() && (unit.back() == '.' || unit.back() == '-')) unit.remove_suffix(1), --end;
    std::optional<UnitReading> reading = units_.unit(unit);
    if (!reading || !plausible_(*reading, value, unit, end)) continue;
    if (length_of_each && reading->figure != FigureKind::Duration) return std::nullopt;
    return UnitAfter{*reading, std::string(unit), end};
  }
  if (length_of_each) return std::nullopt;
  // `7B model`, `235B teachers`, `a 6.7B dense model`: a size written with its
  // magnitude letter, a word or two before a model, is the model's parameters.
  if (!words.empty() && value >= 1e6 && !written.empty() &&
      (written.back() == 'B' || written.back() == 'M' || written.back() == 'T') &&
      !named_before(text_, offset_of(written))) {
    static const std::unordered_set<std::string_view> kModelWords = {
        "model", "models", "teacher", "teachers", "student", "students", "llm", "llms",
        "variant", "variants", "checkpoint", "checkpoints", "baseline", "baselines", "weights"};
    for (size_t k = 0; k < words.size(); ++k) {  // up to three words before the model (kMaxUnitWords)
      std::string word = folded(words[k]);
      if (joins_a_clause(word)) break;  // `22M games in 865 models`: the models are another count's
      if (word.starts_with("-")) word.erase(0, 1);  // `a 7B-model`; `a 1M-step checkpoint` counts steps (below)
      if (kModelWords.count(word)) return UnitAfter{{FigureKind::Parameters, 1}, std::string(written), after};
      // `of which 21B are activated for each token`, `37B active parameters`: a mixture of experts'
      // parameters in use (not `1B active users`, `1B users that are active`).
      while (!word.empty() && word.back() == '.') word.pop_back();
      bool after_verb = k == 1 && (same_folded(words[0], "are") || same_folded(words[0], "is"));
      if ((word == "activated" || word == "active") && (k == 0 || after_verb)) {
        std::string next = k + 1 < words.size() ? folded(words[k + 1]) : std::string();
        for (std::string_view joint : {"", "for", "per", "parameters", "params", "during", "at"})
          if (next == joint) return UnitAfter{{FigureKind::Parameters, 1}, std::string(written), after};
        break;
      }
      // `600B token checkpoint`: the size of something else.
      if (units_.unit(word) || word.starts_with("token") || word.starts_with("step")) break;
    }
  }
  // `391 training, 111 validation, and 57 test images`: the training member of a split.
  if (auto split = training_split(text_, after); split && value >= 10 && value == std::floor(value)) {
    // A bracket of counts alone: its noun unsaid; under a hundred, mostly shares (`80 train, 20 test`);
    // not a year (`(2019 train, 2020 test)`) nor a power of two, a size set by hand (`(256 train, ...)`).
    if (split->noun.empty()) {
      if (value < 100 || written_as_year(value, written) || power_of_two(static_cast<uint64_t>(value)))
        return dataset_count(words, value, written);
      std::string training(text_.substr(after + 1, split->end - after - 1));
      return UnitAfter{{FigureKind::Samples, 1}, std::move(training), split->end};
    }
    bool tokens = split->noun == "tokens" || split->noun == "words";
    UnitReading reading{tokens ? FigureKind::Tokens : FigureKind::Samples, 1};
    // Not a rate (`100 training and 1,000 test examples per class`); under a thousand, only items
    // (`57 test images`, not `18 test scenes`).
    bool rate = rate_follows(folded(text_.substr(offset_of(split->noun) + split->noun.size(), 8)));
    if (!rate && (tokens ? counts_enough(FigureKind::Tokens, value) : value >= 1000 || counts_items(split->noun)))
      return UnitAfter{reading, "training " + std::string(split->noun), split->end};
  }
  return dataset_count(words, value, written);
}

/// `131k curated Reddit comments`, `9.7M videos`, `16.1M abstracts`: a count
/// written with its magnitude letter, before a plural noun a few words on, is
/// a dataset's size, whatever the noun (the words between it are letters).
std::optional<UnitAfter> UnitReadings::dataset_count(std::span<const std::string_view> words, double value,
                                                   std::string_view written) const {
  // Thousands or millions: a size in billions before a verb is a model's (`70B uses`).
  bool magnitude = !written.empty() && (std::string_view("kKM").find(written.back()) != std::string_view::npos ||
                                        written.ends_with("thousand") || written.ends_with("million"));
  // `13,611 instances`, `150 training patients`: a whole count in digits, not a year (`2019 papers`);
  // under a thousand, only a training set's (plausibility).
  bool digits = !written.empty() && value >= 10 && value < 1e15 && value == std::floor(value) &&
                (std::all_of(written.begin(), written.end(), [](char c) { return ascii_digit(c) || c == ','; }) ||
                 dotted_thousands(written) || spaced_thousands(written));  // `10.636`, `1 374 327 paragraphs`
  // Not a year, a power of two (`a queue of 65,536 negative keys`, `8192 entries`: a size set by
  // hand), nor a search's cut (`the top 1000 passages`).
  bool year = written_as_year(value, written);
  size_t at = offset_of(written);
  bool set_by_hand = power_of_two(digits ? static_cast<uint64_t>(value) : 0) ||
                     (at >= 4 && same_folded(text_.substr(at - 4, 4), "top "));
  bool in_billions = !written.empty() && (written.back() == 'B' || written.ends_with("billion"));
  if (!(magnitude || in_billions || (digits && !year && !set_by_hand))) return std::nullopt;  // most numbers
  // Billions only just before a noun of data: `3.3B words`, not `70B uses` nor `the 1B lyrics` (a model).
  std::string noun = words.empty() ? std::string() : folded(words.front());
  while (!noun.empty() && noun.back() == '.') noun.pop_back();
  bool billions = in_billions && (counts_items(noun) || noun == "words");
  if (!(magnitude || billions || (digits && !year && !set_by_hand)) || (value < 1000 && !digits)) return std::nullopt;
  // `Pythia 160M scores 30%`: a size that is part of a model's name.
  if (named_before(text_, at)) return std::nullopt;
  for (size_t k = 0; k < words.size(); ++k) {
    std::string_view word = words[k];
    size_t end = offset_of(word) + word.size();
    bool last = false;  // `comments.`: the sentence ends with the word
    while (!word.empty() && word.back() == '.') word.remove_suffix(1), --end, last = true;
    // `52K generated data`, `1.5 million data points`: data counted whole, in thousands or more
    // (not `8,000 data centers`, `2T data tokens`).
    std::string_view next = k + 1 < words.size() && !last ? words[k + 1] : std::string_view();
    while (next.ends_with(".")) next.remove_suffix(1);
    bool points = same_folded(next, "points") || same_folded(next, "samples");
    // `52K instruction-following data generated by` (not `12,000 data flagged as duplicates`).
    bool participle = false;
    for (std::string_view made : {"generated", "collected", "curated", "synthesized", "created", "gathered",
                                  "crawled", "scraped", "annotated", "produced"})
      participle = participle || same_folded(next, made);
    if (same_folded(word, "data") && (magnitude || value >= 1000) &&
        (next.empty() || points || participle || joins_a_clause(next))) {
      if (points) end = offset_of(next) + next.size();
      std::string_view data = text_.substr(offset_of(word), end - offset_of(word));
      UnitReading samples{FigureKind::Samples, 1};
      if (!plausible_(samples, value, data, end)) return std::nullopt;
      return UnitAfter{samples, std::string(data), end};
    }
    // `300,000 2D poses`: a dimension qualifies the noun.
    bool dimension = word.size() == 2 && ascii_digit(word[0]) && (word[1] == 'D' || word[1] == 'd');
    // Words that qualify the noun (`AF2 structures`), not a clause's (`200k to decays`).
    if (word.empty() || (!ascii_letter(word.front()) && !dimension) ||
        !std::all_of(word.begin(), word.end(), [](char c) { return ascii_alnum(c) || c == '-'; }) ||
        units_.unit(word) ||
        joins_a_clause(word) || held_out_word(word) || (digits && !magnitude && !qualifies_a_count(word)))
      return std::nullopt;
    if (plural_noun_of_data(word)) {
      // A noun no list knows counts data only where the words around it speak of data
      // (`1,200 attempts`, `2.7M scalars` in a paper's analysis do not).
      if (word != "words" && !counts_items(word) && !data_named_around(text_, offset_of(word))) return std::nullopt;
      // `116M English words` count a corpus in tokens.
      UnitReading samples{word == "words" ? FigureKind::Tokens : FigureKind::Samples, 1};
      if (!plausible_(samples, value, word, end)) return std::nullopt;
      return UnitAfter{samples, std::string(word), end};
    }
    // The first plural noun is what is counted (`10M timesteps`); a sentence ends the search.
    if (last || (word.size() >= 4 && word.back() == 's' && word[word.size() - 2] != 's')) return std::nullopt;
  }
  return std::nullopt;
}

std::optional<UnitAfter> UnitReadings::under_header(size_t begin, size_t after) const {
  size_t start = after < text_.size() && text_[after] == ' ' ? after + 1 : after;
  auto word = match<g::unit_word>(rest(start));
  if (!word) return std::nullopt;
  std::string unit(rest(start).substr(0, *word));
  static const std::array<std::pair<std::string_view, double>, 7> kClock = {
      {{"s", 1}, {"sec", 1}, {"min", 60}, {"h", 3600}, {"hrs", 3600}, {"hr", 3600}, {"d", 86400}}};
  auto clock = std::find_if(kClock.begin(), kClock.end(), [&](const auto& c) { return c.first == unit; });
  auto mass = clock == kClock.end() ? units_.unit(unit + " CO2") : std::nullopt;
  if (mass && mass->figure != FigureKind::Emissions) mass.reset();
  // `12G` under `GPU Mem`, `4.1G` under `FLOPs`: a magnitude alone is bytes where
  // the header names memory, operations where it names them.
  bool gigabytes = unit == "G";
  // Only then the table (its header is empty in prose): finding it walks up its rows.
  if (clock == kClock.end() && !mass && !gigabytes) return std::nullopt;
  std::string header = folded(headers_.of(after));
  // `53 s` under `Time`; `| Higgs | 3794.34 s |`, a time alone in its cell, under a header that
  // names no rate nor length.
  if (clock != kClock.end() && !media_length(header, after) &&
      (names_time(header) || (!header.empty() && fills_cell(text_, begin, start + *word) &&
                              !names_other_time(header) && !symbol_only(header) &&
                              !names_other_time(folded(row_label(text_, begin))))))
    return UnitAfter{{FigureKind::Duration, clock->second}, unit, start + *word};
  if (gigabytes && names_memory(header)) return UnitAfter{{FigureKind::Memory, 1e9}, unit, start + *word};
  if (gigabytes && header.find("flop") != std::string::npos)
    return UnitAfter{{FigureKind::Flop, 1e9}, unit, start + *word};
  // `| How much CO2eq was emitted to train the final model? | 15.79 kg |`: a row that names carbon;
  // `CO2eq:  299.601022 g`, a label that does.
  if (mass && (names_carbon(header) || names_carbon(folded(row_label(text_, begin))) ||
               carbon_label_before(text_, begin)) &&
      plausible_(*mass, 0, unit, start + *word))  // not `475 g per kWh`, an intensity
    return UnitAfter{*mass, unit, start + *word};
  return std::nullopt;
}

/// A `Duration` alone, in a table that measures no cost beside it, may be a
/// media's length (a generated video's `5s`), not a run's time.
bool UnitReadings::media_length(std::string_view header, size_t after) const {
  if (trimmed(header) != "duration") return false;
  for (const std::string& other : headers_.all(after)) {
    if (auto reading = units_.header(other); reading && reading->figure != FigureKind::Duration) return false;
    std::string name = folded(other);
    if (names_carbon(name)) return false;
    for (std::string_view cost : {"energy", "power", "memory", "flop", "cost", "gpu"})
      if (name.find(cost) != std::string::npos) return false;
  }
  return true;
}

/// The unit the last member of a list starting after `after` carries: members
/// are joined by commas, `and` or `or`, at most kMaxListMembers of them.
std::optional<UnitAfter> UnitReadings::of_list(size_t after, double value, std::string_view written) const {
  // `3, 5 and 8 thousand GPU hours`: a magnitude only the last member writes
  // may or may not be the others'; such a list is not read.
  auto scaled = [](std::string_view number) { return match<g::number_value>(number) != number.size(); };
  bool first_scaled = scaled(written);
  // `at N=1 and 29 minutes`: a variable's value is no member of the list after it.
  size_t at = offset_of(written);
  if (at > 0 && text_[at - 1] == '=') return std::nullopt;
  for (int member = 0; member < kMaxListMembers; ++member) {
    size_t q = after;
    bool joined = false;
    if (q < text_.size() && text_[q] == ',') ++q, joined = true;
    while (q < text_.size() && text_[q] == ' ') ++q;
    for (std::string_view word : {"and ", "or ", "vs. ", "vs ", "versus "})  // `675 vs. 6,250 GPU days`
      if (rest(q).starts_with(word)) q += word.size(), joined = true;
    if (!joined) return std::nullopt;
    auto number = match<g::number>(rest(q));
    if (!number) return std::nullopt;
    std::string_view member_written = rest(q).substr(0, *number);
    if (scaled(member_written) != first_scaled) return std::nullopt;
    if (auto unit = following(q + *number, value, member_written)) {
      // `sequence length 2048, 256 samples`: a setting's value, the next count another's (read
      // here, where a list is found: most numbers have none). `size` heads lists of sizes too
      // (`the training set size 10,000, 20,000 and 50,000 images`).
      if (ends_with_word(clause_before(text_, at, 24, ",;:(\n"),
                         {"length", "dimension", "dim", "rate", "seed", "width", "depth"}))
        return std::nullopt;
      // The member's own magnitude stays its own: `1 billion, 7 billion parameters`.
      unit->written = std::string(std::string_view(text_).substr(after, unit->end - after));
      return unit;
    }
    after = q + *number;
  }
  return std::nullopt;
}

}  // namespace costlint::extract
