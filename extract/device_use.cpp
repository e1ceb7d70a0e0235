// Whether a device a phrase names is one the run used (DevicePhrases' members
// that read the words around it): a label, a verb or a column's header says so;
// not workers that run on it, nor a reader's own.
#include "extract/device_phrases.h"

#include <algorithm>

#include "extract/column_names.h"
#include "extract/cost_grammar.h"
#include "extract/device_cues.h"
#include "extract/number_text.h"
#include "extract/prose_cues.h"
#include "extract/table_row.h"
#include "ir/text_case.h"

namespace costlint::extract {

namespace g = cost_grammar;

namespace {

/// How far back a cue that a device was used reaches, within its sentence: a
/// label over the devices it lists (`Hardware used for reporting: Intel Xeon
/// CPU + NVIDIA T4 GPU`), a verb over the words just after it.
constexpr size_t kLabelReach = 64, kVerbReach = 32;

}  // namespace

/// Named in passing (`the V100 has ...`), a device is not what the run used:
/// only where a label, a verb or its column's header says so.
bool DevicePhrases::in_use(size_t p, int listed) const {
  // `tested on NVIDIA A100 / H100`: the devices of a list share the first's use.
  if (listed < kMaxListedDevices)
    if (size_t first = listed_after_device(p); first != std::string_view::npos) return in_use(first, listed + 1);
  std::string before = folded(text_.substr(p > kLabelReach ? p - kLabelReach : 0, std::min(p, kLabelReach)));
  // A sentence's end, or a line's that starts an item, a row or a heading; a paragraph's line
  // break is a space (`GPU-hours per seed on` / `V100).`).
  for (size_t stop = before.size(); stop > 0; --stop) {
    char c = before[stop - 1];
    char next = stop < before.size() ? before[stop] : text_[p];
    if (c == '.' || c == ';' || (c == '\n' && (starts_a_block(next) || (stop >= 2 && before[stop - 2] == '\n')))) {
      before.erase(0, stop);
      break;
    }
  }
  std::replace(before.begin(), before.end(), '\n', ' ');
  if (addressed_to_reader(text_, p) || denied_before(text_, p)) return false;
  // A label's reach is a list's (`Hardware used for reporting: A + B`); a word's, the words just after it.
  if (size_t at = before.find("hardware"); at != std::string::npos && before.find(':', at) != std::string::npos)
    return true;
  if (before.find("gpu:") != std::string::npos || before.find("device:") != std::string::npos) return true;
  // `The experiments were conducted using the PyTorch framework on NVIDIA Quadro RTX 8000 GPUs`:
  // `on` the devices, in a clause whose verb says what ran.
  if (before.ends_with(" on "))
    for (std::string_view verb : {"conducted", "performed", "trained", "executed", "carried out", "measured", "ran "})
      if (before.find(verb) != std::string::npos) return true;
  if (before.size() > kVerbReach) before.erase(0, before.size() - kVerbReach);
  if (before.find("hardware") != std::string::npos) return true;
  if (names_use(before)) return true;
  // `takes 2 min on T4`, `running inference on H100`: on, with or using a device, in a sentence
  // about what running took.
  std::string spaced = " " + before;  // `On V100 you should see ~3 steps/sec`: at the sentence's start
  std::string_view joined = spaced;
  if (joined.ends_with(" the ")) joined.remove_suffix(4);
  if ((joined.ends_with(" on ") || joined.ends_with(" with ") || joined.ends_with(" using ")) &&
      !compared(joined) && sentence_about_running(text_, p))
    return true;
  if (listed_under_device_label(p)) return true;
  std::string header = folded(trimmed(headers_.of(p)));
  for (std::string_view column : {"gpu", "gpus", "gpu type", "device", "accelerator", "hardware", "system",
                                  "platform", "machine"})
    if (header == column) return true;
  // A table on its side: the row's first cell names what the device is (`| Accelerators | NVIDIA H100 |`).
  std::string label = folded(row_label(text_, p));
  for (std::string_view row : {"gpu", "gpus", "processor", "cpu", "accelerator", "accelerators", "hardware",
                               "device"})
    if (label == row) return true;
  return false;
}

size_t DevicePhrases::listed_after_device(size_t p) const {
  size_t end = p;
  while (end > 0 && text_[end - 1] == ' ') --end;
  std::string_view before = text_.substr(0, end);
  size_t joint = 0;
  for (std::string_view separator : {"/", ",", " and", " or", "&"})
    if (before.ends_with(separator)) joint = separator.size();
  if (joint == 0) return std::string_view::npos;
  end -= joint;
  while (end > 0 && text_[end - 1] == ' ') --end;
  // `Intel Xeon CPUs (72 × 2.3 GHz), Nvidia Tesla V100 GPUs`: the first device's spec in brackets.
  if (end > 0 && text_[end - 1] == ')') {
    size_t from = end > kMaxListedName ? end - kMaxListedName : 0;  // a spec is short: no search further back
    if (size_t open = text_.substr(from, end - from).rfind('('); open != std::string_view::npos) {
      end = from + open;
      while (end > 0 && text_[end - 1] == ' ') --end;
    }
  }
  for (size_t q = end > kMaxListedName ? end - kMaxListedName : 0; q < end; ++q)
    if ((q == 0 || !ascii_alnum(text_[q - 1])) && ascii_letter(text_[q]))
      if (auto phrase = match<g::device_phrase>(text_.substr(q)); phrase && q + *phrase == end) return q;
  return std::string_view::npos;
}

/// Whether the number at `p` ends a product's name: the word before it has a
/// capital and follows another word mid-sentence (`Qualcomm Snapdragon 888`,
/// not `Using 8 GPUs` nor `we used 8`).
bool DevicePhrases::in_a_name(size_t p) const {
  size_t end = p;
  while (end > 0 && text_[end - 1] == ' ') --end;
  size_t begin = end;
  while (begin > 0 && ascii_alnum(text_[begin - 1])) --begin;
  if (begin == end || !std::any_of(text_.begin() + static_cast<long>(begin), text_.begin() + static_cast<long>(end),
                                   [](char c) { return c >= 'A' && c <= 'Z'; }))
    return false;
  size_t before = begin;
  while (before > 0 && text_[before - 1] == ' ') --before;
  // `Intel(R) Xeon(R) Silver 4216 CPU`: a mark of trade ends the word before.
  std::string_view head = text_.substr(0, before);
  for (std::string_view mark : {"(R)", "(TM)", "®", "™"})
    if (head.ends_with(mark)) head.remove_suffix(mark.size());
  return !head.empty() && before < begin && ascii_letter(head.back());
}

/// `- **Training Device:**` over `  - RTX 3080 (20GB): 0-20,000 steps`: an item
/// of a list whose label, on the line above, names the devices used.
bool DevicePhrases::listed_under_device_label(size_t p) const {
  // The item's markup is a few bytes: a line's start further back is no item's (and a long line stays linear).
  size_t from = p > kMaxItemMarkup ? p - kMaxItemMarkup : 0;
  size_t line = text_.substr(from, p - from).rfind('\n');
  if (line == std::string_view::npos) return false;
  line += from;
  if (line == 0) return false;
  std::string_view markup = text_.substr(line + 1, p - line - 1);
  if (markup.find_first_not_of(" -*+•") != std::string_view::npos) return false;  // not the item's first words
  size_t above = text_.rfind('\n', line - 1);
  above = above == std::string_view::npos ? 0 : above + 1;
  if (line - above > kMaxLabelLine) return false;
  std::string label = folded(text_.substr(above, line - above));
  while (!label.empty() && (label.back() == ' ' || label.back() == '*' || label.back() == '\r')) label.pop_back();
  if (!label.ends_with(":")) return false;
  for (std::string_view devices : {"device", "hardware", "gpu", "accelerator"})
    if (label.find(devices) != std::string::npos) return true;
  return false;
}

/// Whether the devices a phrase counts at `p`, ending at `end`, are not what
/// was used: what runs on them follows (`two CPU workers`, `8 GPU threads`),
/// or the sentence speaks to the reader (`If you have two spare GPUs`).
bool DevicePhrases::not_in_use(size_t p, size_t end) const {
  std::string next = folded(text_.substr(end, 16));
  for (std::string_view doer : {" worker", " thread", " process", " warp", " kernel", " execution thread"})
    if (next.starts_with(doer)) return true;
  // `6,000 slow GPU runs`: runs counted, the device's name in the singular after a count of them
  // (but `a single GPU run`, `60 GPUs running`, `8 A100 GPUs runs for 3 days`, `a single GPU runs`).
  bool singular = end > 0 && ascii_letter(text_[end - 1]) && text_[end - 1] != 's';
  size_t count_end = p;
  while (count_end < end && (ascii_digit(text_[count_end]) || text_[count_end] == ',')) ++count_end;
  bool counted = count_end > p && count_value(text_.substr(p, count_end - p)) >= 2;
  if (singular && counted && next.starts_with(" runs") && (next.size() == 5 || !ascii_letter(next[5]))) return true;
  // `80 GPU cores` of an Apple chip: a device's cores, not devices (a TPU's cores are counted as its
  // devices).
  if (next.starts_with(" core") && same_folded(text_.substr(end >= 3 ? end - 3 : 0, std::min<size_t>(end, 3)), "gpu"))
    return true;
  // `single-GPU performance`, `single GPU kernels`: a kind of run or of code, not the devices used.
  std::string opening = folded(text_.substr(p, 9));
  bool single = opening.starts_with("single") || opening.starts_with("a single");
  if (single)
    for (std::string_view kind : {" performance", " throughput", " kernel", " cost", " evaluation", " step", " server",
                                  " peak", " version", " implementation"}) {
      // The whole word, or its plural: not `a single RTX 3090 GPU model`.
      char after = next.size() > kind.size() ? next[kind.size()] : ' ';
      if (next.starts_with(kind) && (!ascii_letter(after) || after == 's')) return true;
    }
  // `when a GPU is available`: a condition, not the run's device (but `the 4 GPUs available in our cluster`).
  if (next.starts_with(" is available") &&
      ends_with_word(clause_before(text_, p, 24, ".;:!?,\n"), {"when", "if", "whenever", "unless"}))
    return true;
  // `single GPU or multiple GPU settings`, `single-gpu or DataParallel training`: a choice offered.
  for (std::string_view other : {" or multi", " or distributed", " or dataparallel"})
    if (single && next.starts_with(other)) return true;
  return addressed_to_reader(text_, p) || denied_before(text_, p);
}

}  // namespace costlint::extract
