// read_header_unit() of unit_phrase.h: the unit a table's header cell gives its
// column, in brackets (`Time (GPU hours)`, `Training [s]`), after a slash
// (`Params / M`), or in its words (`GPU hours`, `# GPUs`).

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdlib>
#include <string>
#include <utility>
#include <vector>

#include "extract/column_names.h"
#include "extract/cost_grammar.h"
#include "extract/number_text.h"
#include "extract/table_row.h"
#include "extract/unit_phrase.h"
#include "extract/unit_words.h"
#include "ir/text_case.h"

namespace costlint::extract {
namespace {

/// A header cell is a short phrase: a longer one is none (and a hostile table's cells are not read word by word).
constexpr size_t kMaxHeaderBytes = 256;

/// Symbols of time a header sets apart in brackets, in their case (`M` is no minute).
constexpr std::array<std::pair<std::string_view, double>, 8> kTimeSymbols = {{
    {"s", 1}, {"sec", 1}, {"ms", 1e-3}, {"µs", 1e-6}, {"us", 1e-6}, {"min", 60}, {"h", kHour}, {"d", kDay},
}};

/// Dollars as a header sets them apart (`Cost ($)`, `Price (USD)`).
constexpr std::array<std::pair<std::string_view, double>, 6> kDollarSymbols = {{
    {"$", 1}, {"usd", 1}, {"us$", 1}, {"k$", 1e3}, {"$k", 1e3}, {"$m", 1e6},
}};

/// The magnitude a header sets apart in brackets over its numbers: `(M)`, `(millions)`, `(K)`.
std::optional<double> magnitude_of(std::string_view unit) {
  std::string words = folded(unit);
  if (unit == "K" || unit == "k" || words == "thousand" || words == "thousands") return 1e3;
  if (unit == "M" || words == "million" || words == "millions") return 1e6;
  if (unit == "B" || words == "billion" || words == "billions") return 1e9;
  if (unit == "T" || words == "trillion" || words == "trillions") return 1e12;
  return std::nullopt;
}

/// Bytes in lower case, as a header may set them apart (`Memory Usage (mb)`),
/// under a name of storage (names_storage): `Pressure level (mb)` is in millibars.
constexpr std::array<std::pair<std::string_view, double>, 4> kLowerByteSymbols = {{
    {"kb", 1e3}, {"mb", 1e6}, {"gb", 1e9}, {"tb", 1e12},
}};

/// Whether a header's name (folded) says it measures storage: memory, a size on disk.
bool names_storage(std::string_view name) {
  for (std::string_view storage : {"memory", "mem", "ram", "storage", "disk", "checkpoint", "footprint", "size"})
    if (name.find(storage) != std::string_view::npos) return true;
  return false;
}

/// `x1e^6`, `×1e6`, `x 1e+9`: a factor a header scales its column by, written as a power of ten.
std::optional<double> multiplier(std::string_view unit) {
  for (std::string_view times : {"x", "X", "×", "*"})
    if (unit.starts_with(times)) {
      unit.remove_prefix(times.size());
      break;
    }
  while (!unit.empty() && unit.front() == ' ') unit.remove_prefix(1);
  if (!unit.starts_with("1e")) return std::nullopt;
  unit.remove_prefix(2);
  if (unit.starts_with("^")) unit.remove_prefix(1);
  if (unit.starts_with("+")) unit.remove_prefix(1);
  if (unit.empty() || unit.size() > 2 || !std::all_of(unit.begin(), unit.end(), ascii_digit)) return std::nullopt;
  return std::pow(10.0, std::atoi(std::string(unit).c_str()));
}

/// `Wine Price`, `Revenue`: money an item of the data is worth (a header already folded); not what
/// a model's use was charged (`API Price`, `GPU price`).
bool names_a_price(std::string_view name) {
  for (std::string_view charged : {"api", "gpu", "compute", "cloud", "inference", "training", "token", "query"})
    if (name.find(charged) != std::string_view::npos) return false;
  for (std::string_view worth : {"price", "revenue", "income", "salary", "sales"})
    if (name.find(worth) != std::string_view::npos) return true;
  return false;
}

/// Whether a header's name (folded) says it counts money spent: `Cost`, `Budget`.
bool names_spending(std::string_view name) {
  for (std::string_view spending : {"cost", "budget", "spend", "expense", "bill"})
    if (name.find(spending) != std::string_view::npos) return true;
  // `API Price ($)`: what a model's use was charged.
  return name.find("price") != std::string_view::npos && !names_a_price(name);
}

/// `Samples`, `#Images`, `Number of training examples`, `Dataset size`, `Training Data`: a
/// column that counts a dataset (a header already folded).
bool counts_a_dataset(std::string_view name) {
  while (!name.empty() && name.back() == ' ') name.remove_suffix(1);
  // `Train size` is a training set's; `#Train` counts what follows; `# Seen Samples` a training saw
  bool training = false, counted = false, seen = false;  // (not `# Seen Images`, of seen classes)
  for (bool stripped = true; stripped;) {
    stripped = false;
    while (!name.empty() && name.front() == ' ') name.remove_prefix(1);
    for (std::string_view prefix : {"# of ", "#", "number of ", "num. ", "no. of ", "total ", "training ", "train ", "seen ",
                                    "pre-train ", "pretrain ", "pre-training ", "pretraining "})
      if (name.starts_with(prefix)) {
        // `Total Events` is a count of items; `Total training` may be of anything (GPU hours).
        training = training || prefix.starts_with("train");
        counted = counted || !(prefix.starts_with("train") || prefix == "total ");
        seen = seen || prefix == "seen ";
        name.remove_prefix(prefix.size()), stripped = true;
      }
  }
  if (name.ends_with(" seen")) name.remove_suffix(5), seen = true;  // `Samples Seen`, the noun first
  if (seen) return name == "samples" || name == "examples";
  // `#Train`: a count of the training set (`Train` alone may head its steps or its accuracy);
  // `n`, a sample's size as statistics writes it.
  if ((counted && (name == "train" || name == "training" || name == "train set" || name == "training set")) ||
      name == "n")
    return true;
  return samples_noun(name) || name == "dataset size" || name == "data size" || name == "set size" ||
         name == "data points" || name == "datapoints" || (training && (name == "size" || name == "data" || name == "set"));
}

/// `Stage3 Max Live Parameters`, `Param Persistence Threshold`: a setting that
/// bounds parameters, not a count of them (a header already folded).
bool names_a_limit(std::string_view name) {
  for (std::string_view limit : {"threshold", "max ", "maximum", "min ", "minimum", "limit", "bucket"})
    if (name.find(limit) != std::string_view::npos) return true;
  return false;
}

/// Whether the words in a header's brackets name a framework or a system (`PyTorch`, `TensorRT`), or
/// are none: no unit, no ratio (`relative`, `speedup`, `norm.`).
bool names_a_system(std::string_view unit) {
  if (unit.empty()) return true;
  if (!std::all_of(unit.begin(), unit.end(), [](char c) { return ascii_alnum(c) || c == ' ' || c == '-'; }) ||
      !ascii_letter(unit.front()))
    return false;
  std::string words = folded(unit);
  for (std::string_view ratio : {"rel", "relative", "norm", "normalized", "speedup", "ratio", "x"})
    if (words == ratio) return false;
  return !magnitude_of(unit);
}

/// Whether the items of a rate (`video` in `video/s`) are things a system processes, not bytes,
/// operations, a distance or an angle.
bool processed_items(std::string_view item) {
  for (std::string_view other : {"b", "bit", "bits", "byte", "bytes", "op", "ops"})
    if (item.ends_with(other)) return false;
  for (std::string_view other : {"flop", "mac", "m", "km", "mi", "ft", "cm", "mm", "px", "rad", "deg"})
    if (item.find(other) != std::string::npos && (other.size() > 2 || item == other)) return false;
  return true;
}

/// Whether a header's bracket names a unit (`s`, `ms`, `gb`, `tokens/s`), which no qualifier does.
bool names_a_unit(std::string_view words) {
  return read_unit(words) || lookup(kTimeSymbols, words) || lookup(kLowerByteSymbols, words) || per_second(words);
}

/// Whether the words in a header's brackets only qualify its name (`deduped`, `estimated`, `en`):
/// words in lower case, no unit nor ratio, nor a rate (`per epoch`), a mean (`avg`) or a
/// held-out split (`test`, `val`), after which the name counts something else than a total.
bool qualifies_name(std::string_view words) {
  // `(img + txt)`: the parts a column sums, each qualifying the name.
  std::string parts(words);
  std::replace(parts.begin(), parts.end(), '+', ' ');
  if (!names_a_system(parts) || std::any_of(words.begin(), words.end(), [](char c) { return c >= 'A' && c <= 'Z'; }))
    return false;
  std::string folded_words = folded(words);
  if (folded_words.starts_with("per ") || names_held_out(folded_words)) return false;
  for (std::string_view mean : {"avg", "avg.", "mean", "average", "median", "max", "min", "std"})
    if (folded_words == mean) return false;
  return true;
}

}  // namespace

std::optional<double> bracketed_magnitude(std::string_view cell) {
  cell = trimmed(cell);
  if (!cell.ends_with(")")) return std::nullopt;
  size_t open = cell.rfind('(');
  if (open == std::string_view::npos) return std::nullopt;
  std::string_view inside = trimmed(cell.substr(open + 1, cell.size() - open - 2));
  if (auto magnitude = magnitude_of(inside)) return magnitude;
  return multiplier(inside);
}

std::optional<UnitReading> read_header_unit(std::string_view cell) {
  while (!cell.empty() && cell.front() == ' ') cell.remove_prefix(1);
  while (!cell.empty() && (cell.back() == ' ' || cell.back() == '.')) cell.remove_suffix(1);  // `GPU hrs.`
  if (cell.size() > kMaxHeaderBytes) return std::nullopt;
  // `TPS@4`, `QPS`: tokens, queries, requests, samples or images a second, as serving benchmarks abbreviate.
  std::string abbreviation = folded(without_per_device(cell.substr(0, cell.find_first_of("@( "))));
  for (std::string_view rate : {"tps", "qps", "rps", "sps", "ips"})
    if (abbreviation == rate) return UnitReading{FigureKind::Throughput, 1};
  // `kWh·PUE`: an energy with the data centre's PUE applied is still an energy.
  for (std::string_view pue : {"·PUE", "×PUE", "*PUE", " PUE"})
    if (cell.size() > pue.size() && cell.ends_with(pue))
      if (auto reading = read_unit(cell.substr(0, cell.size() - pue.size()));
          reading && reading->figure == FigureKind::Energy)
        return reading;
  size_t open = cell.find_first_of("([");
  size_t close = cell.find_last_of(")]");
  // `Params / M`, `Energy / kWh`, `Time / s`: the unit after a slash, as physicists
  // write it; not a rate of items (`Iters / Min`, `Megavox / s`).
  if (size_t slash = cell.find(" / "); open == std::string_view::npos && slash != std::string_view::npos) {
    std::string name = folded(cell.substr(0, slash));
    bool items = name.ends_with("s") && name.find("param") == std::string::npos;
    bool timed = (name.find("time") != std::string::npos || name.find("latency") != std::string::npos ||
                  name.find("duration") != std::string::npos) &&
                 name.find("step") == std::string::npos;  // `Time step / h` is the data's
    if (!items && slash + 3 < cell.size()) {
      auto reading =
          read_header_unit(std::string(cell.substr(0, slash)) + " (" + std::string(cell.substr(slash + 3)) + ")");
      return reading && (reading->figure != FigureKind::Duration || timed) ? reading : std::nullopt;
    }
  }
  // `# Params (M) <br> (img + txt)`: a second bracket that qualifies the name is read apart.
  // (Not `FTL(min)(s)`, whose brackets are joined.)
  if (size_t last = cell.rfind('('); open != std::string_view::npos && last > open && close + 1 == cell.size() &&
                                      cell[close] == ')') {
    std::string_view qualifier = cell.substr(last + 1, close - last - 1);
    std::string_view first = trimmed(cell.substr(0, last));
    if (qualifies_name(qualifier) && !names_a_unit(qualifier) && first.ends_with(")") && first.size() < last)
      return read_header_unit(first);
  }
  std::string_view unit;
  std::string name = folded(cell);
  // A unit in brackets ends its header (but for arrows, `(ms)↓`): `det(J) ≤ 0 ratio` has none.
  bool words_after = close != std::string_view::npos &&
                     std::any_of(cell.begin() + static_cast<long>(close), cell.end(), [](char c) { return ascii_letter(c); });
  // `runtime (minutes) in Breakout-v5`, `Time (s) on A100`, `Time[s] 10M`: what the unit was
  // measured on, or on how much, after it.
  if (words_after && close > open && open != std::string_view::npos) {
    std::string_view after = trimmed(cell.substr(close + 1));
    bool measured_on = match<cost_grammar::number>(after) == after.size();
    for (std::string_view context : {") in ", ") on ", ") for "})
      measured_on = measured_on || cell.substr(close).starts_with(context);
    if (measured_on) return read_header_unit(cell.substr(0, close + 1));
  }
  if (open != std::string_view::npos && close != std::string_view::npos && close > open && !words_after) {
    unit = cell.substr(open + 1, close - open - 1);
    if (unit.starts_with("in ")) unit.remove_prefix(3);  // `Runtime (in seconds)`
    name = folded(cell.substr(0, open));
    // `Batch size (tokens)`: a setting counted in some unit, no cost.
    if (name.find("batch size") != std::string::npos || trimmed(name) == "batch") return std::nullopt;
    // `Training [s]`, `Latency (ms)`: a symbol of time, set apart in brackets (`GPU(s)` is a plural;
    // `Time(s)`, `Latency(ms)`, `Time[s]` are not; nor `Maze(H)`, a level of difficulty).
    bool set_apart = open > 0 && (cell[open - 1] == ' ' || cell[open] == '[' || names_time(name) ||
                                  name.find("latency") != std::string::npos);
    if ((unit == "H" && set_apart) || unit == "hours" || unit == "Hours") return UnitReading{FigureKind::Duration, kHour};
    if (set_apart) {
      if (auto seconds = lookup(kTimeSymbols, unit)) return UnitReading{FigureKind::Duration, *seconds};
      if (auto bytes = lookup(kLowerByteSymbols, unit); bytes && names_storage(name))  // `Memory Usage (mb)`
        return UnitReading{FigureKind::Memory, *bytes};
    }
    // (`Wine Price (Dollars)`: what an item of the data costs, not what the work did.)
    if (auto reading = read_unit(unit); reading && !(reading->figure == FigureKind::Cost && names_a_price(name)))
      return reading;
    // `gpu_mem(M)`, `Memory (G)`: bytes in the magnitude a letter gives (as MMCV's logs write megabytes).
    if (unit == "M" || unit == "G") {
      std::string words = name;
      std::replace(words.begin(), words.end(), '_', ' ');
      if (names_memory(words)) return UnitReading{FigureKind::Memory, unit == "M" ? 1e6 : 1e9};
    }
    // `Throughput (T/s)`, `inference_time(video/s)`: items a second, whatever the name; not bytes,
    // operations (a device's rate), a distance nor an angle.
    if (per_second(unit) && processed_items(folded(unit.substr(0, unit.find('/')))))
      return UnitReading{FigureKind::Throughput, 1};
    // `Inference Speed (fps)`: frames a second, under a name that says so.
    bool rate_named = name.find("throughput") != std::string::npos || name.find("speed") != std::string::npos;
    if (rate_named && (unit == "fps" || unit == "FPS")) return UnitReading{FigureKind::Throughput, 1};
    // `Speed (kHz)` of a vocoder: thousands of audio samples a second (not a `Sample rate (kHz)`).
    if (rate_named && (unit == "kHz" || unit == "MHz"))
      return UnitReading{FigureKind::Throughput, unit == "kHz" ? 1e3 : 1e6};
  }
  if (folded(cell).find("floating point operations") != std::string::npos) return UnitReading{FigureKind::Flop, 1};
  // `Par. M`: a magnitude under its name, a Markdown header's second line (`Par.<br><sup>M</sup>`).
  bool magnitude_below = unit.empty() && cell.size() > 2 && cell[cell.size() - 2] == ' ' &&
                         std::string_view("KMB").find(cell.back()) != std::string_view::npos;
  if (magnitude_below) {
    unit = cell.substr(cell.size() - 1);
    name = folded(cell.substr(0, cell.size() - 2));
  }
  double magnitude = unit.empty() ? 1 : magnitude_of(unit).value_or(0);
  // `params ×10^6`: the header scales its column.
  if (size_t power = cell.find("10^"); power != std::string_view::npos) {
    magnitude = std::pow(10.0, std::atoi(std::string(cell.substr(power + 3, 3)).c_str()));
    name = folded(cell.substr(0, power));
  } else if (auto scale = multiplier(unit)) {  // `Parameters (x1e^6)`
    magnitude = *scale;
  }
  // `CO2e (lbs)`, `CO2 (kg)`: a mass under a name that says carbon.
  if (!unit.empty() && names_carbon(name))
    if (auto mass = lookup(kMasses, folded(unit))) return UnitReading{FigureKind::Emissions, *mass};
  // `Cost ($)`, `Training cost (USD)`, `Cost (k$)`; not an item's `Price ($)` nor a `Revenue ($)`.
  if (auto dollars = lookup(kDollarSymbols, folded(unit)); dollars && names_spending(name))
    return UnitReading{FigureKind::Cost, *dollars};
  // `FLOPs (G)`, `FLOPs [T]`, `FLOPs (×10^9)`: operations counted in the magnitude the header gives.
  if (name.find("flop") != std::string::npos) {
    if (auto flop = unit == "G" ? 1e9 : unit == "P" ? 1e15 : magnitude_of(unit))
      return UnitReading{FigureKind::Flop, *flop};
    if (magnitude > 1) return UnitReading{FigureKind::Flop, magnitude};
  }
  // `Throughput (PyTorch)`, `Throughput`: a speed named so, its items a second left unsaid.
  // (A framework's or a system's name in brackets, not a ratio: `relative`, `%`, `×`.)
  if (trimmed(name) == "throughput" && names_a_system(unit)) return UnitReading{FigureKind::Throughput, 1};
  // `Tokens (deduped)`, `Token count (estimated)`, `Tokens (en)`: words in lower case that qualify
  // the name, no unit nor magnitude: the name is read alone.
  if (magnitude == 0 && !name.empty() && qualifies_name(unit))
    return read_header_unit(cell.substr(0, static_cast<size_t>(unit.data() - cell.data()) - 1));
  if (magnitude == 0) return std::nullopt;
  // `A100 GPU hours taken on 300B tokens`: a unit of several words comes first.
  std::vector<std::string_view> words = split_words(cell);
  for (size_t width : {3, 2})
    for (size_t i = 0; i + width <= words.size(); ++i) {
      const char* begin = words[i].data();
      const char* end = words[i + width - 1].data() + words[i + width - 1].size();
      if (auto reading = read_unit(std::string_view(begin, static_cast<size_t>(end - begin)));
          reading && reading->figure != FigureKind::Samples && reading->figure != FigureKind::Tokens &&
          reading->figure != FigureKind::Parameters)  // counts in the header's magnitude: below
        return reading;
    }
  // `#Params (M)`, `Para. (K)`, `Par. M`: parameters, written out or cut short.
  std::string_view counted_name = name;
  while (!counted_name.empty() && (counted_name.front() == '#' || counted_name.front() == ' '))
    counted_name.remove_prefix(1);
  while (!counted_name.empty() && counted_name.back() == ' ') counted_name.remove_suffix(1);
  // `No. trainable variables`: parameters as TensorFlow counts them (not its non-trainable ones).
  size_t variables = name.find("trainable variables");
  bool trainable = variables != std::string::npos && (variables == 0 || name[variables - 1] == ' ');
  if (name.find("param") != std::string::npos || counted_name == "para." || counted_name == "para" ||
      counted_name == "par." || trainable)
    return names_a_limit(name) ? std::nullopt : std::optional(UnitReading{FigureKind::Parameters, magnitude});
  if (counts_a_dataset(name)) return UnitReading{FigureKind::Samples, magnitude};
  // `Size` over `7B`, `13B`: a model's size is its parameters (a table's numbers
  // below a thousand, as an image's size, are not taken as parameters); `Model size (M)`,
  // its magnitude in brackets (a `Size (B)` alone may be a dataset's).
  std::string_view bare = trimmed(name);
  bool model_size = bare == "model size" || bare == "encoder size" || bare == "decoder size" ||
                    bare == "backbone size" || bare == "network size";
  if ((bare == "size" && unit.empty()) || (model_size && (unit.empty() || magnitude >= 1e6)))
    return UnitReading{FigureKind::Parameters, magnitude};
  // `# GPUs`, `Number of chips`, or the devices' name alone (`GPUs`) over their counts.
  bool counts = name.find("number of") != std::string::npos || name.find('#') != std::string::npos ||
                name.starts_with("num ") || name.starts_with("num. ") || name.starts_with("n_") || bare == "gpus" ||
                bare == "tpus" || bare == "npus" || bare == "chips" || bare == "cards" || bare == "accelerators" ||
                bare == "cpus";
  for (std::string_view devices : {"chips", "gpus", "tpus", "npus", "cards", "accelerators", "cpus"})
    if (counts && name.find(devices) != std::string::npos) return UnitReading{FigureKind::Hardware, 1};
  // `Gross tCO₂e for Model Training`: a unit among the header's words.
  // A single letter among a header's words (`Xeon W-2155`) is too little to be a unit, and a
  // symbol joined to a word is a name's part (`MB-shooting`, a method).
  auto compound = [&](std::string_view word) {
    size_t end = static_cast<size_t>(word.data() - cell.data()) + word.size();
    if (end >= cell.size() || cell[end] != '-') return false;
    size_t next = end + 1;
    while (next < cell.size() && ascii_letter(cell[next]) && next - end <= 4) ++next;
    return next - end > 4;  // a word of four letters or more after the hyphen
  };
  if (unit.empty())
    for (std::string_view word : words)
      if (auto reading = word.size() > 1 && !compound(word) ? read_unit(word) : std::nullopt;
          reading && reading->figure != FigureKind::Samples && reading->figure != FigureKind::Duration)
        return reading;
  // `#Tokens`; `Words`, a corpus's size in words (a table keeps it beside a count of its
  // sentences or documents: TableReader).
  std::string_view words_counted = counted_name;
  for (std::string_view prefix : {"no. of ", "number of ", "# of ", "num. ", "total "})
    if (words_counted.starts_with(prefix)) words_counted.remove_prefix(prefix.size());
  if (name.find("token") != std::string::npos || words_counted == "words")  // `No. of words`
    return UnitReading{FigureKind::Tokens, magnitude};
  // `Node/s`, `Step/s`: some items a second, whatever they are; not `GB/s`, a rate of bytes.
  if (unit.empty() && per_second(cell) && !read_unit(cell.substr(0, cell.find('/'))))
    return UnitReading{FigureKind::Throughput, 1};
  // `Hours`, `Training days`: a duration in the unit the header names (days only after
  // a word that says what took them: `Days` alone may count a calendar's).
  if (unit.empty()) {
    std::string_view span = bare;
    bool phase = false;
    for (std::string_view what : {"training ", "train ", "total ", "wall-clock ", "wall clock "})
      if (span.starts_with(what)) span.remove_prefix(what.size()), phase = true;
    if (span == "hours") return UnitReading{FigureKind::Duration, kHour};
    if (span == "days" && phase) return UnitReading{FigureKind::Duration, kDay};
    // `Approx Days Selfplay`, `Days of training`: days among words that say a run took them
    // (not `Number of days` of data, `ICU days`, nor days `per` epoch).
    bool days = false, run = false, rate = false;
    for (std::string_view word : words) {
      std::string w = folded(word);
      days = days || w == "days";
      rate = rate || w == "per";
      for (std::string_view running : {"selfplay", "self-play", "training", "train", "compute", "wall", "run"})
        run = run || w == running;
    }
    if (days && run && !rate && name.find('#') == std::string::npos) return UnitReading{FigureKind::Duration, kDay};
  }
  return std::nullopt;
}

}  // namespace costlint::extract
