#include "extract/column_names.h"

#include <algorithm>
#include <initializer_list>
#include <string>
#include <unordered_set>
#include <vector>

#include "extract/table_row.h"
#include "extract/unit_words.h"
#include "ir/text_case.h"

namespace costlint::extract {
namespace {

/// Whether one of the words of a header (folded), its marks trimmed, is one of `names`.
bool has_word(std::string_view words, std::initializer_list<std::string_view> names) {
  for (std::string_view word : split_words(words)) {
    while (!word.empty() && !ascii_alnum(word.back())) word.remove_suffix(1);
    while (!word.empty() && !ascii_alnum(word.front())) word.remove_prefix(1);
    for (std::string_view name : names)
      if (word == name) return true;
  }
  return false;
}

/// The longest column header a caption's unit reaches (a device's or a system's name).
constexpr size_t kMaxCaptionedHeader = 64;

/// Whether a header is one hyphenated name with a size or a version in it
/// (`HyperCLOVAX-SEED-Text-Instruct-0.5B`), not a quantity's (`Dev-BLEU-4`).
bool model_name(std::string_view words) {
  if (words.find(' ') != std::string_view::npos || std::count(words.begin(), words.end(), '-') < 2) return false;
  std::vector<std::string_view> parts = split_words(words);
  return std::any_of(parts.begin(), parts.end(), [](std::string_view part) {
    return std::any_of(part.begin(), part.end(), ascii_digit) && std::any_of(part.begin(), part.end(), ascii_letter);
  });
}

}  // namespace

/// Whether a column's header (folded) names a quantity that is no cost: a
/// batch, a year, a score, a size of data (`Batch Size`, `Year`, `Accuracy`).
bool names_other_quantity(std::string_view words) {
  static const std::unordered_set<std::string_view> kOtherQuantities = {
      "batch", "year", "years", "epoch", "epochs", "step", "steps", "layer", "layers", "acc", "accuracy",
      "score", "precision", "recall", "f1", "bleu", "rouge", "map", "top", "rank", "seed", "lr", "rate",
      "resolution", "dim", "heads", "length", "len", "size", "id", "no", "loss", "ppl", "perplexity", "error",
      "err", "auc", "wer", "cer", "fid", "psnr", "ssim", "iou", "miou"};
  for (size_t at = 0; at < words.size();) {
    size_t end = at;
    while (end < words.size() && ascii_alnum(words[end])) ++end;
    // `HyperCLOVAX-SEED-Text-Instruct-0.5B`: a word inside a model's hyphenated name is the name's.
    bool inside_name = at > 0 && words[at - 1] == '-' && end < words.size() && words[end] == '-' && model_name(words);
    if (end > at && !inside_name && kOtherQuantities.count(words.substr(at, end - at))) return true;
    at = end + 1;
  }
  return false;
}

/// Whether a column's header (folded) names data held out: `Validation`, `Test`, `Dev`.
bool names_held_out(std::string_view words) {
  for (std::string_view split : {"validation", "val", "test", "dev", "eval", "evaluation", "held-out", "heldout"})
    if (words == split || words.starts_with(std::string(split) + " ")) return true;
  return false;
}

/// Whether a column without a unit of its own takes its table's caption unit:
/// one whose header names a device, a system or a split (`A100`, `Total`), not
/// another quantity (`Batch`, `Year`, `Accuracy`); a header longer than any
/// unit's is none.
bool captioned_column(std::string_view header) {
  if (header.size() > kMaxCaptionedHeader) return false;
  std::string words = folded(header);
  if (words.find_first_of("%#") != std::string::npos || names_other_quantity(words)) return false;
  // `llm cold sec²` under a caption's `(FPS)`: a header that writes a unit of time or size has its own
  // (its words read in place: every cell under a caption asks).
  static const std::unordered_set<std::string_view> kOwnUnits = {
      "sec", "secs", "seconds", "s", "ms", "min", "mins", "minutes", "hours", "hrs", "h", "gb", "mb", "gib", "mib"};
  for (size_t at = 0; at < words.size();) {
    size_t end = at;
    while (end < words.size() && ascii_letter(words[end])) ++end;
    if (end > at && kOwnUnits.count(std::string_view(words).substr(at, end - at)) &&
        (end == words.size() || !ascii_letter(words[end])))
      return false;
    at = end + 1;
  }
  return true;
}

bool names_time(std::string_view words) {
  return words.find("time") != std::string_view::npos || words.find("duration") != std::string_view::npos;
}

bool names_other_time(std::string_view words) {
  // `s/iter`, `ms/token`: a rate of items.
  if (words.find("s/") != std::string_view::npos || words.find("/it") != std::string_view::npos) return true;
  return names_time_scale(words) ||
         has_word(words, {"per", "length", "len", "latency", "step", "delay", "clip", "video", "audio", "lead",
                          "context", "speed", "ttft", "tpot", "decode", "decoding", "prefill", "inference"});
}

bool names_training_split(std::string_view header) {
  std::string name = folded(trimmed(header));
  if (name.starts_with("#")) name = trimmed(name.substr(1));
  for (std::string_view split : {"train", "training", "train set", "training set", "train size", "training size"})
    if (name == split) return true;
  return false;
}

bool names_training_set(std::string_view header) {
  std::string name = folded(trimmed(header));
  return name == "training set" || name == "train set";
}

bool lists_datasets(const std::vector<std::string>& headers) {
  if (headers.empty()) return false;
  std::string first = folded(trimmed(headers.front()));
  for (std::string_view data : {"dataset", "datasets", "data", "data set", "corpus", "benchmark", "benchmarks"})
    if (first == data) return true;
  return false;
}

bool symbol_only(std::string_view header) {
  std::string_view symbol = trimmed(header);
  return symbol.size() == 1 && ascii_letter(symbol.front());
}

bool names_time_scale(std::string_view words) {
  return has_word(words, {"freq", "frequency", "sampling", "resolution", "granularity", "interval", "horizon",
                          "lookback", "window", "lag", "stride", "cadence", "history"});
}

bool measures_runs(const std::vector<std::string>& headers) {
  for (const std::string& header : headers) {
    std::string words = folded(header);
    for (std::string_view run : {"time", "speed", "throughput", "fps", "latency", "hours", "(s)", "(ms)", "(h)",
                                 "energy", "kwh", "/s", "/sec"})
      if (words.find(run) != std::string::npos) return true;
  }
  return false;
}

bool names_carbon(std::string_view words) {
  for (std::string_view carbon : {"co2", "co₂", "carbon", "emission"})
    if (words.find(carbon) != std::string_view::npos) return true;
  return false;
}

bool names_memory(std::string_view words) {
  for (std::string_view word : split_words(words))
    for (std::string_view memory : {"memory", "mem", "mem.", "ram", "vram"})
      if (word == memory) return true;
  return false;
}

bool names_devices(std::string_view header) {
  std::string name = folded(trimmed(header));
  for (std::string_view devices : {"gpu", "gpus", "gpu type", "device", "devices", "hardware", "board", "boards",
                                   "accelerator", "accelerators", "platform", "chip"})
    if (name == devices) return true;
  return false;
}

}  // namespace costlint::extract
