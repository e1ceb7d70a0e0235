#include "extract/text_scan.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <exception>
#include <future>
#include <iterator>
#include <optional>
#include <set>

#include "extract/carried_parameters.h"
#include "extract/column_names.h"
#include "extract/cost_grammar.h"
#include "extract/data_cues.h"
#include "extract/device_names.h"
#include "extract/device_phrases.h"
#include "extract/label_cues.h"
#include "extract/number_text.h"
#include "extract/plausibility.h"
#include "extract/prose_cues.h"
#include "extract/sentence.h"
#include "extract/set_sizes.h"
#include "extract/split_counts.h"
#include "extract/table_cells.h"
#include "extract/unit_phrase.h"
#include "extract/unit_readings.h"
#include "ir/text_case.h"

namespace costlint::extract {
namespace {

namespace g = cost_grammar;

/// `two and a half days`, `a day and a half`.
constexpr std::string_view kAndAHalf = " and a half";

class TextScan {
 public:
  TextScan(const PlainText& plain, const LineIndex& lines, const std::string& path, const HardwareCatalog& hardware)
      : plain_(plain),
        text_(plain.text),
        lines_(lines),
        path_(path),
        devices_(text_, hardware, headers_),
        names_(hardware),
        plausible_(text_, headers_),
        readings_(text_, units_, headers_, plausible_) {}

  /// Reads the statements that start in [from, to); where it stopped: `to`, or past a statement
  /// or a word that runs on past it.
  size_t scan(size_t from, size_t to) {
    size_t p = from;
    while (p < to) {
      bool word = kAlnumBytes[static_cast<unsigned char>(text_[p])];
      if (!word && text_[p] != '$') {
        ++p;
        continue;
      }
      if (size_t end = candidate(p) ? statement_at(p) : 0) {
        p = end;
        continue;
      }
      // No statement starts inside a word, nor inside a number's groups (`4,096`): candidate()
      // wants none before it.
      p = word ? past_word(text_, p) : p + 1;
    }
    return p;
  }

  /// Takes the statements of `later`, a scan of the same text from `at`, where this one
  /// stopped; false, taking nothing, where this scan, read on, could have found others:
  /// a count of parameters whose sentence runs past `at`, or a place both scans filed
  /// (a spanned cell is in the text twice).
  bool take(TextScan&& later, size_t at) {
    if (carried_.reaches(at)) return false;
    for (uint32_t place : later.tried_)
      if (found_at_.count(place)) return false;
    out_.insert(out_.end(), std::make_move_iterator(later.out_.begin()), std::make_move_iterator(later.out_.end()));
    found_at_.merge(later.found_at_);
    return true;
  }

  /// Files the numbers of the tables that no statement of the prose holds.
  void add_table_numbers(std::vector<TableNumber> numbers) {
    for (TableNumber& number : numbers) {
      if (found_at_.count(plain_.origin[number.begin])) continue;
      // `| NODLINK | 399 | 200 | 80 |` under `Train`, in a table of datasets: a training split is data
      // under a thousand too (beside `Model`, `Train` and `Val` may be perplexities; a hundred or less,
      // a percentage: `| MNIST | 99 | 98 |`).
      // (A column headed `Training Set` says so in any table: `| DIV2K (800 images) |`.)
      bool split = number.figure == FigureKind::Samples && number.value > 100 && names_training_split(number.header) &&
                   (names_training_set(number.header) || lists_datasets(headers_.all(number.begin)));
      if (!split && !counts_enough(number.figure, number.value)) continue;
      bool device = !number.device.empty();
      if (add(number.figure, number.value, std::move(number.header), number.begin, number.end) && device)
        out_.back().device = DeviceMention{number.value > 0 ? std::optional(number.value) : std::nullopt,
                                           names_.known(number.device).value_or(number.device)};
    }
  }

  std::vector<CostStatement> statements() && { return std::move(out_); }

 private:
  static bool counts_things(FigureKind figure) {
    return figure == FigureKind::Samples || figure == FigureKind::Tokens || figure == FigureKind::Parameters;
  }

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
      // `$12/hour`, `$3 per run`: a rate; `$10%$`, Markdown's mathematics: a share.
      if (next.starts_with("/") || next.starts_with(" per") || next.starts_with(" an hour") || next.starts_with("%"))
        return p + *cost;
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
      // A clock is a duration after a label or under a header that says so (`Time: 2:52:22`,
      // `Time (hh:mm:ss)`); else a time of day.
      if (!time_label_before(text_, p) && !timed_column(p)) return p + *hms;
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
    if (size_t end = digit ? device_at(p, devices_.listed_at(p)) : 0) return end;
    if (size_t end = worded_duration_at(p)) return end;
    return device_at(p, devices_.named_at(p));
  }

  /// Whether the table column holding `p` is headed by a time or a duration.
  bool timed_column(size_t p) { return names_time(folded(headers_.of(p))); }

  /// Files the device phrase found at `p`, if it is a statement; the offset past it, or 0.
  size_t device_at(size_t p, std::optional<DevicePhrase> found) {
    if (!found) return 0;
    if (found->device && add(FigureKind::Hardware, found->device->count.value_or(0), found->written, p, found->end))
      out_.back().device = found->device;
    return found->end;
  }

  /// `one day`, `two and a half weeks`, `a day and a half`: a duration counted in words.
  size_t worded_duration_at(size_t p) {
    if (!ascii_letter(text_[p])) return 0;
    auto count = match<g::count_word>(rest(p));
    if (!count) return 0;
    size_t q = p + *count;
    if (size_t end = worded_magnitude_at(p, q)) return end;
    double value = count_value(rest(p).substr(0, *count));
    if (rest(q).starts_with(kAndAHalf)) value += 0.5, q += kAndAHalf.size();
    if (auto space = match<g::gap>(rest(q))) q += *space;  // a line may break between them
    auto word = match<g::unit_word>(rest(q));
    if (!word) return 0;
    std::string_view unit_word = rest(q).substr(0, *word);
    while (!unit_word.empty() && unit_word.back() == '.') unit_word.remove_suffix(1);  // `two days.`
    if (folded(unit_word) == "second") return 0;  // `a second run` is an ordinal
    size_t end = q + unit_word.size();
    if (end < text_.size() && text_[end] == '-') return 0;  // `a min--max normalisation`: a compound's first word
    std::optional<UnitReading> unit = units_.unit(unit_word);
    if (!unit || unit->figure != FigureKind::Duration || !plausible_(*unit, 1, unit_word, end)) return 0;
    if (rest(end).starts_with(kAndAHalf)) value += 0.5, end += kAndAHalf.size();
    add(FigureKind::Duration, share_before(p) * value * unit->scale, std::string(unit_word), p, end);
    return end;
  }

  /// `half a day`, `half an hour`, `half a million`: the share of a count in words that `half` takes.
  double share_before(size_t p) const {
    return p >= 5 && same_folded(std::string_view(text_).substr(p - 5, 5), "half ") ? 0.5 : 1;
  }

  /// `six billion parameters`, `two million images`: a count in words and its magnitude, before a unit.
  size_t worded_magnitude_at(size_t p, size_t q) {
    // Most words after a count start with another letter than the magnitudes' (thousand, million, ...).
    if (q + 1 >= text_.size() || text_[q] != ' ' ||
        std::string_view("tmbTMB").find(text_[q + 1]) == std::string_view::npos)
      return 0;
    auto word = match<g::magnitude_word>(rest(q + 1));
    if (!word) return 0;
    size_t after = q + 1 + *word;
    std::string_view written = rest(p).substr(0, after - p);
    double value =
        share_before(p) * count_value(rest(p).substr(0, q - p)) * magnitude_scale(rest(q + 1).substr(0, *word));
    auto unit = readings_.following(after, value, written);
    if (size_t restated = unit ? after : past_restatement(text_, after); restated != after)
      unit = readings_.following(restated, value, written);  // `six billion (6B) tokens`
    if (!unit || unit->reading.figure == FigureKind::Duration) return 0;
    add(unit->reading.figure, value * unit->reading.scale, std::move(unit->written), p, unit->end);
    return unit->end;
  }

  /// `3.5 days`, `3.3M GPU hours`: a number and the words of a unit.
  size_t quantity_at(size_t p) {
    auto number = match<g::number>(rest(p));
    if (!number) return 0;
    if (after_plus_minus(text_, p)) return p + *number;  // `1h 41m ± 32s`: an uncertainty, not a figure
    if (after_dimension(text_, p)) return p + *number;   // `1024×1024 images`: a size, not a count
    if (size_t end = split_counts_here(p, p + *number)) return end;
    // `1 374 327 images`, `3 500 hours`: thousands a space sets apart, read whole where a unit follows.
    std::optional<double> spaced;
    if (size_t length = spaced_thousands_length(rest(p)); length > *number) {
      std::string_view whole = rest(p).substr(0, length);
      if (auto grouped = spaced_thousands(whole); readings_.following(p + length, *grouped, whole))
        *number = length, spaced = grouped;
    }
    double value = spaced ? *spaced : number_value(rest(p).substr(0, *number));
    // `41–140`, `350-400`; but `2 to 5 trillion tokens`, `from 7 billion to 70 billion`, in
    // words, are mostly the ends of a span of models, each its own figure.
    auto range = match<g::range_end>(rest(p + *number));
    if (range && match<g::range_word>(rest(p + *number))) range.reset();
    if (!range && p >= 8 && same_folded(rest(p - 8).substr(0, 8), "between "))
      range = match<g::between_end>(rest(p + *number));
    if (range) {
      value = number_or_range(rest(p).substr(0, *number + *range));
      *number += *range;
    }
    size_t after = p + *number;
    if (after < text_.size() && text_[after] == '%') return after;
    std::string_view written = rest(p).substr(0, *number);
    // `9.02±6.79s`, `12.3 ± 0.4 hours`: a mean whose unit follows its spread.
    size_t unit_from = past_spread(text_, after);
    auto unit = readings_.following(unit_from, value, written);
    if (size_t restated = unit ? after : past_restatement(text_, after); restated != after)
      unit = readings_.following(restated, value, written);  // `1.3B (1,300M) parameters`
    // `10.636 paragraphs`: a count whose thousands a dot sets apart, read whole.
    if (auto whole = dotted_thousands(written); whole && (!unit || counts_things(unit->reading.figure)))
      if (auto counted = readings_.following(unit_from, *whole, written); counted && counts_things(counted->reading.figure))
        unit = counted, value = *whole;
    if (unit) {
      double amount = value * unit->reading.scale;
      if (unit->reading.figure == FigureKind::Duration &&
          !readings_.rest_of_duration(unit->reading.scale, amount, unit->end))
        return unit->end;
      if (add(unit->reading.figure, amount, std::move(unit->written), p, unit->end) &&
          unit->reading.figure == FigureKind::Parameters)
        carried_.counted(text_, unit->end, written);
      return unit->end;
    }
    // `GPT-2 (124M)`, `the models (350M, 2B, 6B)`: sizes in parentheses after a model's name.
    if (in_bracketed_sizes(text_, p, after)) {
      add(FigureKind::Parameters, value, std::string(written), p, after);
      return after;
    }
    if (auto unit = readings_.under_header(p, unit_from)) {
      add(unit->reading.figure, value * unit->reading.scale, std::move(unit->written), p, unit->end);
      return unit->end;
    }
    // `3B, 7B and 13B models`, `3.5 or 4 days`: a member of a list whose last
    // member carries the unit shares it.
    if (auto unit = readings_.of_list(after, value, written)) {
      add(unit->reading.figure, value * unit->reading.scale, std::move(unit->written), p, after);
      return after;
    }
    // `uses 64,997 parameters at H=96 and 487,445 at H=720`: a number of the sentence's list of them.
    if (carried_.shares(text_, p, after, written) && counts_enough(FigureKind::Parameters, value) &&
        add(FigureKind::Parameters, value, "parameters", p, after))
      return after;
    // `$N_{\rm train} = 50{,}000$`: a training set's size given to its symbol.
    if (value >= 10 && value == std::floor(value) && training_size_symbol_before(text_, p) &&
        add(FigureKind::Samples, value, "N_train", p, after))
      return after;
    // `2737 samples, of which 2326 were used for training`: the share the sentence gives to training.
    if (auto noun = share_for_training(text_, p, after); noun && add(FigureKind::Samples, value, std::string(*noun), p, after))
      return after;
    size_t next = after + (after < text_.size() && text_[after] == ' ');
    // `Hours used: 22,000 for ViT-g, 4,500 for ViT-S`: a label's list, each number for a system.
    bool listed = rest(next).starts_with("for ");
    if (next >= text_.size() || !ascii_alnum(text_[next]) || listed) return labelled(p, value, after, listed);
    return 0;
  }

  /// `6920/872/1821 sentences in train/dev/test sets`: the training split's count filed; past them, or 0.
  size_t split_counts_here(size_t p, size_t number_end) {
    auto split = slash_after(text_, number_end) ? split_counts_at(text_, p) : std::nullopt;
    if (!split) return 0;
    if (split->train_begin)
      add(FigureKind::Samples, split->train_value, std::string(split->noun), *split->train_begin, split->train_end);
    return split->end;
  }

  /// A number without a unit, after a label that gives one (label_cues.h); `listed`, a member
  /// of a label's list (`22,000 for ViT-g`). The offset past what was filed, or 0.
  size_t labelled(size_t p, double value, size_t end, bool listed) {
    auto read = read_label(text_, p, value, end, listed, units_);
    if (!read) return 0;
    // `GPUs: 4 × RTX 4090`: the devices the label counts, named after their count.
    if (read->figure == FigureKind::Hardware && read->header)
      if (auto counted = devices_.counted_at(p); counted && counted->device) return device_at(p, counted);
    return add(read->figure, read->value, std::move(read->unit), p, end) ? end : 0;
  }

  /// Files a statement; false when there is already one where it begins.
  bool add(FigureKind figure, double value, std::string unit, size_t begin, size_t end) {
    // A zero is no run's (`| Chance | 0 |`) but for emissions and money (`0*` on hydropower, free
    // credits); a device without a count is filed as 0.
    if (!std::isfinite(value) || (value <= 0 && figure != FigureKind::Hardware && figure != FigureKind::Emissions &&
                                  figure != FigureKind::Cost))
      return false;
    // A count is whole (`2654.61` under `Train` counts no data); `10.636 paragraphs` are 10,636, grouped.
    if (counts_things(figure) && std::abs(value - std::round(value)) > 1e-9 * (value + 1)) {
      auto number = match<g::number>(rest(begin));
      auto whole = number ? dotted_thousands(rest(begin).substr(0, *number)) : std::nullopt;
      if (!whole) return false;
      value = *whole;
    }
    // `train/dev/test sets which contain 8544, 1101 and 2210 sentences, respectively`: a held-out split's.
    if (figure == FigureKind::Samples && held_out_by_order(text_, begin, end).value_or(false)) return false;
    uint32_t from = plain_.origin[begin], to = plain_.origin[end - 1] + 1;
    tried_.push_back(from);
    // One statement a place of the source: a spanned cell is in the text twice.
    if (!found_at_.insert(from).second) return false;
    LineColumn at = lines_.locate(from);
    size_t text_at = 0;
    CostStatement s{figure, value, std::move(unit), approximate_before(text_, begin), std::nullopt, path_, at.line,
                    at.column, from, to > from ? to - from : 1, sentence_around(text_, begin, end, &text_at), ""};
    s.row_label = row_label(text_, begin);
    s.text_at = static_cast<uint32_t>(text_at);
    out_.push_back(std::move(s));
    return true;
  }

  const PlainText& plain_;
  const std::string& text_;
  const LineIndex& lines_;
  const std::string& path_;
  std::vector<CostStatement> out_;
  UnitReader units_;
  ColumnHeaders headers_{text_};  ///< a cache: finding a header changes nothing
  DevicePhrases devices_;                  ///< after headers_, which it reads
  DeviceNames names_;                      ///< the catalog's names of devices a table's cells name
  Plausibility plausible_;                 ///< after headers_, which it reads
  UnitReadings readings_;                  ///< after units_, headers_ and plausible_
  std::set<uint32_t> found_at_;  ///< where the statements found so far begin, in the source
  std::vector<uint32_t> tried_;  ///< where a statement was filed or refused for its place, in the source
  CarriedParameters carried_;    ///< the last count of parameters, for the bare numbers after it
};

}  // namespace
size_t split_point(std::string_view text) {
  if (text.size() < kMinSplitBytes) return text.size();
  size_t middle = text.size() / 2;
  size_t blank = std::min(text.find("\n\n", middle), text.find("\n\r\n", middle));  // or a Windows one
  return blank == std::string_view::npos ? text.size() : text.find('\n', blank + 1) + 1;
}

std::vector<CostStatement> scan_text(const PlainText& plain, const LineIndex& lines, const std::string& path,
                                     const HardwareCatalog& hardware, size_t split) {
  const std::string& text = plain.text;
  split = std::min(split, text.size());
  // A thread that cannot start is run where its result is awaited (`deferred`).
  auto policy = split < text.size() ? std::launch::async | std::launch::deferred : std::launch::deferred;
  auto tables = std::async(policy, [&text] {
    UnitReader units;
    return table_numbers(text, units);
  });
  TextScan first(plain, lines, path, hardware), second(plain, lines, path, hardware);
  auto later = std::async(policy, [&] { second.scan(split, text.size()); });
  size_t stopped = first.scan(0, split);
  // The second part may start where one reading never goes (inside a word): what it throws
  // there says nothing of the reading, which goes on from where the first stopped.
  bool read = true;
  try {
    later.get();
  } catch (const std::exception&) {
    read = false;
  }
  if (!read || stopped != split || !first.take(std::move(second), split)) first.scan(stopped, text.size());
  first.add_table_numbers(tables.get());
  return std::move(first).statements();
}

}  // namespace costlint::extract
