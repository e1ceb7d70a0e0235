#include "extract/extractor.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <optional>
#include <set>
#include <tuple>
#include <unordered_set>

#include "extract/cost_grammar.h"
#include "extract/device_names.h"
#include "extract/device_phrases.h"
#include "extract/model_card.h"
#include "extract/number_text.h"
#include "extract/plausibility.h"
#include "extract/plain_text.h"
#include "extract/prose_cues.h"
#include "extract/sentence.h"
#include "extract/table_cells.h"
#include "extract/unit_phrase.h"
#include "ir/line_index.h"
#include "ir/text_case.h"

namespace costlint::extract {
namespace {

namespace g = cost_grammar;

/// How far before a bare number its label (`Hours used:`) is looked for.
constexpr size_t kMaxLabel = 120;
/// How many members of a list are read on for the unit its last one carries.
constexpr int kMaxListMembers = 6;

/// The statements by line and column, those at one place in the order found.
/// Statements are large: their places are sorted, then each is moved once.
std::vector<CostStatement> in_reading_order(std::vector<CostStatement> statements) {
  std::vector<std::tuple<unsigned, unsigned, size_t>> places;
  places.reserve(statements.size());
  for (size_t i = 0; i < statements.size(); ++i) places.emplace_back(statements[i].line, statements[i].column, i);
  std::sort(places.begin(), places.end());
  std::vector<CostStatement> ordered;
  ordered.reserve(statements.size());
  for (const auto& place : places) ordered.push_back(std::move(statements[std::get<2>(place)]));
  return ordered;
}

class TextScan {
 public:
  TextScan(std::string_view source, const PlainText& plain, const std::string& path,
           const HardwareCatalog& hardware)
      : plain_(plain),
        text_(plain.text),
        lines_(source),
        path_(path),
        devices_(text_, hardware, headers_),
        plausible_(text_, headers_) {}

  std::vector<CostStatement> run() {
    static constexpr auto kAlnum = [] {
      std::array<bool, 256> alnum{};
      for (int c = 0; c < 256; ++c) alnum[c] = ascii_alnum(static_cast<char>(c));
      return alnum;
    }();
    for (size_t p = 0; p < text_.size();) {
      bool word = kAlnum[static_cast<unsigned char>(text_[p])];
      if (!word && text_[p] != '$') {
        ++p;
        continue;
      }
      if (size_t end = candidate(p) ? statement_at(p) : 0) {
        p = end;
        continue;
      }
      // No statement starts inside a word: candidate() wants none before it.
      if (word)
        while (++p < text_.size() && kAlnum[static_cast<unsigned char>(text_[p])]) {}
      else
        ++p;
    }
    for (TableNumber& number : table_numbers(text_, units_))
      if (!found_at_.count(plain_.origin[number.begin]) && counts_enough(number.figure, number.value))
        add(number.figure, number.value, std::move(number.header), number.begin, number.end);
    return in_reading_order(std::move(out_));
  }

 private:
  bool candidate(size_t p) const {
    char c = text_[p];
    if (p > 0) {
      char before = text_[p - 1];
      if (ascii_alnum(before) || before == '.' || before == '_' || before == '^' || before == '/') return false;
      // `GPT-3`, `ResNet-50`; `3.14+23`, an exponent whose `E` was lost.
      if ((before == '-' || before == '+') && p > 1 && ascii_alnum(text_[p - 2])) return false;
      if ((before == '-' || before == '+') && p > 1 && text_[p - 2] == '^') return false;  // `10^-2`
    }
    return ascii_alnum(c) || c == '$' || c == 'U';
  }

  std::string_view rest(size_t p) const { return std::string_view(text_).substr(p); }

  /// The statement that starts at `p`; the offset past it, or 0.
  size_t statement_at(size_t p) {
    // `$12`, `US$12`; clock durations start with their digits: most words are neither.
    bool money = text_[p] == '$' || text_[p] == 'U', digit = ascii_digit(text_[p]);
    if (auto cost = money ? match<g::dollars>(rest(p)) : std::nullopt) {
      std::string next = folded(rest(p + *cost).substr(0, 8));
      if (next.starts_with("/") || next.starts_with(" per") || next.starts_with(" an hour")) return p + *cost;
      std::string_view written = rest(p).substr(0, *cost);
      size_t number = written.find_first_of("0123456789");
      add(FigureKind::Cost, number_or_range(written.substr(number)), "$", p, p + *cost);
      return p + *cost;
    }
    if (auto clock = digit ? match<g::clock_duration>(rest(p)) : std::nullopt) {
      add(FigureKind::Duration, clock_seconds(rest(p).substr(0, *clock)), "h m s", p, p + *clock);
      return p + *clock;
    }
    if (auto hms = digit ? match<g::clock_hms>(rest(p)) : std::nullopt) {
      // A clock is a duration after a label that says so (`Time: 2:52:22`); else a time of day.
      if (!time_label_before(text_, p)) return p + *hms;
      add(FigureKind::Duration, hms_seconds(rest(p).substr(0, *hms)), "h:mm:ss", p, p + *hms);
      return p + *hms;
    }
    if (digit) {
      if (size_t end = quantity_at(p)) return end;
    } else if (!may_start_phrase(text_, p)) {
      return 0;
    }
    if (size_t end = device_at(p, devices_.counted_at(p))) return end;
    if (size_t end = device_at(p, devices_.times_count_at(p))) return end;
    if (size_t end = worded_duration_at(p)) return end;
    return device_at(p, devices_.named_at(p));
  }

  /// Files the device phrase found at `p`, if it is a statement; the offset past it, or 0.
  size_t device_at(size_t p, std::optional<DevicePhrase> found) {
    if (!found) return 0;
    if (found->device && add(FigureKind::Hardware, found->device->count.value_or(0), found->written, p, found->end))
      out_.back().device = found->device;
    return found->end;
  }

  /// `one day`, `two weeks`: a duration counted in words.
  size_t worded_duration_at(size_t p) {
    if (!ascii_letter(text_[p])) return 0;
    auto count = match<g::count_word>(rest(p));
    if (!count) return 0;
    size_t q = p + *count;
    if (auto space = match<g::gap>(rest(q))) q += *space;  // a line may break between them
    auto word = match<g::unit_word>(rest(q));
    if (!word) return 0;
    std::string_view unit_word = rest(q).substr(0, *word);
    while (!unit_word.empty() && unit_word.back() == '.') unit_word.remove_suffix(1);  // `two days.`
    if (folded(unit_word) == "second") return 0;  // `a second run` is an ordinal
    size_t end = q + unit_word.size();
    std::optional<UnitReading> unit = units_.unit(unit_word);
    if (!unit || unit->figure != FigureKind::Duration || !plausible_(*unit, 1, unit_word, end)) return 0;
    // `half a day`, `half an hour`.
    double share = p >= 5 && same_folded(std::string_view(text_).substr(p - 5, 5), "half ") ? 0.5 : 1;
    add(FigureKind::Duration, share * count_value(rest(p).substr(0, *count)) * unit->scale, std::string(unit_word), p,
        end);
    return end;
  }

  /// `2 hours 30 minutes`, `1 min 38 sec`: the smaller units that go on a
  /// duration of `scale` seconds a unit, added to `seconds`; `end` moves past them.
  void rest_of_duration(double scale, double& seconds, size_t& end) {
    for (int part = 0; part < 3; ++part) {
      size_t q = end;
      while (q < text_.size() && text_[q] == ' ') ++q;
      if (auto joined = match<g::duration_joiner>(rest(q))) q += *joined;
      auto number = match<g::number_value>(rest(q));
      if (!number || q == end) return;
      size_t unit_start = q + *number;
      while (unit_start < text_.size() && text_[unit_start] == ' ') ++unit_start;
      auto word = match<g::unit_word>(rest(unit_start));
      if (!word) return;
      std::string_view unit = rest(unit_start).substr(0, *word);
      while (!unit.empty() && unit.back() == '.') unit.remove_suffix(1);
      std::optional<UnitReading> reading = units_.unit(unit);
      if (!reading || reading->figure != FigureKind::Duration || reading->scale >= scale) return;
      seconds += number_value(rest(q).substr(0, *number)) * reading->scale;
      scale = reading->scale;
      end = unit_start + unit.size();
    }
  }

  /// `3.5 days`, `3.3M GPU hours`: a number and the words of a unit.
  size_t quantity_at(size_t p) {
    auto number = match<g::number>(rest(p));
    if (!number) return 0;
    if (after_plus_minus(text_, p)) return p + *number;  // `1h 41m ± 32s`: an uncertainty, not a figure
    double value = number_value(rest(p).substr(0, *number));
    if (auto range = match<g::range_end>(rest(p + *number))) {
      value = number_or_range(rest(p).substr(0, *number + *range));
      *number += *range;
    }
    size_t after = p + *number;
    if (after < text_.size() && text_[after] == '%') return after;
    std::string_view written = rest(p).substr(0, *number);
    if (auto unit = unit_after(after, value, written)) {
      double amount = value * unit->reading.scale;
      if (unit->reading.figure == FigureKind::Duration) rest_of_duration(unit->reading.scale, amount, unit->end);
      add(unit->reading.figure, amount, std::move(unit->written), p, unit->end);
      return unit->end;
    }
    // `GPT-2 (124M)`, `OPT (1.3B)`: a size in parentheses after a model's name
    // (`OLMo 1B (3T)` is its tokens: trillions are not taken).
    if (p > 0 && text_[p - 1] == '(' && after < text_.size() && text_[after] == ')' && value >= 1e6 &&
        (written.back() == 'M' || written.back() == 'B')) {
      add(FigureKind::Parameters, value, std::string(written), p, after);
      return after;
    }
    if (auto unit = unit_under_header(after)) {
      add(unit->reading.figure, value * unit->reading.scale, std::move(unit->written), p, unit->end);
      return unit->end;
    }
    // `3B, 7B and 13B models`, `3.5 or 4 days`: a member of a list whose last
    // member carries the unit shares it.
    if (auto unit = list_unit(after, value, written)) {
      add(unit->reading.figure, value * unit->reading.scale, std::move(unit->written), p, after);
      return after;
    }
    size_t next = after + (after < text_.size() && text_[after] == ' ');
    if (next >= text_.size() || !ascii_alnum(text_[next])) labelled(p, value, after);
    return 0;
  }

  struct UnitAfter {
    UnitReading reading;
    std::string written;
    size_t end = 0;
  };

  /// The unit in the words after a number that ends at `after`, each prefix
  /// tried from the longest; `written` is the number as written.
  std::optional<UnitAfter> unit_after(size_t after, double value, std::string_view written) {
    // A source's line may break between a number and its unit (`about 2` / `hours`).
    size_t unit_start = after;
    while (unit_start < text_.size() && unit_start - after < 2 &&
           (text_[unit_start] == ' ' || text_[unit_start] == '~' || text_[unit_start] == '\n'))
      ++unit_start;
    std::vector<size_t> ends;
    for (size_t q = unit_start; ends.size() < 4;) {
      auto word = match<g::unit_word>(rest(q));
      if (!word) break;
      q += *word;
      ends.push_back(q);
      size_t spaces = 0;
      while (q < text_.size() && text_[q] == ' ' && spaces < 2) ++q, ++spaces;
      if (!spaces) break;
    }
    for (auto end = ends.rbegin(); end != ends.rend(); ++end) {
      std::string_view unit = std::string_view(text_).substr(unit_start, *end - unit_start);
      while (!unit.empty() && (unit.back() == '.' || unit.back() == '-')) unit.remove_suffix(1);
      std::optional<UnitReading> reading = units_.unit(unit);
      if (!reading || !plausible_(*reading, value, unit, *end)) continue;
      return UnitAfter{*reading, std::string(unit), *end};
    }
    // `7B model`, `235B teachers`, `a 6.7B dense model`: a size written with its
    // magnitude letter, a word or two before a model, is the model's parameters.
    if (!ends.empty() && value >= 1e6 && !written.empty() &&
        (written.back() == 'B' || written.back() == 'M' || written.back() == 'T') &&
        !named_before(text_, static_cast<size_t>(written.data() - text_.data()))) {
      static const std::unordered_set<std::string_view> kModelWords = {
          "model", "models", "teacher", "teachers", "student", "students", "llm", "llms",
          "variant", "variants", "checkpoint", "checkpoints", "baseline", "baselines"};
      size_t word_start = unit_start;
      for (size_t k = 0; k < ends.size() && k < 3; ++k) {
        std::string word = folded(std::string_view(text_).substr(word_start, ends[k] - word_start));
        if (kModelWords.count(word)) return UnitAfter{{FigureKind::Parameters, 1}, std::string(written), after};
        // `600B token checkpoint`: the size of something else.
        if (units_.unit(word) || word.starts_with("token") || word.starts_with("step")) break;
        word_start = ends[k];
        while (word_start < text_.size() && text_[word_start] == ' ') ++word_start;
      }
    }
    return dataset_count(unit_start, ends, value, written);
  }

  /// `131k curated Reddit comments`, `9.7M videos`, `16.1M abstracts`: a count
  /// written with its magnitude letter, before a plural noun a few words on, is
  /// a dataset's size, whatever the noun (the words between it are letters).
  std::optional<UnitAfter> dataset_count(size_t unit_start, const std::vector<size_t>& ends, double value,
                                         std::string_view written) {
    // Thousands or millions: a size in billions before a verb is a model's (`70B uses`).
    if (written.empty() || value < 1000 || std::string_view("kKM").find(written.back()) == std::string_view::npos)
      return std::nullopt;
    size_t word_start = unit_start;
    for (size_t k = 0; k < ends.size() && k < 3; ++k) {
      std::string_view word = std::string_view(text_).substr(word_start, ends[k] - word_start);
      size_t end = ends[k];
      while (!word.empty() && word.back() == '.') word.remove_suffix(1), --end;  // `comments.`
      if (!std::all_of(word.begin(), word.end(), [](char c) { return ascii_letter(c); }) || units_.unit(word))
        return std::nullopt;
      if (plural_noun_of_data(word)) {
        // `116M English words` count a corpus in tokens.
        UnitReading samples{word == "words" ? FigureKind::Tokens : FigureKind::Samples, 1};
        if (!plausible_(samples, value, word, end)) return std::nullopt;
        return UnitAfter{samples, std::string(word), end};
      }
      word_start = ends[k];
      while (word_start < text_.size() && text_[word_start] == ' ') ++word_start;
    }
    return std::nullopt;
  }

  /// `53 s` under `Duration`, `0.40 g` under `Emissions`: a unit that alone says
  /// too little, in a table's column whose header says what it measures.
  std::optional<UnitAfter> unit_under_header(size_t after) {
    size_t start = after < text_.size() && text_[after] == ' ' ? after + 1 : after;
    auto word = match<g::unit_word>(rest(start));
    if (!word) return std::nullopt;
    std::string unit(rest(start).substr(0, *word));
    static const std::array<std::pair<std::string_view, double>, 6> kClock = {
        {{"s", 1}, {"sec", 1}, {"min", 60}, {"h", 3600}, {"hrs", 3600}, {"hr", 3600}}};
    auto clock = std::find_if(kClock.begin(), kClock.end(), [&](const auto& c) { return c.first == unit; });
    auto mass = clock == kClock.end() ? units_.unit(unit + " CO2") : std::nullopt;
    if (mass && mass->figure != FigureKind::Emissions) mass.reset();
    // Only then the table (its header is empty in prose): finding it walks up its rows.
    if (clock == kClock.end() && !mass) return std::nullopt;
    std::string header = folded(headers_.of(after));
    if (clock != kClock.end() &&
        (header.find("duration") != std::string::npos || header.find("time") != std::string::npos))
      return UnitAfter{{FigureKind::Duration, clock->second}, unit, start + *word};
    bool carbon = header.find("emission") != std::string::npos || header.find("co2") != std::string::npos ||
                  header.find("carbon") != std::string::npos;
    if (mass && carbon) return UnitAfter{*mass, unit, start + *word};
    return std::nullopt;
  }

  /// The unit the last member of a list starting after `after` carries: members
  /// are joined by commas, `and` or `or`, at most kMaxListMembers of them.
  std::optional<UnitAfter> list_unit(size_t after, double value, std::string_view written) {
    // `3, 5 and 8 thousand GPU hours`: a magnitude only the last member writes
    // may or may not be the others'; such a list is not read.
    auto scaled = [](std::string_view number) { return match<g::number_value>(number) != number.size(); };
    bool first_scaled = scaled(written);
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
      if (auto unit = unit_after(q + *number, value, member_written)) {
        // The member's own magnitude stays its own: `1 billion, 7 billion parameters`.
        unit->written = std::string(std::string_view(text_).substr(after, unit->end - after));
        return unit;
      }
      after = q + *number;
    }
    return std::nullopt;
  }

  /// A number without a unit, after a label that gives one: `Hours used:
  /// 150000`, `Carbon Emitted (tCO2eq): 539`.
  void labelled(size_t p, double value, size_t end) {
    // A label is short: looking back further would make a line of numbers quadratic.
    size_t from = p > kMaxLabel ? p - kMaxLabel : 0;
    size_t line_start = std::string_view(text_).substr(from, p - from).rfind('\n');
    line_start = line_start == std::string_view::npos ? from : from + line_start + 1;
    std::string_view label = std::string_view(text_).substr(line_start, p - line_start);
    while (!label.empty() && label.back() == ' ') label.remove_suffix(1);
    if (parameters_named_before(label)) {
      if (counts_enough(FigureKind::Parameters, value)) add(FigureKind::Parameters, value, "parameters", p, end);
      return;
    }
    if (!label.ends_with(":")) return;
    std::string l = folded(label);
    if (l.ends_with("hours used:")) {
      add(FigureKind::DeviceTime, value * 3600, "hours used", p, end);
      return;
    }
    size_t open = label.rfind('(');
    size_t close = label.rfind(')');
    if (open == std::string_view::npos || close == std::string_view::npos || close < open) return;
    if (auto reading = units_.unit(label.substr(open + 1, close - open - 1)))
      add(reading->figure, value * reading->scale, std::string(label.substr(open + 1, close - open - 1)), p, end);
  }

  /// Files a statement; false when there is already one where it begins.
  bool add(FigureKind figure, double value, std::string unit, size_t begin, size_t end) {
    if (!std::isfinite(value)) return false;
    uint32_t from = plain_.origin[begin], to = plain_.origin[end - 1] + 1;
    // One statement a place of the source: a spanned cell is in the text twice.
    if (!found_at_.insert(from).second) return false;
    LineColumn at = lines_.locate(from);
    CostStatement s{figure, value, std::move(unit), approximate_before(text_, begin), std::nullopt, path_, at.line,
                    at.column, from, to > from ? to - from : 1, sentence_around(text_, begin, end), ""};
    s.row_label = row_label(text_, begin);
    out_.push_back(std::move(s));
    return true;
  }

  const PlainText& plain_;
  const std::string& text_;
  LineIndex lines_;
  const std::string& path_;
  std::vector<CostStatement> out_;
  UnitReader units_;
  mutable ColumnHeaders headers_{text_};  ///< a cache: finding a header changes nothing
  DevicePhrases devices_;                  ///< after headers_, which it reads
  Plausibility plausible_;                 ///< after headers_, which it reads
  std::set<uint32_t> found_at_;  ///< where the statements found so far begin, in the source
};

}  // namespace

std::string_view figure_name(FigureKind kind) {
  switch (kind) {
    case FigureKind::Hardware: return "hardware";
    case FigureKind::Duration: return "duration";
    case FigureKind::DeviceTime: return "device_time";
    case FigureKind::Flop: return "flop";
    case FigureKind::Energy: return "energy";
    case FigureKind::Emissions: return "emissions";
    case FigureKind::Power: return "power";
    case FigureKind::Parameters: return "parameters";
    case FigureKind::Tokens: return "tokens";
    case FigureKind::Samples: return "samples";
    case FigureKind::Memory: return "memory";
    case FigureKind::Throughput: return "throughput";
    case FigureKind::Cost: return "cost";
  }
  return "";
}

std::vector<CostStatement> extract_text(std::string_view source, const std::string& path,
                                        const HardwareCatalog& hardware, std::vector<std::string>* inputs) {
  PlainText plain = to_plain(source, source_kind(path));
  if (inputs) *inputs = std::move(plain.inputs);
  std::vector<CostStatement> out = TextScan(source, plain, path, hardware).run();
  if (source_kind(path) == SourceKind::Markdown) {
    std::vector<CostStatement> card;
    front_matter_statements(source, path, DeviceNames(hardware), card);
    out.insert(out.begin(), card.begin(), card.end());
  }
  return out;
}

}  // namespace costlint::extract
