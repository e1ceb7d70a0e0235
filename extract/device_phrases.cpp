#include "extract/device_phrases.h"

#include <algorithm>
#include <cmath>
#include <unordered_set>

#include "extract/column_names.h"
#include "extract/cost_grammar.h"
#include "extract/device_cues.h"
#include "extract/number_text.h"
#include "extract/prose_cues.h"
#include "ir/text_case.h"

namespace costlint::extract {

namespace g = cost_grammar;

namespace {

/// How many words may name the nodes a count counts (`20 AWS p4d.24xlarge instances`), each how long.
constexpr int kMaxNodeNameWords = 3;
constexpr size_t kMaxNodeNameBytes = 32;
/// How far after `4 Nodes, ` the clause may say the devices are each node's (`... GPUs per node`).
constexpr size_t kMaxPerNodeClause = 48;

/// Whether a count of devices is one: a whole number from one to a million.
bool whole_count(double devices) { return devices >= 1 && devices <= 1e6 && devices == std::floor(devices); }

}  // namespace

/// `P100x8`, `TPUv2x16`: a model the catalog knows and its count.
std::optional<DevicePhrase> DevicePhrases::times_count_at(size_t p) const {
  if (!times_count_ahead(text_, p)) return std::nullopt;
  auto word = match<g::model_times_count>(text_.substr(p));
  if (!word) return std::nullopt;
  std::string_view written = text_.substr(p).substr(0, *word);
  size_t times = written.find_last_of("xX");
  std::optional<std::string> model = devices_.known(written.substr(0, times));
  if (!model) return std::nullopt;
  double devices = number_value(written.substr(times + 1));
  if (devices < 1 || devices > 1e6) return std::nullopt;
  return DevicePhrase{p + *word, DeviceMention{devices, *model}, std::string(written)};
}

/// `trained on V100s`, `Hardware Type: A100-80GB`: a device the catalog knows,
/// named without a count.
std::optional<DevicePhrase> DevicePhrases::named_at(size_t p) const {
  if (!ascii_letter(text_[p])) return std::nullopt;
  auto phrase = match<g::device_phrase>(text_.substr(p));
  if (!phrase) return std::nullopt;
  bool used = in_use(p);
  // Unused, a device counts only as a table row's label (checked in full once its model is known).
  if (!used && !fills_cell(text_, p, p + *phrase)) return std::nullopt;
  std::string_view written = text_.substr(p).substr(0, *phrase);
  // `NVIDIA A100x4`: the count after the model, as tables write it.
  std::string_view name = written;
  std::optional<double> count;
  if (size_t times = written.find_last_of("xX"); times != std::string_view::npos && times > 0 &&
      match<g::times_count_end>(written.substr(times)) == written.size() - times) {
    name = written.substr(0, times);
    count = number_value(written.substr(times + 1));
    if (*count < 1 || *count > 1e6) return std::nullopt;
  }
  // A card the catalog does not know counts when its vendor or its family names
  // it (`NVIDIA GeForce RTX 4070 Ti`, `RTX 2080`).
  std::optional<std::string> model = devices_.known(name);
  if (!model && names_maker_or_family(name)) model = devices_.model_of(name);
  if (!model) return std::nullopt;
  // A row labelled by the device, in a table that measures runs, measured it (`| K40 | 547 s |`);
  // a table of the devices' specifications or prices did not use them.
  if (!used && !(fills_first_cell(text_, p, p + *phrase) && measures_runs(headers_.all(p)))) return std::nullopt;
  size_t end = p + *phrase;
  if (!count && fills_cell(text_, p, end) && counted_in_row(headers_.of(p), headers_.all(p)))
    return DevicePhrase{end, {}, {}};
  // `done with the NVIDIA Tesla V100S-PCIe GPU`, `trained on Nvidia Tesla P100 GPU`: one device, in
  // the singular; not `the A100 GPU cluster`.
  if (!count && singular_device(written) && !machines_follow(text_, p + *phrase))
    count = 1;
  // `P100 (x2)`, `V100 (×4)`: the count after the model, in parentheses; `V100 32GB * 1`, after a sign.
  std::optional<size_t> times = count ? std::nullopt : match<g::parenthesized_count>(text_.substr(end));
  if (!count && !times) times = match<g::trailing_times_count>(text_.substr(end));
  if (times) {
    std::string_view inside = text_.substr(end, *times);
    double devices = number_value(inside.substr(inside.find_first_of("0123456789")));
    if (whole_count(devices)) count = devices, end += *times;
  }
  return DevicePhrase{end, DeviceMention{count, *model}, std::string(text_.substr(p, end - p))};
}

std::optional<DevicePhrase> DevicePhrases::counted_at(size_t p) const {
  auto count = match<g::device_count>(text_.substr(p));
  if (!count) return std::nullopt;
  if (auto devices = counted_devices_at(p, *count)) return devices;
  return cloud_machine_at(p, *count);
}

/// `8 NVIDIA P100 GPUs`, `8×A100 (80 GB)`, `a single GPU`, `1024 32GB V100`, `an 8-GPU node`.
std::optional<DevicePhrase> DevicePhrases::counted_devices_at(size_t p, size_t count_length) const {
  if (ascii_digit(text_[p]) && in_a_name(p)) return std::nullopt;  // `a Qualcomm Snapdragon 888 CPU`
  std::string_view count_text = text_.substr(p).substr(0, count_length);
  size_t q = p + count_length;
  // `4 to 8 NVIDIA RTX 8000 GPUs`, `4-8 GPU training`: a range of devices, read as its middle.
  std::optional<double> middle;
  if (ascii_digit(count_text.back()))
    if (auto range = match<g::range_end>(text_.substr(q))) {
      middle = number_or_range(text_.substr(p, count_length + *range));
      q += *range;
    }
  auto joined = match<g::times_sign>(text_.substr(q));
  // `an 8-GPU node`, `a 4-GPU server`, `a single-GPU setup`: the count joined to the device by a
  // hyphen. Not a model's own digits: `RTX 2080-Ti`, `3090-Super`.
  bool single = count_text.size() >= 6 && same_folded(count_text.substr(count_text.size() - 6), "single");
  if (!joined && q + 1 < text_.size() && text_[q] == '-' && (ascii_digit(count_text.back()) || single) &&
      ascii_letter(text_[q + 1]) && !same_folded(text_.substr(q + 1, 2), "ti") &&
      !same_folded(text_.substr(q + 1, 5), "super"))
    joined = 1;
  if (!joined) {
    auto space = match<g::gap>(text_.substr(q));
    if (!space || *space == 0) return std::nullopt;
    q += *space;
    if (auto sign = match<g::times_sign>(text_.substr(q))) q += *sign;
  } else {
    q += *joined;
  }
  while (q < text_.size() && text_[q] == ' ') ++q;
  // `32 x 8 x A100 GPUs`, `16 nodes of 8x A100`: nodes times devices.
  double factor = 1;
  if (size_t per_node = devices_per_node(q, factor, ascii_digit(count_text.front()))) {
    q = per_node;
  } else if (auto second = match<g::number_value>(text_.substr(q))) {
    size_t r = q + *second;
    if (joined_class_of_nodes(text_, r)) {  // `four 8-GPU nodes`: the nodes' count times each one's devices
      factor = number_value(text_.substr(q, *second));
      q = r + 1;
    } else {
      while (r < text_.size() && text_[r] == ' ') ++r;
      if (auto sign = match<g::times_sign>(text_.substr(r))) {
        factor = number_value(text_.substr(q).substr(0, *second));
        q = r + *sign;
        while (q < text_.size() && text_[q] == ' ') ++q;
      }
    }
  }
  if (auto qualified = qualified_at(count_text, p, q, factor)) return qualified;
  // Most counts are of something else (`a model`, `2 epochs`): their next word starts no phrase.
  std::optional<size_t> phrase;
  if (q < text_.size() && may_start_phrase(text_, q)) phrase = match<g::device_phrase>(text_.substr(q));
  // `a very dated K40 GPU`, `4 older V100 GPUs`: words that describe a model the catalog knows.
  bool describes = false;
  if (!phrase) {
    size_t described = past_describing_words(q);
    if (described == q || !may_start_phrase(text_, described)) return std::nullopt;
    phrase = match<g::device_phrase>(text_.substr(described));
    if (!phrase) return std::nullopt;
    q = described, describes = true;
  }
  size_t phrase_start = q;
  std::string_view written = text_.substr(phrase_start).substr(0, *phrase);
  if (describes && !devices_.known(without_class_word(written))) return std::nullopt;
  double devices = middle.value_or(count_value(count_text)) * factor;
  if (middle ? !(devices >= 1 && devices <= 1e6) : !whole_count(devices)) return std::nullopt;
  bool class_named = written != without_class_word(written);
  if (devices >= 1900 && devices <= 2100 && !class_named) return std::nullopt;  // a year, unless `2048 H800 GPUs`
  // `a GPU-capable library`, `a CPU-based baseline`: the class word begins an adjective.
  if (size_t after = phrase_start + *phrase; written.ends_with("PU") && after + 1 < text_.size() &&
                                             text_[after] == '-' && text_[after + 1] >= 'a' && text_[after + 1] <= 'z')
    return std::nullopt;
  // A GeForce card by its number alone, without `GPUs` (`a 3090`), only after a count in words
  // where the sentence says it was used: `1080 × 1080 pixels` is a size, `Compared with a 4090` no use.
  if (!class_named && consumer_card_number(written) &&
      (ascii_digit(count_text.front()) || factor != 1 || phrase_start > p + count_text.size() + 1 || !in_use(p)))
    return std::nullopt;
  std::optional<std::string> model = devices_.model_of(written);
  if (!model) return std::nullopt;
  // `a single Nvidia ConnectX-6 DX network card`: what joins the devices.
  std::string next = folded(text_.substr(phrase_start + *phrase).substr(0, 24));
  for (std::string_view joiner : {" network", " dx network", " switch", " nic"})
    if (next.starts_with(joiner)) return DevicePhrase{phrase_start + *phrase, std::nullopt, ""};
  // `seventy-five GPU hours`: device-time counted in words, no count of devices.
  for (std::string_view time : {" hour", "-hour", " day", "-day", " week", "-week", " month", " year", " minute"})
    if (next.starts_with(time)) return std::nullopt;
  if (not_in_use(p, phrase_start + *phrase)) return DevicePhrase{phrase_start + *phrase, std::nullopt, ""};
  return DevicePhrase{phrase_start + *phrase, DeviceMention{devices, *model}, std::string(written)};
}

size_t DevicePhrases::past_describing_words(size_t q) const {
  // What a device is (`a very dated K40 GPU`), never what is done with it (`3 epochs using A100 GPUs`).
  static const std::unordered_set<std::string_view> kDescribing = {
      "very", "old", "older", "new", "newer", "dated", "outdated", "idle", "spare", "dedicated", "modern",
      "local", "rented", "shared", "additional", "extra", "separate", "consumer", "commodity", "cheap",
      "cheaper", "powerful", "high-end", "low-end", "standard", "identical", "same"};
  size_t at = q;
  for (int word = 0; word < kMaxDescribingWords; ++word) {
    size_t end = at;
    while (end < text_.size() && end - at <= kMaxDescribingBytes && (ascii_letter(text_[end]) || text_[end] == '-'))
      ++end;
    if (end == at || end >= text_.size() || text_[end] != ' ' || !kDescribing.count(text_.substr(at, end - at)))
      return q;
    at = end + 1;
    if (at < text_.size() && !(text_[at] >= 'a' && text_[at] <= 'z')) return at;
  }
  return q;
}

/// `two training GPUs`, `8 idle GPUs` after the count `count_text`: the
/// accelerators a word qualifies. Not after `a` (`a few GPUs`, `a couple GPUs`).
std::optional<DevicePhrase> DevicePhrases::qualified_at(std::string_view count_text, size_t p, size_t q,
                                                        double factor) const {
  if (same_folded(count_text, "a") || same_folded(count_text, "an")) return std::nullopt;
  auto phrase = match<g::qualified_accelerators>(text_.substr(q));
  if (!phrase) return std::nullopt;
  double devices = count_value(count_text) * factor;
  if (!whole_count(devices)) return std::nullopt;
  if (devices >= 1900 && devices <= 2100) return std::nullopt;  // `By 2024 datacenter GPUs will`
  std::string_view written = text_.substr(q, *phrase);
  // `128 per TPU`, `3 for TPU`: the word joins another count to the devices;
  // `3× less GPU memory`, `4x fewer GPUs`: it compares.
  std::string_view word = written.substr(0, written.find(' '));
  if (joins_a_clause(word)) return std::nullopt;
  if (q > 0 && text_.substr(p, q - p).find_first_of("x×") != std::string_view::npos) return std::nullopt;
  if (not_in_use(p, q + *phrase)) return std::nullopt;  // `8 parallel GPU workers`
  std::optional<std::string> model = devices_.model_of(written.substr(written.rfind(' ') + 1));
  if (!model) return std::nullopt;
  return DevicePhrase{q + *phrase, DeviceMention{devices, *model}, std::string(written)};
}

/// `nodes of 8x`, `nodes with 8`, `machines, each with 4`: the devices of each
/// of the nodes counted before `q`, and where the device phrase starts; 0 if none.
/// A count in digits may count nodes named first (`20 AWS p4d.24xlarge instances with 8`).
size_t DevicePhrases::devices_per_node(size_t q, double& per_node, bool digits) const {
  // Compared in place: this is tried after every count of the paper (`a`, `2`).
  auto starts = [&](size_t at, std::string_view word) { return same_folded(text_.substr(at, word.size()), word); };
  auto unit_at = [&](size_t at, bool named) -> size_t {
    // Most words after a count start with another letter than the units: one test passes them by.
    if (at >= text_.size() || std::string_view("nmshivNMSHIV").find(text_[at]) == std::string_view::npos) return 0;
    for (std::string_view unit : {"nodes", "node", "machines", "servers", "hosts"})
      if (starts(at, unit)) return unit.size();
    // `instances` alone are a dataset's (`500 test instances`): a cloud's only where it is named.
    for (std::string_view unit : {"instances", "vms"})
      if (named && starts(at, unit)) return unit.size();
    return 0;
  };
  size_t at = unit_at(q, false);
  // `20 AWS p4d.24xlarge instances`, `4 DGX nodes`: nodes a cloud or a machine names; not
  // `4096 graph nodes` nor `500 test instances`.
  if (at == 0 && digits)
    for (int named = 0, cloud = 0; named < kMaxNodeNameWords && at == 0; ++named) {
      size_t end = q;
      while (end < text_.size() && end - q < kMaxNodeNameBytes &&
             (ascii_alnum(text_[end]) || text_[end] == '.' || text_[end] == '-'))
        ++end;
      if (end == q || end >= text_.size() || text_[end] != ' ') return 0;
      cloud = cloud || names_machines(text_.substr(q, end - q));
      q = end + 1;
      at = cloud ? unit_at(q, true) : 0;
    }
  if (at == 0) return 0;
  bool joined = false;
  for (std::string_view join : {" of ", " with ", ", each with ", " each with ", ", each of "})
    if (starts(q + at, join)) {
      at += join.size();
      joined = true;
      break;
    }
  // `4 Nodes, 4 x L40 GPUs per node`: the devices after a comma, where the clause says they are each node's.
  if (!joined && starts(q + at, ", ")) {
    std::string clause = folded(text_.substr(q + at, kMaxPerNodeClause));
    clause = clause.substr(0, clause.find_first_of(".;\n"));
    for (std::string_view each : {" per node", " per machine", " per server", " per host"})
      joined = joined || clause.find(each) != std::string::npos;
    // `8 A100 GPUs each`, the clause's last word; not `16 GPUs in total, each with 80GB`.
    joined = (joined || clause.ends_with(" each") || clause.find(" each,") != std::string::npos) &&
             clause.find("total") == std::string::npos;
    if (joined) at += 2;
  }
  if (!joined) return 0;
  size_t r = q + at;
  auto count = match<g::device_count>(text_.substr(r));
  if (!count) return 0;
  per_node = count_value(text_.substr(r).substr(0, *count));
  r += *count;
  while (r < text_.size() && text_[r] == ' ') ++r;
  if (auto sign = match<g::times_sign>(text_.substr(r))) r += *sign;
  while (r < text_.size() && text_[r] == ' ') ++r;
  return r;
}

}  // namespace costlint::extract
