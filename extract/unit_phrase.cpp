#include "extract/unit_phrase.h"

#include <algorithm>
#include <array>
#include <string>
#include <unordered_set>
#include <utility>
#include <vector>

#include "extract/data_cues.h"
#include "extract/prose_cues.h"
#include "extract/unit_words.h"
#include "ir/text_case.h"
#include "ir/units.h"

namespace costlint::extract {
namespace {

/// Written in words, in any case; `h` alone is read where case is kept (`H` is not an hour).
constexpr std::array<std::pair<std::string_view, double>, 18> kDurations = {{
    {"seconds", 1}, {"second", 1}, {"secs", 1}, {"sec", 1}, {"minutes", 60}, {"minute", 60},
    {"mins", 60}, {"min", 60}, {"hours", kHour}, {"hour", kHour}, {"hrs", kHour}, {"hr", kHour},
    {"days", kDay}, {"day", kDay}, {"weeks", 7 * kDay}, {"week", 7 * kDay},
    {"months", 30 * kDay}, {"month", 30 * kDay},
}};

/// The device of a device-time unit: `GPU hours`, `TPUv3-core-days`, `A100 hours`.
bool is_device_word(std::string_view word) {
  std::string w = folded(word);
  if (w.ends_with("s") && w.size() > 3) w.pop_back();
  for (std::string_view known : {"gpu", "tpu", "chip", "core", "accelerator", "node", "device", "cpu",
                                 "compute", "ipu", "npu"})
    if (w == known) return true;
  // A model: letters then digits (`a100`, `tpuv3`, `v100`, `h100`).
  bool letters = false, digits = false;
  for (char c : w) {
    if (ascii_letter(c)) {
      if (digits) return false;
      letters = true;
    } else if (ascii_digit(c)) {
      digits = true;
    } else {
      return false;
    }
  }
  return letters && digits;
}


/// `CO2`, `CO2e`, `CO₂eq`, `CO2-eq`: what is left after the mass.
bool is_co2(std::string_view rest) {
  std::string r = folded(rest);
  std::string compact;
  for (char c : r)
    if (c != ' ' && c != '-' && c != '.' && c != '_') compact += c;  // `CO_2 eq.`
  if (compact.starts_with("of")) compact.erase(0, 2);
  const std::string subscript_two = "co₂";  // ₂ is three bytes
  if (compact.starts_with(subscript_two)) compact.replace(0, subscript_two.size(), "co2");
  for (std::string_view form : {"co2", "co2e", "co2eq", "co2equivalent", "co2emissions", "co2eqemissions", "eqco2",
                                "co2eqv"})
    if (compact == form) return true;
  return false;
}

/// `MT CO2e` in capitals is metric tons, as carbon reports write them; `Mt` and `mt`, megatonnes.
double mass_scale(std::string_view written, double scale) { return written == "MT" ? 1e6 : scale; }

std::optional<UnitReading> emissions(std::string_view words) {
  // Attached: `tCO2eq`, `kgCO2e`, `MTCO2e`.
  std::string w = folded(words);
  for (const auto& [mass, scale] : kMasses)
    if (w.starts_with(mass) && is_co2(words.substr(mass.size())))
      return UnitReading{FigureKind::Emissions, mass_scale(words.substr(0, mass.size()), scale)};
  return std::nullopt;
}

/// Bytes in words: `9.2 gigabytes`, `Memory footprint (KBytes)`.
constexpr std::array<std::pair<std::string_view, double>, 12> kByteWords = {{
    {"kilobytes", 1e3}, {"megabytes", 1e6}, {"gigabytes", 1e9}, {"terabytes", 1e12},
    {"kilobyte", 1e3}, {"megabyte", 1e6}, {"gigabyte", 1e9}, {"terabyte", 1e12},
    {"kbytes", 1e3}, {"mbytes", 1e6}, {"gbytes", 1e9}, {"tbytes", 1e12},
}};

/// Counts of operations; `TFLOPS` in capitals is read apart, as a rate.
constexpr std::array<std::pair<std::string_view, double>, 15> kFlopWords = {{
    {"flop", 1}, {"flops", 1}, {"gflop", 1e9}, {"gflops", 1e9}, {"tflop", 1e12}, {"tflops", 1e12},
    {"pflop", 1e15}, {"pflops", 1e15}, {"eflop", 1e18}, {"eflops", 1e18}, {"zflop", 1e21},
    {"zettaflop", 1e21}, {"zettaflops", 1e21}, {"exaflop", 1e18}, {"exaflops", 1e18},
}};

constexpr std::array<std::string_view, 35> kItems = {
    "tokens", "token", "tok", "toks", "t", "samples", "sample", "images", "image", "img", "imgs", "im", "examples",
    "ex", "sentences", "queries", "requests", "req", "reqs", "it", "iter", "iters", "words", "frames", "sequences",
    "sequence", "seq", "seqs", "pred", "preds", "ins", "inst", "docs", "utt", "chars"};

/// Counted things: one word, or one of the two-word names (`sentence pairs`).
std::optional<UnitReading> counted(const std::vector<std::string_view>& words) {
  std::string last = folded(words.back());
  // `9,658 test images`: what a model is evaluated on is not what it cost to train.
  std::string first = folded(words.front());
  bool held_out = first == "held" && words.size() > 1 && folded(words[1]) == "out";  // split at its `-`
  if (held_out_word(first) || held_out) return std::nullopt;
  // `phoneme-labeled speech utterances`: a noun of data after the words (a dash splits) that qualify it
  // (not `hours of spoken books`, a phrase, nor `times more unlabeled images`).
  if (words.size() <= 4 && words.size() >= 2 && samples_noun(last) &&
      std::all_of(words.begin(), words.end() - 1, [](std::string_view word) {
        // (a dataset's name may hold digits: `6,000 Flickr30K training images`, `CIFAR10 images`)
        bool name = !word.empty() && word.front() >= 'A' && word.front() <= 'Z' &&
                    std::all_of(word.begin(), word.end(), [](char c) { return ascii_alnum(c); });
        return (name || std::all_of(word.begin(), word.end(), [](char c) { return ascii_letter(c); })) &&
               // (`user and item interactions`, `300K more images` are counts of data)
               (!joins_a_clause(word) || same_folded(word, "and") || same_folded(word, "more"));
      }))
    return UnitReading{FigureKind::Samples, 1};
  // `671B total parameters`, `4.40M trainable LoRA parameters`, `2T high-quality tokens`: a count
  // some words qualify, not a difference (`2M fewer parameters`) nor parameters left out (`85M
  // non-trainable`; a model's `non-embedding parameters` are its own).
  bool left_out = same_folded(words.front(), "non") && !(words.size() > 1 && same_folded(words[1], "embedding"));
  bool qualified = words.size() <= 3 && words.size() >= 2 && !left_out &&
                   std::all_of(words.begin(), words.end() - 1, [](std::string_view word) {
                     if (!std::all_of(word.begin(), word.end(), [](char c) { return ascii_letter(c); })) return false;
                     for (std::string_view other : {"fewer", "more", "less", "extra", "additional", "hyper", "of", "the",
                                                    "redundant", "pruned", "removed", "frozen"})
                       if (same_folded(word, other)) return false;
                     return true;
                   });
  if (qualified && (last == "parameters" || last == "params")) return UnitReading{FigureKind::Parameters, 1};
  if (qualified && last == "tokens") return UnitReading{FigureKind::Tokens, 1};
  std::string w = folded(words.front());
  if (words.size() == 2) {
    w.push_back(' ');
    w += folded(words[1]);
  } else if (words.size() > 2) return std::nullopt;
  if (w == "parameters" || w == "params" || w == "parameter" || w == "param")
    return UnitReading{FigureKind::Parameters, 1};
  // `the 600B token checkpoint`: singular before a noun, as the plural.
  if (w == "tokens" || w == "token") return UnitReading{FigureKind::Tokens, 1};
  if ((words.size() == 1 && samples_noun(w)) || w == "sentence pairs" || w == "training examples" ||
      w == "training samples")
    return UnitReading{FigureKind::Samples, 1};
  return std::nullopt;
}

/// `tokens/s`, `images/sec`, `tokens per second`.
std::optional<UnitReading> throughput(std::string_view words) {
  std::string w = folded(words);
  size_t slash = w.find('/');
  size_t per = w.find(" per ");
  if (slash == std::string::npos && per == std::string::npos) return std::nullopt;
  size_t item_end = std::min(slash, per);
  std::string item = w.substr(0, item_end);
  while (!item.empty() && item.back() == ' ') item.pop_back();
  std::string rate = w.substr(item_end + (item_end == slash ? 1 : 5));
  while (!rate.empty() && rate.front() == ' ') rate.erase(0, 1);
  if (item_end == slash) rate = without_per_device("/" + rate).substr(1);  // `tokens/s/GPU`, `tokens/GPU/s`
  // An item it knows, or a plural noun a word may qualify (`valid molecules/sec`);
  // not `m/s` nor `GB/s`, rates of other things.
  std::string_view noun = std::string_view(item).substr(item.rfind(' ') == std::string::npos ? 0 : item.rfind(' ') + 1);
  // One or two words, letters only (not `achieves 1284 tok/s`).
  bool worded = std::all_of(item.begin(), item.end(), [](char c) { return ascii_letter(c) || c == ' '; }) &&
                std::count(item.begin(), item.end(), ' ') <= 1;
  // (Not `meters per second`, a speed of things, nor `degrees per second`.)
  bool measure = false;
  for (std::string_view length : {"meters", "metres", "kilometers", "kilometres", "centimeters", "millimeters",
                                  "miles", "degrees", "radians"})
    measure = measure || noun == length;
  bool plural = worded && noun.size() >= 4 && noun.back() == 's' && !lookup(kByteWords, noun) &&
                !lookup(kFlopWords, noun) && !noun.ends_with("bits") && !noun.ends_with("bytes") && !measure;
  // `out tok/s`, `total tok/s`: an item a word qualifies.
  bool qualified = worded && std::find(kItems.begin(), kItems.end(), noun) != kItems.end();
  if (std::find(kItems.begin(), kItems.end(), item) == kItems.end() && !qualified && !plural) return std::nullopt;
  for (std::string_view second : {"s", "sec", "second"})
    if (rate == second) return UnitReading{FigureKind::Throughput, 1};
  for (std::string_view minute : {"min", "minute"})  // `111 sequences per minute`
    if (rate == minute) return UnitReading{FigureKind::Throughput, 1.0 / 60};
  for (std::string_view hour : {"h", "hr", "hour"})
    if (rate == hour) return UnitReading{FigureKind::Throughput, 1.0 / 3600};
  return std::nullopt;
}

/// A unit is a few words, a header cell a short phrase: longer text is neither
/// (and a hostile table's cells are not read word by word).
constexpr size_t kMaxUnitBytes = 96;

std::optional<UnitReading> unit_of(std::string_view words) {
  if (words.empty()) return std::nullopt;
  // `45 fps`, `19,444 tps`, `300 QPS`: frames, tokens or queries a second.
  for (std::string_view rate : {"fps", "tps", "qps"})
    if (same_folded(words, rate)) return UnitReading{FigureKind::Throughput, 1};
  // `500 total GPU hours`, `350 NVIDIA GPU-hours`: the qualifier or the maker does not change a device-time.
  for (std::string_view qualifier : {"total ", "nvidia ", "amd ", "google "})
    if (words.size() > qualifier.size() && same_folded(words.substr(0, qualifier.size()), qualifier))
      if (auto reading = unit_of(words.substr(qualifier.size())); reading && reading->figure == FigureKind::DeviceTime)
        return reading;
  // `40 additional hours`, `2 more days`: the amount is the unit's.
  for (std::string_view extra : {"additional ", "more ", "extra ", "further "})
    if (words.size() > extra.size() && same_folded(words.substr(0, extra.size()), extra))
      if (auto reading = unit_of(words.substr(extra.size())); reading && reading->figure == FigureKind::Duration)
        return reading;
  if (auto rate = throughput(words)) return rate;
  if (auto mass = emissions(words)) return mass;
  std::vector<std::string_view> parts = split_words(words);
  if (parts.empty()) return std::nullopt;
  std::string last = folded(parts.back());

  // Device-time: device words, then a unit of time.
  if (parts.size() >= 2) {
    bool devices = true;
    for (size_t i = 0; i + 1 < parts.size(); ++i) devices = devices && is_device_word(parts[i]);
    // `32,623 hours of TPU`, `9998 days of GPU time`: the time of the devices, after it.
    if ((parts.size() == 3 || (parts.size() == 4 && folded(parts[3]) == "time")) &&
        folded(parts[1]) == "of" && is_device_word(parts[2]) && folded(parts[2]) != "compute")
      if (auto time = lookup(kDurations, folded(parts[0]))) return UnitReading{FigureKind::DeviceTime, *time};
    if (devices) {  // `GPU hours`, `A100-seconds`, `TPU-years`
      if (auto time = lookup(kDurations, last)) return UnitReading{FigureKind::DeviceTime, *time};
      if (last == "h") return UnitReading{FigureKind::DeviceTime, kHour};
      if (last == "years" || last == "year") return UnitReading{FigureKind::DeviceTime, 365 * kDay};
    }
    // `PF-days`, `petaflop/s-days`, `pfs-days`
    std::string first = folded(parts.front());
    if (parts.size() == 2 && (last == "days" || last == "day") &&
        (first == "pf" || first == "petaflop/s" || first == "pfs" || first == "petaflops" ||
         first == "pflop/s" || first == "pflops"))
      return UnitReading{FigureKind::Flop, 8.64e19};
    // `157 training days`, `40 wall-clock hours`: a duration the word before its unit says is a run's.
    if (parts.size() == 2 && (first == "training" || first == "wall-clock"))
      if (auto seconds = lookup(kDurations, last)) return UnitReading{FigureKind::Duration, *seconds};
    if (std::string all = folded(words); all == "floating point operations" || all == "floating-point operations")
      return UnitReading{FigureKind::Flop, 1};
    // `kilowatt hours`, `megawatt hours`
    if (parts.size() == 2 && (last == "hours" || last == "hour")) {
      if (first == "kilowatt") return UnitReading{FigureKind::Energy, 3.6e6};
      if (first == "megawatt") return UnitReading{FigureKind::Energy, 3.6e9};
    }
    // `23G GPU memory`: a `G` alone is gigabytes where memory is named after it.
    if (parts.front() == "G") {
      std::string rest = folded(words.substr(words.find_first_not_of(' ', 1)));
      for (std::string_view memory : {"gpu memory", "memory", "ram", "vram", "gpu ram"})
        if (rest == memory) return UnitReading{FigureKind::Memory, 1e9};
    }
    // `kg of CO2`, `tonnes CO2eq`, `t CO2e`
    for (const auto& [mass, scale] : kMasses)
      if (first == mass && is_co2(words.substr(parts.front().size())))
        return UnitReading{FigureKind::Emissions, mass_scale(parts.front(), scale)};
    return counted(parts);
  }

  std::string_view word = parts.front();
  std::string w = folded(word);
  if (auto seconds = lookup(kDurations, w)) return UnitReading{FigureKind::Duration, *seconds};
  if (word == "h") return UnitReading{FigureKind::Duration, kHour};
  if (auto flop = lookup(kFlopWords, w)) {
    // `TFLOPS` in capitals is a rate, a device's peak: not a cost.
    if (word.size() > 5 && word.ends_with("FLOPS")) return std::nullopt;
    return UnitReading{FigureKind::Flop, *flop};
  }
  if (w == "twh") return UnitReading{FigureKind::Energy, 3.6e15};
  if (word == "KB") return UnitReading{FigureKind::Memory, 1e3};  // the kB of papers in capitals
  if (word == "KJ") return UnitReading{FigureKind::Energy, 1e3};  // and their kJ
  // `mWh` is a milliwatt-hour where it is written so (CodeCarbon's small runs);
  // the unit table reads `mwh` in any other case as the MWh papers mean.
  if (word == "mWh") return UnitReading{FigureKind::Energy, 3.6};
  if (auto bytes = lookup(kByteWords, w)) return UnitReading{FigureKind::Memory, *bytes};
  if (w == "joules") return UnitReading{FigureKind::Energy, 1};
  if (w == "watts") return UnitReading{FigureKind::Power, 1};
  if (w == "kilowatts") return UnitReading{FigureKind::Power, 1e3};
  if (w == "usd" || w == "dollars") return UnitReading{FigureKind::Cost, 1};
  // Other currencies in US dollars at a fixed rate (2025's average): a figure to read, not to account with.
  // As written (`Yuan et al.` is a name): the codes in capitals, the words in lower case.
  if (word == "CNY" || word == "RMB" || word == "yuan") return UnitReading{FigureKind::Cost, 1 / 7.2};
  if (word == "EUR" || word == "euros") return UnitReading{FigureKind::Cost, 1.13};
  if (word == "GBP") return UnitReading{FigureKind::Cost, 1.32};
  if (const UnitInfo* unit = find_unit(word)) {
    if (unit->dimension == dim::energy) return UnitReading{FigureKind::Energy, unit->scale};
    if (unit->dimension == dim::energy / dim::time) return UnitReading{FigureKind::Power, unit->scale};
    if (unit->dimension == dim::bytes && word != "B") return UnitReading{FigureKind::Memory, unit->scale};
    if (unit->dimension == dim::flop) return UnitReading{FigureKind::Flop, unit->scale};
  }
  return counted(parts);
}

}  // namespace

std::vector<std::string_view> split_words(std::string_view text) {
  std::vector<std::string_view> words;
  size_t start = 0;
  for (size_t i = 0; i <= text.size(); ++i)
    if (i == text.size() || text[i] == ' ' || text[i] == '-') {
      if (i > start) words.push_back(text.substr(start, i - start));
      start = i + 1;
    }
  return words;
}

bool samples_noun(std::string_view word) {
  static const std::unordered_set<std::string_view> kNouns = {
      "samples", "examples", "images", "imgs", "documents", "docs", "sentences", "sents", "transactions", "purchases",
      "books", "articles", "utterances", "clips", "videos", "dialogues", "conversations",
      "pairs", "tuples", "triplets", "sequences", "molecules", "files", "ratings", "interactions",
      "events", "trajectories", "demonstrations"};
  return kNouns.count(word) > 0;
}

std::string without_per_device(std::string_view unit) {
  std::string rate(unit);
  for (std::string_view device : {"gpu", "device", "chip", "card", "accelerator"}) {
    std::string each = std::string("/").append(device);
    if (rate.size() > each.size() && same_folded(std::string_view(rate).substr(rate.size() - each.size()), each))
      return rate.erase(rate.size() - each.size());
    // `tokens/GPU/s`: the device between the items and the second.
    for (size_t at = rate.find('/'); at != std::string::npos; at = rate.find('/', at + 1))
      if (same_folded(std::string_view(rate).substr(at, each.size() + 1), each + "/")) return rate.erase(at, each.size());
  }
  return rate;
}

bool per_second(std::string_view written) {
  std::string each = without_per_device(written);
  std::string_view unit = each;
  size_t slash = unit.find('/');
  if (slash == 0 || slash == std::string_view::npos || slash > 12) return false;
  // `ins./sec.`: the items and the second cut short.
  if (!std::all_of(unit.begin(), unit.begin() + static_cast<long>(slash), [](char c) { return ascii_letter(c) || c == '.'; }))
    return false;
  std::string second = folded(unit.substr(slash + 1));
  if (second.ends_with(".")) second.pop_back();
  return second == "s" || second == "sec" || second == "second";
}

std::optional<UnitReading> read_unit(std::string_view words) {
  if (words.empty() || words.size() > kMaxUnitBytes) return std::nullopt;
  // `3.2 net tCO2e`, `96 gross tCO2e`: the qualifier does not change the unit.
  for (std::string_view qualifier : {"net ", "gross "})
    if (words.size() > qualifier.size() && same_folded(words.substr(0, qualifier.size()), qualifier))
      if (auto reading = unit_of(words.substr(qualifier.size()));
          reading && (reading->figure == FigureKind::Emissions || reading->figure == FigureKind::Energy))
        return reading;
  return unit_of(words);
}

std::optional<UnitReading> UnitReader::remembered(
    Readings& readings, std::string_view text, std::optional<UnitReading> (*read)(std::string_view)) {
  if (auto found = readings.find(text); found != readings.end()) return found->second;
  std::optional<UnitReading> reading = read(text);
  if (readings.size() < kMaxRemembered) readings.emplace(std::string(text), reading);
  return reading;
}

}  // namespace costlint::extract
