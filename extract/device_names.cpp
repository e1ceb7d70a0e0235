#include "extract/device_names.h"

#include <algorithm>
#include <vector>

#include "corpus/hardware_catalog.h"
#include "extract/cost_grammar.h"
#include "extract/number_text.h"
#include "ir/text_case.h"

namespace costlint::extract {

namespace {

/// A phrase that ran over a line end, on one line.
std::string one_line(std::string_view phrase) {
  std::string words(phrase);
  std::replace(words.begin(), words.end(), '\n', ' ');
  return words;
}

/// `24 GiB Nvidia RTX TITAN`, `400W NVIDIA A100`: the words after the card's
/// memory or power, which name the device.
std::string_view after_spec(std::string_view phrase) {
  auto spec = match<cost_grammar::memory_prefix>(phrase);
  if (!spec) spec = match<cost_grammar::power_prefix>(phrase);
  if (!spec) spec = match<cost_grammar::clock_prefix>(phrase);
  if (!spec) return phrase;  // `3080 Ti GPUs` names its model with its digits
  size_t name = phrase.find_first_not_of(" \n", *spec);
  return name == std::string_view::npos ? phrase : phrase.substr(name);
}

}  // namespace

std::string without_class_word(std::string_view phrase) {
  std::string words(phrase);
  for (std::string_view tail : {" gpus", " gpu", " chips", " chip", " cards", " card", " accelerators",
                                " accelerator", " devices", " cores", " core", " nodes", " node", " cpus", " cpu"})
    if (words.size() > tail.size() && folded(words).ends_with(tail)) {
      words.erase(words.size() - tail.size());
      break;
    }
  return words;
}

/// `3090`, `4090`, `2080 Ti`, `1080`: the number GeForce cards go by, alone
/// (a series' first two digits, then a model's two, the last a zero).
bool consumer_card_number(std::string_view words) {
  for (std::string_view tail : {" Ti", " ti", " Super", " SUPER"})
    if (words.ends_with(tail)) words.remove_suffix(tail.size());
  if (words.ends_with("s")) words.remove_suffix(1);  // `two 4090s`
  if (words.size() != 4 || !std::all_of(words.begin(), words.end(), ascii_digit) || words[3] != '0') return false;
  for (std::string_view series : {"10", "20", "30", "40", "50"})
    if (words.starts_with(series)) return words[2] >= '5';
  return false;
}

/// A word that names a card's variant, not a setting of the run (`Ti`, `Laptop`, `Pro`).
bool names_variant(std::string_view word) {
  for (std::string_view variant : {"ti", "super", "laptop", "mobile", "max", "pro", "ultra", "plus", "nvl", "xt",
                                   "xtx", "ada", "mini", "nx", "nano", "agx"})
    if (same_folded(word, variant)) return true;
  return false;
}

bool names_maker_or_family(std::string_view phrase) {
  std::string_view name = after_spec(phrase);
  if (match<cost_grammar::vendor>(name)) return true;  // `8 NVIDIA GB200s`, `Intel(R) Xeon(R)`
  // `a TPU v3-8`, a TPU named by its version; `RTX 2080`, `Jetson Nano`, by its family.
  std::string words = folded(name);
  for (std::string_view family : {"tpu ", "rtx ", "gtx ", "geforce ", "quadro ", "titan ", "radeon ", "jetson ",
                                   "raspberry pi", "snapdragon ", "ascend ", "gaudi", "mac mini", "mac studio",
                                   "mac pro"})
    if (words.starts_with(family)) return true;
  // `Mac M2`, not `Mac 13` (an operating system's version).
  if (words.starts_with("mac m") && words.size() > 5 && ascii_digit(words[5])) return true;
  if (words.find("macbook") != std::string::npos) return true;  // `an M2 MacBook`, `MacBook Pro`
  return false;
}

std::optional<std::string> DeviceNames::model_of(std::string_view phrase) const {
  if (auto name = known(phrase)) return name;
  // `H100 ctx10240`, `A100 bf16`: a known model, then a setting's word that reads as one of a
  // model's; never a variant's (`RTX 3090 Ti` is no `RTX 3090`).
  if (auto name = known_before_setting(phrase)) return name;
  std::string words = without_class_word(after_spec(phrase));  // `80GB GPUs`: the class alone after its size
  // `RTX3060`, `GTX1080Ti`: a GeForce family joined to its number, as READMEs write it.
  for (std::string_view family : {"RTX", "GTX"})
    if (words.size() > 3 && same_folded(std::string_view(words).substr(0, 3), family) && ascii_digit(words[3]))
      return model_of(std::string(family) + " " + words.substr(3));
  if (consumer_card_number(words))  // `a 3090`, `two 4090s`: a GeForce card by its number alone
    if (auto name = known((words.starts_with("10") ? "GTX " : "RTX ") + words)) return name;
  std::string l = folded(words);
  if (l == "gpus" || l == "gpu") return std::string("GPU");
  if (l == "tpus" || l == "tpu") return std::string("TPU");
  if (l == "cpus" || l == "cpu") return std::string("CPU");
  if (l == "vcpus" || l == "vcpu") return std::string("vCPU");
  // A model the catalog does not know counts only when the phrase says it is
  // a device (`8 RTX 4090 GPUs`): `65 0pt2` is not.
  std::string all = folded(after_spec(phrase));
  bool named_device = false;
  for (std::string_view tail : {" gpus", " gpu", " tpus", " npus", " npu", " chips", " accelerators", " cpus", " cpu"})
    named_device = named_device || all.ends_with(tail);
  if (!named_device && !names_maker_or_family(phrase)) return std::nullopt;
  return one_line(phrase);
}

namespace {

/// How many words a setting may add after a model (`H100 ctx10240 bf16`).
constexpr int kMaxSettingWords = 2;

/// `32 GiB Nvidia V100` as the catalog names its variants, `Nvidia V100 32GB`,
/// and without its size, `Nvidia V100`; the words as they are otherwise.
std::vector<std::string> sized_variants(const std::string& words) {
  size_t digits = 0;
  while (digits < words.size() && ascii_digit(words[digits])) ++digits;
  if (digits == 0) return {words};
  size_t unit = digits + (digits < words.size() && words[digits] == ' ');
  for (std::string_view size : {"GiB ", "GB ", "G "})
    if (std::string_view(words).substr(unit).starts_with(size)) {
      std::string model = words.substr(unit + size.size());
      return {model + " " + words.substr(0, digits) + "GB", model};
    }
  return {words};
}

/// `400W NVIDIA A100` as the catalog names it: without its power.
std::string without_power(std::string words) {
  size_t digits = 0;
  while (digits < words.size() && ascii_digit(words[digits])) ++digits;
  size_t unit = digits + (digits < words.size() && words[digits] == ' ');
  if (digits > 0 && std::string_view(words).substr(unit).starts_with("W ")) words.erase(0, unit + 2);
  return words;
}

/// `GeForce GTX 1080 Ti NVIDIA` as the catalog names it: the vendor first.
std::string vendor_first(std::string words) {
  for (std::string_view vendor : {" NVIDIA", " Nvidia", " nvidia"})
    if (size_t at = words.find(vendor); at != std::string::npos && at + vendor.size() == words.size())
      return std::string(vendor.substr(1)) + " " + words.substr(0, at);
  return words;
}

/// `Tesla P-100` as the catalog spells it: `Tesla P100`.
std::string without_model_hyphen(std::string words) {
  for (size_t i = 1; i + 1 < words.size(); ++i)
    if (words[i] == '-' && ascii_letter(words[i - 1]) && ascii_digit(words[i + 1])) words.erase(i, 1);
  return words;
}

/// `V100 32G` as the catalog names its variants, `V100 32GB`, and without its
/// size, `V100`; the words as they are otherwise.
std::vector<std::string> trailing_size_variants(const std::string& words) {
  size_t space = words.rfind(' ');
  if (space == std::string::npos) return {words};
  std::string_view size = std::string_view(words).substr(space + 1);
  size_t digits = 0;
  while (digits < size.size() && ascii_digit(size[digits])) ++digits;
  std::string_view unit = size.substr(digits);
  if (digits == 0 || (unit != "G" && unit != "GB" && unit != "GiB")) return {words};
  std::string model = words.substr(0, space);
  return {model + " " + std::string(size.substr(0, digits)) + "GB", model};
}

/// `A6000 (48 GB)` with its size first, as sized_variants() reads it: `48 GB A6000`.
std::string size_first(std::string words) {
  size_t open = words.rfind('(');
  if (open == std::string::npos || words.back() != ')' || open == 0) return words;
  std::string size = words.substr(open + 1, words.size() - open - 2);
  std::string model = words.substr(0, open);
  while (!model.empty() && model.back() == ' ') model.pop_back();
  return size + " " + model;
}

}  // namespace

std::optional<std::string> DeviceNames::known(std::string_view written) const {
  std::string phrase = one_line(written);
  std::vector<std::string> candidates = {phrase};
  for (std::string& sized :
       sized_variants(size_first(without_model_hyphen(vendor_first(without_power(without_class_word(phrase)))))))
    for (std::string& words : trailing_size_variants(sized)) {
      if (words.ends_with("s") && words.size() > 3) candidates.push_back(words.substr(0, words.size() - 1));
      candidates.push_back(std::move(words));
    }
  for (const std::string& name : candidates)
    if (const DeviceSpec* device = hardware_.find(name)) return device->model;
  return std::nullopt;
}

std::optional<std::string> DeviceNames::known_before_setting(std::string_view phrase) const {
  // A few words back, not one a space (a hostile phrase may hold many spaces).
  size_t end = phrase.size();
  for (int dropped = 0; dropped < kMaxSettingWords; ++dropped) {
    while (end > 0 && phrase[end - 1] == ' ') --end;
    size_t space = phrase.find_last_of(' ', end == 0 ? 0 : end - 1);
    if (space == std::string_view::npos || space == 0) return std::nullopt;
    if (names_variant(phrase.substr(space + 1, end - space - 1))) return std::nullopt;
    end = space;
    if (auto name = known(phrase.substr(0, end))) return name;
  }
  return std::nullopt;
}

}  // namespace costlint::extract
