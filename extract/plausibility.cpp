#include "extract/plausibility.h"

#include <algorithm>

#include "extract/column_names.h"
#include "extract/data_cues.h"
#include "extract/device_cues.h"
#include "extract/number_text.h"
#include "extract/prose_cues.h"
#include "extract/set_sizes.h"
#include "extract/split_counts.h"
#include "extract/unit_words.h"
#include "ir/text_case.h"

namespace costlint::extract {
namespace {

/// `30-second idle baseline`, `one-week sample`: a duration joined to a noun by
/// a hyphen describes the noun; it is a cost only where the noun is one (`the
/// 98-hour training`, `the 34-second overhead`).
bool costs_follow(std::string_view next) {
  // The noun, or a word before it (`the 34-second OT overhead`).
  size_t second = next.find(' ', next.find_first_not_of(' '));
  size_t third = second == std::string_view::npos ? second : next.find(' ', second + 1);
  std::string_view nouns = next.substr(0, third);
  for (std::string_view noun : {" training", " run", " job", " overhead", " budget", " pre-training",
                                " pretraining", " fine-tuning", " finetuning", " search", " sweep",
                                " experiment"})
    if (nouns.find(noun) != std::string_view::npos) return true;
  return false;
}

/// `$2h\times4h\times2h$`: a count of the unit [unit_at, end) times another of it is a box's
/// sides (a length `h`), no duration; `3h × 8 GPUs` is not one.
bool multiplied_by_like(std::string_view text, size_t unit_at, size_t end) {
  constexpr size_t kReach = 16;  // the spaces and digits of a factor (a longer run is none)
  std::string_view unit = text.substr(unit_at, end - unit_at);
  auto times = [](std::string_view s) -> size_t {
    return s.starts_with("×") ? std::string_view("×").size() : s.starts_with("x") || s.starts_with("*") ? 1 : 0;
  };
  auto skip = [&](size_t q, auto&& over) {
    for (size_t steps = 0; q < text.size() && steps < kReach && over(text[q]); ++steps) ++q;
    return q;
  };
  // After: `×4h`.
  size_t q = skip(end, [](char c) { return c == ' '; });
  if (size_t sign = times(text.substr(q))) {
    q = skip(q + sign, [](char c) { return c == ' '; });
    size_t digits = q;
    q = skip(q, [](char c) { return ascii_digit(c) || c == '.'; });
    if (q > digits && text.substr(q).starts_with(unit)) return true;
  }
  // Before: `2h×`.
  size_t p = unit_at;
  for (size_t steps = 0; p > 0 && steps < kReach && (ascii_digit(text[p - 1]) || text[p - 1] == '.' || text[p - 1] == ' ');
       ++steps)
    --p;
  std::string_view before = text.substr(p >= kReach ? p - kReach : 0, std::min(p, kReach));
  for (std::string_view sign : {"×", "x", "*"})
    if (before.ends_with(sign)) {
      before.remove_suffix(sign.size());
      while (!before.empty() && before.back() == ' ') before.remove_suffix(1);
      return before.ends_with(unit) && before.size() > unit.size() && ascii_digit(before[before.size() - unit.size() - 1]);
    }
  return false;
}

/// `per 100M-token run`: the count qualifies the run that `per` is of, a run's budget
/// (a whole word: not ` running`, ` runtime`).
bool run_follows(std::string_view next) {
  for (std::string_view run : {" run", " job", " experiment", " training"})
    if (next.starts_with(run) && (next.size() == run.size() || !ascii_letter(next[run.size()]))) return true;
  return false;
}

/// `48 hours data cleaning`: work done on the data follows, not the data itself.
bool data_work_follows(std::string_view after) {
  while (!after.empty() && after.front() == ' ') after.remove_prefix(1);
  for (std::string_view work : {"collection", "processing", "preprocessing", "cleaning", "generation", "preparation",
                                "loading", "augmentation", "parallel"})
    if (after.starts_with(work)) return true;
  return false;
}

/// `within 4 hours of arrival`, `within 255 minutes of known stroke onset`: a deadline after an
/// event a dataset records, not what a run took (`within 6 hours of starting the run` is one).
/// `unit_at`, where the unit starts; `next`, the words after the unit (folded).
bool deadline_after_event(std::string_view text, size_t unit_at, std::string_view next) {
  if (!next.starts_with(" of ")) return false;
  std::string before = clause_before(text, before_number(text, unit_at), 24, ".;:,\n(");
  while (!before.empty() && (before.back() == ' ' || before.back() == '~')) before.pop_back();
  if (!ends_with_word(before, {"within"})) return false;
  std::string_view after = next.substr(4);
  for (int word = 0; word < 3 && !after.empty(); ++word) {
    size_t stop = std::min(after.find(' '), after.size());
    std::string_view noun = after.substr(0, stop);
    for (std::string_view event : {"onset", "arrival", "admission", "symptom", "stroke", "surgery", "birth", "injury",
                                   "diagnosis", "discharge", "enrollment", "enrolment", "randomization",
                                   "randomisation", "presentation", "exposure", "infection", "death", "delivery"})
      if (noun.starts_with(event)) return true;
    after.remove_prefix(std::min(stop + 1, after.size()));
  }
  return false;
}

/// Where in `words` (folded) a compound names the time between two events the data records
/// (`arrival-to-scan time`, `onset-to-arrival =`), not a model (`end-to-end`) nor a run's
/// (`time-to-train`): the offset of its first letter, or npos.
size_t time_between_events(std::string_view words) {
  for (size_t to = words.find("-to-"); to != std::string_view::npos; to = words.find("-to-", to + 1)) {
    size_t start = to, stop = to + 4;
    while (start > 0 && ascii_letter(words[start - 1])) --start;
    while (stop < words.size() && ascii_letter(words[stop])) ++stop;
    std::string_view first = words.substr(start, to - start), after = words.substr(stop);
    while (!after.empty() && after.front() == ' ') after.remove_prefix(1);
    bool timed = after.starts_with("time") || after.starts_with("=") || after.starts_with("<") ||
                 after.starts_with(">") || after.starts_with("interval") || after.starts_with("delay");
    // (Not a run's span: `start-to-finish`, `train-to-convergence`, `time-to-train`, `end-to-end`.)
    bool run = false;
    for (std::string_view span : {"time", "end", "start", "begin", "train", "training", "request", "prompt", "token"})
      run = run || first == span;
    if (start < to && stop > to + 4 && timed && !run) return start;
  }
  return std::string_view::npos;
}

/// `Arrival-to-scan time < 30 minutes`, `15 minutes arrival-to-scan time`: the time between two
/// events, named just before the duration (`unit_at`, where its unit starts) or just after.
bool between_events(std::string_view text, size_t unit_at, std::string_view next) {
  // `15 minutes arrival-to-scan time`, `30 minutes (arrival-to-scan time)`: the compound just after.
  size_t lead = next.find_first_not_of(" (");
  if (lead != std::string_view::npos && time_between_events(next.substr(lead)) == 0) return true;
  std::string clause = clause_before(text, before_number(text, unit_at), 40, ".;:,\n(");
  return time_between_events(clause) != std::string_view::npos;
}

}  // namespace

bool Plausibility::operator()(const UnitReading& reading, double value, std::string_view unit,
                            size_t end) const {
  std::string next = folded(text_.substr(end).substr(0, 24));
  switch (reading.figure) {
    case FigureKind::Duration:  // `0.4 seconds per step` is a rate, `10-minute intervals` a setting,
                                // `clips 3 to 5 seconds long` the data
      // `two weeks' samples`: a window of data, in the possessive.
      if (unit.starts_with("-") && !costs_follow(next)) return false;
      // `20 seconds of music`, `the 40 seconds song`: the length of what a model makes or reads.
      if (next.size() > 1 && next[0] == ' ' && std::string_view("oscawed").find(next[1]) != std::string_view::npos)
        for (std::string_view media : {" of audio", " of music", " of speech", " of video", " of footage",
                                       " of sound", " samples", " song", " clip", " audio", " segment", " chunk",
                                       " window", " excerpt"})
          if (next.starts_with(media)) return false;
      // `24 hour data`: a window of data; not `48 hours data cleaning` (work), `a 36 hours dataset`.
      if (next.starts_with(" data") && (next.size() == 5 || !(ascii_letter(next[5]) || next[5] == '-')) &&
          !data_work_follows(std::string_view(next).substr(5)))
        return false;
      // `5 seconds into the future`, `the 0.72 day rotation period`, `the primary 6h task`, `a 5
      // seconds preprocessing variant`: a horizon, what is measured or predicted, a window of the data.
      for (std::string_view data : {" into the future", " of past", " of future", " ahead", " in the future", " prior",
                                    " period", " rotation", " task", " horizon", " lookback", " look-back",
                                    " preprocessing", " lead time", " forecast"})
        if (next.starts_with(data)) return false;
      if (symbol_assigned_before(end - unit.size())) return false;
      if (deadline_after_event(text_, end - unit.size(), next) || between_events(text_, end - unit.size(), next))
        return false;
      if (multiplied_by_like(text_, end - unit.size(), end)) return false;
      // `| HoT | 10 min | 576 |` under `Freq.` or `$W$`: the data's sampling, not a run's time.
      if (std::string header = folded(headers_.of(end - unit.size())); names_time_scale(header) || symbol_only(header))
        return false;
      if (size_t at = end - unit.size(); at >= kHorizonReach) {
        std::string before = folded(text_.substr(at - kHorizonReach, kHorizonReach));
        if (before.find("past ") != std::string::npos || before.find("future ") != std::string::npos) return false;
        // `every 10 minutes`, `each image lasts 1 s`: an interval, an item's length (not `every run took`).
        std::string_view clause = std::string_view(before).substr(0, before.find_last_not_of(" 0123456789.,~") + 1);
        if (clause.ends_with("every") || clause.ends_with("lasts")) return false;
        // `The first 38 frames, about 3.04 seconds,`: frames counted again in time.
        std::string_view counted = clause;
        for (std::string_view about : {" about", " approximately", " roughly", " i.e.", " or", "(", ","})
          if (counted.ends_with(about)) counted.remove_suffix(about.size());
        if ((counted.ends_with("frames") || counted.ends_with("frames ")) && value * reading.scale <= 60) return false;
        // `a step size of 30 days`, `a lag of 7 days`: a setting of how the data is cut.
        // `The green phase duration is fixed at 30 seconds`: a setting, not what a run took.
        for (std::string_view setting : {"step size of", "stride of", "lag of", "horizon of", "a length of"})
          if (clause.ends_with(setting)) return false;
        // `The green phase duration is fixed at 30 seconds`; not `The training time was set to 48 hours`.
        if (clause.ends_with("fixed at") || clause.ends_with("set to")) {
          std::string sentence = clause_before(text_, at, 96, ".;!?\n");
          if (sentence.find("train") == std::string::npos && sentence.find("run") == std::string::npos) return false;
        }
      }
      // `clips of 10.0 s duration`, `segments at 1.0 s`: the length of each item of data.
      if ((next.starts_with(" duration") && value * reading.scale <= 60) || media_item_before(text_, end - unit.size()))
        return false;
      // `1.1M hours of labeled audio`, `500 hours of transcribed speech`: a qualified medium.
      // `three days of attack logs`: the span of the data, its noun after a word that qualifies it.
      if (next.starts_with(" of ")) {
        size_t first = next.find(' ', 4), second = first == std::string::npos ? first : next.find(' ', first + 1);
        for (std::string_view media : {" audio", " speech", " video", " music", " recordings", " data", " logs"})
          if (size_t at = next.find(media); at != std::string::npos && (at == first || (at == second && media == " logs")))
            return false;  // (not `100 hours of real world data collection`, an effort)
      }
      return (!next.starts_with(" per") || per_run(next)) && !next.starts_with("/") && !next.starts_with(" each") &&
             !next.starts_with(" interval") && !next.starts_with(" long") && !next.starts_with(" in length") &&
             !next.starts_with("'") &&
             !next.starts_with("’") && !equivalence(end - unit.size()) &&
             !time_scale_before(text_, end - unit.size()) && !per_step_before(end - unit.size());
    // Bytes are memory (a device's, a checkpoint's, a dataset's) unless they name a card (`80GB A100`).
    case FigureKind::Memory: return !device_follows(text_, end);
    case FigureKind::Samples:
    case FigureKind::Tokens:  // `4M tokens per batch`, `each batch contains 28800 transactions`
      if (rate_follows(next) || batch_before(text_, end - unit.size()) ||
          (denominator_before(end - unit.size()) && !run_follows(next)))
        return false;
      // `128 tokens x 65,536 sequences x 7,038 steps`: the factors of a product, a batch among them.
      if (next.starts_with(" x ") || next.starts_with(" ×") || next.starts_with(" * ")) return false;
      // `a 1M token context window`: what a model reads at once, not what it was trained on.
      if (next.starts_with(" context") || next.starts_with(" window") || next.starts_with(" limit") ||
          next.starts_with(" vocab"))
        return false;
      // `a 19B token linear ramp-up`, `a 2B-token warmup`: a schedule's length, a setting.
      for (std::string_view schedule : {" linear", " warmup", " warm-up", " ramp", " decay", " cooldown"})
        if (next.starts_with(schedule)) return false;
      // `capped the context length to 44480 tokens`, `a vocabulary of 37000 tokens`;
      // a budget of millions is neither.
      if (reading.figure == FigureKind::Tokens && value < 1e6 && token_setting_before(text_, end - unit.size()))
        return false;
      // `a vocabulary of 3 million words`: a vocabulary's size, whatever its size.
      if (reading.figure == FigureKind::Tokens && vocabulary_before(text_, end - unit.size())) return false;
      // `stabilises by ~1B tokens`, `training beyond 3B tokens`: a point in a run, not what it was trained on.
      if (reading.figure == FigureKind::Tokens && point_in_run_before(end - unit.size())) return false;
      if (reading.figure == FigureKind::Samples) {
        // `segments of 4894 flux measurements`: what each piece of the data holds.
        if (media_item_before(text_, end - unit.size())) return false;
        if (source_of_counted_items(text_, end - unit.size())) return false;
        // `150 training patients`, `700 videos for training`: even a small set is a cost when trained on;
        // `25,000 pairs for validation`: what a model is judged on is not.
        // `25,000 training tuples as a validation set`: the clause after the count says last what it is.
        std::optional<bool> use = use_named_after(text_, end);
        if (!use.value_or(true)) return false;
        bool training = training_set_around(text_, end - unit.size(), end, use);
        // `The train and test sets contain 50,000 and 10,000 images, respectively`: each count's place
        // says which split it is (TextScan::add), not the held-out words around them.
        bool ordered = held_out_by_order(text_, before_number(text_, end - unit.size()), end).has_value();
        if (!training && !ordered && held_out_around(text_, end - unit.size(), end)) return false;
        // `FID between 50K generated samples and the training set`: what a model made is judged, not
        // learned from; `2,000 posterior samples`, `1000 bootstrap samples` are draws of a statistic.
        std::string drawn = folded(unit.substr(0, unit.find(' ') + 1));
        if (!training && (drawn == "generated " || drawn == "posterior " || drawn == "bootstrap ")) return false;
        std::string_view noun = unit.substr(unit.rfind(' ') + 1);  // `train examples`: its noun
        // `the dataset consists of 242 scans`: a whole set's size, however small (its words are read
        // only under a thousand, where they decide).
        bool small_items = value >= 10 && value < 1000 && counts_items(noun);
        if ((training && value >= 10 && (value >= 1000 || counts_items(noun))) ||
            (small_items && held_by_set_before(text_, end - unit.size())))
          return true;
      }
      return counts_enough(reading.figure, value);
    case FigureKind::Parameters: return counts_enough(reading.figure, value);
    case FigureKind::Energy:
    case FigureKind::Emissions: {  // `34g CO2eq. per kWh`, `0.3 kWh/query`: an intensity, a rate
      std::string_view after = text_.substr(end);
      bool period = end > 0 && text_[end - 1] == '.';
      if (after.starts_with(".")) period = true, after.remove_prefix(1);
      // `120 kWh. Per the provider, ...`: a new sentence, not a rate.
      if (period && after.size() > 1 && after[0] == ' ' && after[1] >= 'A' && after[1] <= 'Z') return true;
      std::string rate = folded(after.substr(0, 24));
      return (!rate.starts_with(" per ") || per_run(rate)) && !rate.starts_with("/");  // `0.011 kg CO2e per run`
    }
    case FigureKind::Power: return unit != "W" || !next.starts_with("h");
    // `45 fps` in a table of detectors is a speed; `sampled at 3 FPS` in prose, the data's rate.
    // `we achieve framerates of 36 FPS`, `renders at 60 fps`: a speed where the clause says so.
    case FigureKind::Throughput:
      // `[00:10<00:00, 914.19it/s]`: a progress bar's pace, not a system's speed.
      if (in_progress_bar(text_, end - unit.size())) return false;
      // `430+ FPS on a GTX 1660 Ti`: a speed on a device.
      return !same_folded(unit, "fps") || !headers_.of(end - unit.size()).empty() ||
             speed_before(text_, end - unit.size()) ||
             (next.starts_with(" on ") && !next.starts_with(" on average") &&
              !sampled_before(text_, end - unit.size()));
    default: return true;
  }
}

/// `equivalent to 83 years of a home's energy`: a comparison, not a cost, in
/// prose or in a column headed so.
bool Plausibility::equivalence(size_t at) const {
  size_t from = at > 48 ? at - 48 : 0;
  std::string before = folded(std::string_view(text_).substr(from, at - from));
  if (before.find("equivalent") != std::string::npos || before.find("equiv.") != std::string::npos ||
      before.find("equal to") != std::string::npos)
    return true;
  return folded(headers_.of(at)).find("equiv") != std::string::npos;
}

bool Plausibility::point_in_run_before(size_t unit_at) const {
  size_t p = unit_at;
  while (p > 0 && text_[p - 1] == ' ') --p;
  if (p > 0 && std::string_view("KMBTkmbt").find(text_[p - 1]) != std::string_view::npos) --p;  // `3B tokens`
  p = before_number(text_, p);
  std::string before = folded(text_.substr(p >= 16 ? p - 16 : 0, std::min<size_t>(p, 16)));
  while (!before.empty() && (before.back() == ' ' || before.back() == '~')) before.pop_back();
  for (std::string_view about : {"about", "approximately", "roughly", "≈", "∼"})
    if (before.ends_with(about)) before.erase(before.size() - about.size());
  while (!before.empty() && before.back() == ' ') before.pop_back();
  if (before.ends_with(" beyond")) return true;
  // `stabilises by ~1B tokens`; not `expanded by 50B tokens` (a budget), nor `at` (`we stop the schedule at 4T tokens`).
  if (!before.ends_with(" by")) return false;
  std::string clause = clause_before(text_, p, 48, ".;,\n");
  for (std::string_view state : {"stabilis", "stabiliz", "converg", "saturat", "plateau", "crystallis", "crystalliz"})
    if (clause.find(state) != std::string::npos) return true;
  return false;
}

bool Plausibility::symbol_assigned_before(size_t unit_at) const {
  // The `=` before the number, and the one letter before it.
  size_t p = before_number(text_, unit_at);
  return p >= 2 && text_[p - 1] == '=' && ascii_letter(text_[p - 2]) && (p == 2 || !ascii_alnum(text_[p - 3]));
}

bool Plausibility::denominator_before(size_t unit_at) const {
  size_t from = unit_at > kDenominatorReach ? unit_at - kDenominatorReach : 0;
  std::string before = folded(text_.substr(from, unit_at - from));
  size_t per = std::string::npos;
  for (std::string_view mark : {"per ", "per-"})
    if (size_t at = before.rfind(mark); at != std::string::npos && (per == std::string::npos || at > per)) per = at;
  if (per == std::string::npos || (per > 0 && ascii_letter(before[per - 1]))) return false;  // not `paper 1`
  // Within the clause: not `billed per 1000; 50M tokens were generated`.
  if (before.find_first_of(";:", per) != std::string::npos || before.find(". ", per) != std::string::npos) return false;
  // Between `per` and the unit, only the count: digits, a magnitude, `input` or `output` items.
  for (std::string_view word : split_words(std::string_view(before).substr(per + 4)))
    if (!ascii_digit(word.front()) && magnitude_scale(word) == 1 && word != "input" && word != "output" &&
        word != "a" && word != "one")
      return false;
  return true;
}

bool Plausibility::per_step_before(size_t at) const {
  // `each training step took about 0.4 seconds`, `step time was 1.0 seconds`: a step's time, not a run's.
  size_t from = at > kStepReach ? at - kStepReach : 0;
  std::string_view window = text_.substr(from, at - from);
  // Most durations have no step before them: looked for in place first, without folding.
  if (window.find("tep") == std::string_view::npos && window.find("teration") == std::string_view::npos) return false;
  std::string before = folded(window);
  // The sentence: after a period before a space or a line's end (not `0.4`'s), a `;`, a blank line.
  for (std::string_view stop : {". ", ".\n", ";", "\n\n"})
    if (size_t at_stop = before.rfind(stop); at_stop != std::string::npos) before.erase(0, at_stop + stop.size());
  for (std::string_view step : {"step took", "step takes", "step time", "each step", "per step", "iteration took",
                                "iteration takes", "per iteration", "each iteration"})
    if (before.find(step) != std::string::npos) return true;
  return false;
}

}  // namespace costlint::extract
