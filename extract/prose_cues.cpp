#include "extract/prose_cues.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <string>
#include <unordered_set>

#include "extract/number_text.h"
#include "extract/unit_words.h"
#include "ir/text_case.h"

namespace costlint::extract {
namespace {

/// A word of letters as a number, 5 bits a letter (1 to 26, case folded): two
/// words of up to 12 letters are equal when their numbers are, which is
/// cheaper to test for every word of a paper than the words themselves.
constexpr size_t kMaxKeyLetters = 12;
constexpr uint64_t letter_code(char c) { return static_cast<uint64_t>(ascii_lower(c) - 'a' + 1); }
constexpr uint64_t word_key(std::string_view word) {
  uint64_t key = 0;
  for (char c : word) key = key << 5 | letter_code(c);
  return key;
}

/// The words that can begin a phrase of hardware or of a counted duration, as
/// keys, sorted: cost_grammar.h's vendors, device classes and model words.
constexpr auto kPhraseStartKeys = [] {
  constexpr std::string_view kWords[] = {
      "a", "an", "single", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
      "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
      "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "dual", "quad", "nvidia", "google", "cloud", "amd", "tesla", "intel", "gpus", "gpu",
      "tpus", "tpu", "chips", "chip", "cards", "card", "accelerators", "accelerator", "ipus", "npus",
      "devices", "cores", "core", "nodes", "node", "rtx", "gtx", "titan", "geforce", "quadro", "instinct",
      "ascend", "gaudi", "cpus", "cpu", "xeon", "platinum", "epyc", "ryzen", "sxm", "pcie", "ada", "ti",
      "apple", "jetson", "agx", "orin", "xavier", "nano", "nx", "snapdragon", "qualcomm", "raspberry", "macbook",
      "mac", "huawei", "npu", "vcpus", "vcpu", "processors", "processor", "colab", "kaggle"};
  std::array<uint64_t, std::size(kWords)> keys{};
  for (size_t i = 0; i < keys.size(); ++i) keys[i] = word_key(kWords[i]);
  std::ranges::sort(keys);
  return keys;
}();

/// A bit for each key's hash, set for the keys of kPhraseStartKeys: most words
/// of prose find theirs clear and are passed by without the search.
constexpr size_t kStartBits = 4096;
constexpr size_t start_bit(uint64_t key) { return static_cast<size_t>((key * 0x9E3779B97F4A7C15ULL) >> 52); }
constexpr auto kPhraseStartBits = [] {
  std::array<uint64_t, kStartBits / 64> bits{};
  for (uint64_t key : kPhraseStartKeys) bits[start_bit(key) / 64] |= uint64_t{1} << (start_bit(key) % 64);
  return bits;
}();
bool phrase_start_key(uint64_t key) {
  size_t bit = start_bit(key);
  return (kPhraseStartBits[bit / 64] >> (bit % 64) & 1) && std::ranges::binary_search(kPhraseStartKeys, key);
}

}  // namespace

std::string clause_before(std::string_view text, size_t at, size_t reach, std::string_view stops) {
  size_t from = at > reach ? at - reach : 0;
  std::string before = folded(text.substr(from, at - from));
  if (size_t stop = before.find_last_of(stops); stop != std::string::npos) before.erase(0, stop + 1);
  return before;
}

bool ends_with_word(std::string_view words, std::initializer_list<std::string_view> endings) {
  while (!words.empty() && words.back() == ' ') words.remove_suffix(1);
  return std::any_of(endings.begin(), endings.end(), [&](std::string_view ending) {
    return words.ends_with(ending) && (words.size() == ending.size() || words[words.size() - ending.size() - 1] == ' ');
  });
}

/// Words before a number that make it approximate.
bool approximate_before(std::string_view text, size_t at) {
  std::string before = folded(text.substr(at > 24 ? at - 24 : 0, at > 24 ? 24 : at));
  while (!before.empty() && (before.back() == ' ' || before.back() == '\n')) before.pop_back();
  for (std::string_view word : {"about", "approximately", "approx.", "around", "roughly", "nearly", "almost",
                                "~", "≈", "over", "more than", "less than", "up to", "under", "estimated"})
    if (before.ends_with(word)) return true;
  return false;
}

/// Whether the word at `p` can begin a phrase of words (a count, a vendor, a
/// model, a class of device, `P100x8`): most words of prose cannot, and are
/// passed by without trying the grammar. A word with a digit may, and one too
/// long to key is tried.
bool may_start_phrase(std::string_view text, size_t p) {
  // Each byte's letter code, kDigit for a digit, 0 for neither: one load a byte.
  constexpr uint8_t kDigit = 0x80;
  static constexpr auto kCodes = [] {
    std::array<uint8_t, 256> codes{};
    for (int c = 'a'; c <= 'z'; ++c) codes[c] = codes[c - 'a' + 'A'] = static_cast<uint8_t>(c - 'a' + 1);
    for (int c = '0'; c <= '9'; ++c) codes[c] = kDigit;
    return codes;
  }();
  uint64_t key = 0;
  size_t end = std::min(text.size(), p + kMaxKeyLetters + 1);
  for (size_t q = p; q < end; ++q) {
    uint8_t code = kCodes[static_cast<unsigned char>(text[q])];
    if (code == 0) {
      // `V-100`, `DGX-1`: a model whose few letters a hyphen joins to its digits.
      if (text[q] == '-' && q > p && q - p <= 3 && q + 1 < text.size() && ascii_digit(text[q + 1])) return true;
      return phrase_start_key(key);
    }
    if (code == kDigit) return true;  // `V100`, `A100s`, `P100x8`
    key = key << 5 | code;
  }
  // Too long to key (a word of more than kMaxKeyLetters letters), or the text's end.
  return end - p > kMaxKeyLetters || phrase_start_key(key);
}

/// Whether the word at `p` holds an `x` before a digit, as `P100x8` does:
/// the grammar is tried only then, most words of prose being none.
bool times_count_ahead(std::string_view text, size_t p) {
  for (size_t q = p; q + 1 < text.size() && ascii_alnum(text[q]); ++q)
    if ((text[q] == 'x' || text[q] == 'X') && ascii_digit(text[q + 1])) return true;
  return false;
}

/// Whether the word before `p` is a name (`OLMo 7B`, `OpenLLaMA 7B`, `BLOOM
/// 176B`): the size is then part of the model's name, not a statement of it.
bool named_before(std::string_view text, size_t p) {
  size_t end = p;
  while (end > 0 && text[end - 1] == ' ') --end;
  size_t begin = end;
  while (begin > 0 && (ascii_alnum(text[begin - 1]) || text[begin - 1] == '-')) --begin;
  std::string_view word = text.substr(begin, end - begin);
  // Words that open a sentence (`The`, `Across 5,555 proteins`), never a model's name.
  static const std::unordered_set<std::string_view> kOpeners = {
      "The", "A", "An", "Our", "Their", "These", "This", "Both", "Each", "Its", "Across", "Over", "About", "Around",
      "Approximately", "Nearly", "Roughly", "Almost", "Using", "From", "Of", "In", "On", "For", "After", "Among",
      "Under", "Some", "All", "Another", "Overall", "Then", "Finally", "Total"};
  bool capital = std::any_of(word.begin(), word.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
  return capital && !kOpeners.count(word);
}

/// Whether the sentence before `at` names a setting counted in tokens: a
/// length a model reads at once (`the context length was capped to ... 44480
/// tokens`) or its vocabulary (`a vocabulary of about 37000 tokens`).
bool token_setting_before(std::string_view text, size_t at) {
  std::string before = clause_before(text, at, 120, ".;!?\n");
  for (std::string_view length : {"context length", "context window", "sequence length", "max length",
                                  "maximum length", "context size", "vocabulary", "vocab", "tokenizer",
                                  "dictionary", "bpe"})
    if (before.find(length) != std::string::npos) return true;
  return false;
}

bool in_progress_bar(std::string_view text, size_t at) {
  size_t number = at;
  while (number > 0 && (ascii_digit(text[number - 1]) || text[number - 1] == '.')) --number;
  std::string_view before = text.substr(0, number);
  if (!before.ends_with(", ")) return false;
  before.remove_suffix(2);
  // tqdm's remaining time: `<00:00`, `<1:02:03` (looked for only that far back: a text without
  // `<` is not searched to its start for every rate).
  constexpr size_t kMaxClock = 9;
  size_t from = before.size() > kMaxClock ? before.size() - kMaxClock : 0;
  size_t open = before.find('<', from);
  if (open == std::string_view::npos || before.size() - open < 5) return false;
  std::string_view clock = before.substr(open + 1);
  return std::all_of(clock.begin(), clock.end(), [](char c) { return ascii_digit(c) || c == ':'; }) &&
         clock.find(':') != std::string_view::npos;
}

bool vocabulary_before(std::string_view text, size_t at) {
  std::string before = clause_before(text, before_number(text, at), 32, ".,;!?\n");  // `a 32K vocabulary, 2T tokens`
  return before.find("vocabulary") != std::string::npos || before.find("vocab ") != std::string::npos;
}

/// Whether the sentence before a rate in frames names a system's speed (`we
/// achieve framerates of`, `renders at`), not the data's (`videos sampled at`).
namespace {

/// The clause before a rate in frames, where sampled_before() and speed_before() look.
std::string rate_clause(std::string_view text, size_t at) { return clause_before(text, at, 120, ".;!?\n"); }

bool names_sampling(const std::string& clause) {
  for (std::string_view data : {"sampl", "video", "record", "captur", "extract", "clip", "camera", "sensor", "stream",
                                "annotat"})
    if (clause.find(data) != std::string::npos) return true;
  return false;
}

}  // namespace

bool sampled_before(std::string_view text, size_t at) { return names_sampling(rate_clause(text, at)); }

bool speed_before(std::string_view text, size_t at) {
  std::string clause = rate_clause(text, at);
  if (names_sampling(clause)) return false;
  // `Speed: 22 FPS`, `reports up to about 150 fps`: a speed named, or a system's best.
  for (std::string_view speed : {"achiev", "render", "real-time", "realtime", "real time", "runs at", "run at", "running at",
                                 "speed", "frame rate", "framerate", "up to"})
    if (size_t found = clause.find(speed); found != std::string::npos && (found == 0 || clause[found - 1] == ' '))
      return true;  // a word of its own: not `high-speed`
  return false;
}

/// Whether the clause before a duration names the data's time scale: `hourly
/// resolutions (10 min, 1 hour)`, `lead time is 24 hours`, a forecast's horizon.
bool time_scale_before(std::string_view text, size_t at) {
  // To the sentence's start: a period before a capital, not the one of `Ex. 10 min`.
  size_t from = at > 96 ? at - 96 : 0;
  std::string_view window = text.substr(from, at - from);
  static constexpr std::string_view kScales[] = {
      "resolution", "lead time", "horizon", "granularity", "look-back",      "lookback",    "time step",
      "timestep",   "exposure",  "cadence", "window",      "overlap",        "stride",      "segment length",
      "clip length", "frame length", "chunk length"};
  // Most durations have no scale before them: looked for in place first, without folding
  // (each but its first letter, which may be a capital).
  if (std::none_of(std::begin(kScales), std::end(kScales),
                   [&](std::string_view scale) { return window.find(scale.substr(1)) != std::string_view::npos; }))
    return false;
  size_t start = 0;
  for (size_t stop = window.find(". "); stop != std::string_view::npos; stop = window.find(". ", stop + 1))
    if (stop + 2 < window.size() && window[stop + 2] >= 'A' && window[stop + 2] <= 'Z') start = stop + 2;
  std::string before = clause_before(text, at, window.size() - start, ";!?\n");
  size_t scale_end = 0;
  for (std::string_view scale : kScales)
    if (size_t found = before.rfind(scale); found != std::string::npos)
      scale_end = std::max(scale_end, found + scale.size());
  if (scale_end == 0) return false;
  // `at 512x512 resolution for 3 days`, `1000 time steps, training took 36 hours`: the
  // scale is the data's, the duration after it the run's.
  std::string_view after = std::string_view(before).substr(scale_end);
  for (std::string_view run : {" for ", "train", "took", "take", "ran ", " run", "requir", "last", "spent", "complet",
                               "finish"})
    if (after.find(run) != std::string_view::npos) return false;
  return true;
}

/// Whether the words after a duration make it one run's (`2-3 hours per model`,
/// `under 30 seconds per run`): a cost to multiply by the runs, not a rate of
/// the work (`0.4 seconds per step`, `per image`).
bool per_run(std::string_view next) {
  for (std::string_view run : {" per model", " per run", " per training run", " per full training run", " per seed",
                               " per experiment", " per trial",
                               " per configuration", " per config", " per task", " per dataset", " per fold",
                               " per language"})
    if (next.starts_with(run)) return true;
  return false;
}

/// Whether a word is a plural noun a dataset may count (`comments`, `videos`,
/// `abstracts`): lower case, ending in `s`, and none of the things a model or a
/// run counts instead (steps, layers, GPUs).
bool plural_noun_of_data(std::string_view word) {
  if (word.size() < 4 || word.back() != 's' || word[word.size() - 2] == 's' ||
      !std::all_of(word.begin(), word.end(), [](char c) { return c >= 'a' && c <= 'z'; }))
    return false;
  static const std::unordered_set<std::string_view> kNotData = {
      "steps", "iterations", "epochs", "updates", "layers", "heads", "params", "parameters", "dimensions",
      "classes", "categories", "models", "gpus", "tpus", "chips", "cores", "nodes", "devices", "cards",
      "accelerators", "macs", "flops", "times", "seconds", "hours", "days", "minutes", "years", "dollars",
      "points", "features", "channels", "filters", "neurons", "weights", "experts", "rounds", "trials",
      "seeds", "queries", "requests", "views", "downloads", "users", "citations", "stars", "metrics", "synapses",
      // who the data is about, not the items counted
      "individuals", "persons", "people", "clients", "customers", "participants", "authors", "players", "adults",
      "children", "hosts", "speakers", "volunteers", "actors", "professionals", "clinicians", "radiologists",
      // verbs after a count that is the subject (`from 995k to 663k, which changes ...`)
      "changes", "shows", "means", "makes", "takes", "does", "gives", "requires", "needs", "uses", "achieves",
      "reaches", "includes", "contains", "yields", "leads", "results", "improves", "reduces", "increases",
      "outperforms", "remains", "becomes", "provides", "allows", "enables", "corresponds", "represents",
      "performs", "scores", "beats", "matches", "runs", "fits", "gets", "trains", "learns", "generalizes",
      // what a run or an input counts, not a dataset's items
      "timesteps", "pixels", "bits", "voxels", "iters", "units", "lines", "characters", "cycles", "instructions",
      "batches", "jobs", "executions", "resamples", "chains", "cells", "widths", "experiments", "repetitions",
      "repeats", "replications", "replicates", "draws", "permutations", "bootstraps", "envs", "environments",
      "generations", "tensors", "matrices",
      "ites",  // a README's `600 ites`: iterations cut short
      // who or what a dataset's items are about, and measures
      "agents", "items", "products", "goods", "movies", "meters", "kilometers", "miles", "litres", "liters",
      "gallons", "acids", "residues", "centers", "centres",
      // what each item is measured on (`1000 highly variable genes`, `11,731 genes, 130 samples`)
      "genes", "variables", "attributes", "covariates", "markers", "workers", "annotators", "raters"};
  return !kNotData.count(word);
}

/// Whether a line of prose (a caption) says the table after it counts
/// parameters: `ordered by total parameter count`, not `hyperparameters`.
bool names_parameters(std::string_view line) {
  // In place, `parameter` or `Parameter`: every line of prose is asked.
  std::string_view words = line.substr(0, 2048);
  for (size_t at = words.find("arameter"); at != std::string_view::npos; at = words.find("arameter", at + 1)) {
    if (at < 1 || ascii_lower(words[at - 1]) != 'p') continue;
    size_t p = at - 1;
    // `parameter` starts a word: not `reparameterized`, `hyperparameters`.
    if (p > 0 && ascii_letter(words[p - 1])) continue;
    // `Hyper-parameters`, `hyper parameters` are settings too.
    if (p >= 6 && (words[p - 1] == '-' || words[p - 1] == ' ') && same_folded(words.substr(p - 6, 5), "hyper"))
      continue;
    return true;
  }
  return false;
}

/// Whether a label names parameters and ends by saying that the number after
/// it is their count: `Total parameters in the resulted model are`,
/// `trainable parameters is`, `parameter count =`, in its clause.
bool parameters_named_before(std::string_view label) {
  bool says_count = false;
  for (std::string_view verb : {" are", " is", " =", " of", ":", " totals", " total"})
    says_count = says_count || label.ends_with(verb);
  if (!says_count) return false;
  std::string_view clause = label.substr(label.size() > 64 ? label.size() - 64 : 0);
  // Tested in place: find_last_of asks memchr of each byte.
  for (size_t stop = clause.size(); stop > 0; --stop)
    if (char c = clause[stop - 1]; c == '.' || c == ';' || c == ',' || c == '(' || c == ')') {
      clause.remove_prefix(stop);
      break;
    }
  // `parameters`, `params`, `parameter count`; not `hyperparameter search trials:`.
  if (!names_parameters(clause) && clause.find("params") == std::string_view::npos) return false;
  // Not what another noun after them counts: `has 125M parameters and uses a batch size of`.
  std::string tail = folded(clause.substr(clause.rfind("aram")));
  for (std::string_view other : {" and ", "batch", "length", "context", "window"})
    if (tail.find(other) != std::string::npos) return false;
  return true;
}

/// Whether `±` (or `+-`) stands just before `p`.
bool after_plus_minus(std::string_view text, size_t p) {
  size_t q = p;
  while (q > 0 && text[q - 1] == ' ') --q;
  std::string_view before = text.substr(0, q);
  if (before.ends_with("±") || before.ends_with("+-") || before.ends_with("+/-")) return true;
  // `σ = 1.7 W`, `std = 0.2`: a spread, not a figure.
  if (!before.ends_with("=")) return false;
  before.remove_suffix(1);
  while (!before.empty() && before.back() == ' ') before.remove_suffix(1);
  return before.ends_with("σ") || before.ends_with("std") || before.ends_with("SD") || before.ends_with("sd");
}

bool after_dimension(std::string_view text, size_t p) {
  size_t q = p;
  while (q > 0 && text[q - 1] == ' ') --q;
  std::string_view before = text.substr(0, q);
  if (before.ends_with("×")) before.remove_suffix(std::string_view("×").size());
  else if (before.ends_with("x")) before.remove_suffix(1);
  else return false;
  while (!before.empty() && before.back() == ' ') before.remove_suffix(1);
  return !before.empty() && ascii_digit(before.back());
}

bool starts_a_block(char c) {
  return c == '-' || c == '*' || c == '+' || c == '|' || c == '#' || c == '>' || c == '\t' || ascii_digit(c);
}

bool rate_follows(std::string_view next) {
  return next.starts_with(" per") || next.starts_with("/") || next.starts_with(" each");
}

/// Whether a batch is named in the few words before `at`, in its sentence:
/// what a batch holds is a setting, not the data a system was trained on.
bool batch_before(std::string_view text, size_t at) {
  std::string before = clause_before(text, at, 40, ".;\n");
  size_t batch = before.rfind("batch");
  if (batch == std::string::npos) return false;
  // `batch size 2048 on 300B tokens`: the count after `on`, `for` or a comma is not the batch's.
  std::string_view after = std::string_view(before).substr(batch);
  for (std::string_view joint : {" on ", " for ", ", ", " and ", " over "})
    if (after.find(joint) != std::string_view::npos) return false;
  return true;
}

/// A model of fewer than a thousand parameters, or a dataset of fewer than a
/// thousand samples, is some other count (a size of an image, a batch); a
/// budget of training tokens runs to millions. Fewer is a context length or a
/// score, which are round (`128K`, `32,768`, `25,000`), unless it is counted
/// (`643,041 tokens`, `929k train tokens`).
bool counts_enough(FigureKind figure, double value) {
  if (figure == FigureKind::Tokens) {
    if (value >= 1e6) return true;
    if (!(value >= 1e4)) return false;  // NaN too: no cast below
    auto whole = static_cast<uint64_t>(value);
    auto power_of_two = [](uint64_t n) { return n > 0 && (n & (n - 1)) == 0; };
    bool round = power_of_two(whole) || (whole % 1000 == 0 && power_of_two(whole / 1000)) ||
                 (whole % 1024 == 0 && power_of_two(whole / 1024)) || whole % 5000 == 0;
    return whole == value && !round;
  }
  return (figure != FigureKind::Parameters && figure != FigureKind::Samples) || value >= 1000;
}

bool joins_a_clause(std::string_view word) {
  for (std::string_view joiner : {"to", "of", "for", "in", "on", "at", "by", "with", "from", "and", "or", "per", "each",
                                  "than", "the", "a", "an", "every", "across", "over", "under", "into", "more",
                                  "fewer", "less", "times"})
    if (same_folded(word, joiner)) return true;
  return false;
}

}  // namespace costlint::extract
