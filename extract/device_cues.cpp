#include "extract/device_cues.h"

#include <algorithm>
#include <string>

#include "extract/column_names.h"
#include "extract/cost_grammar.h"
#include "extract/number_text.h"
#include "extract/plain_text.h"
#include "extract/prose_cues.h"
#include "extract/unit_phrase.h"
#include "ir/text_case.h"

namespace costlint::extract {
namespace {

/// How far a sentence about running is read on either side of a device.
constexpr size_t kSentenceReach = 160;
/// How far back on its line a table row's cell separator is looked for.
constexpr size_t kRowReach = 256;

/// Whether `at` is on a table row's line: a cell separator before it, within reach.
bool in_table_row(std::string_view text, size_t at) {
  for (size_t i = at; i > 0 && at - i < kRowReach; --i) {
    if (text[i - 1] == '\n') return false;
    if (text[i - 1] == kCellSeparator) return true;
  }
  return false;
}

/// The verbs of use, by the word that joins them to a device (`trained on`, `done using`).
constexpr std::string_view kVerbsBeforeOn[] = {
    "trained", "training", "train", "trains", "run", "ran", "runs", "conducted", "performed", "carried out",
    "executed", "measured", "done", "timed", "tested", "benchmarked", "deployed", "profiled"};
constexpr std::string_view kVerbsBeforeWith[] = {"trained", "training"};
constexpr std::string_view kVerbsBeforeUsing[] = {"done", "performed", "conducted"};

/// Whether `text` holds `joint` just after one of `verbs`: the joint is found
/// once, then the words before it compared (each device of a paper asks).
template <size_t N>
bool verb_then(std::string_view text, std::string_view joint, const std::string_view (&verbs)[N]) {
  for (size_t at = text.find(joint); at != std::string_view::npos; at = text.find(joint, at + 1))
    for (std::string_view verb : verbs)
      if (text.substr(0, at).ends_with(verb)) return true;
  return false;
}

}  // namespace

bool names_use(std::string_view before) {
  if (verb_then(before, " on", kVerbsBeforeOn) || verb_then(before, " with", kVerbsBeforeWith) ||
      verb_then(before, " using", kVerbsBeforeUsing))
    return true;
  for (std::string_view cue : {"we use ", "we used ", "we employ", "utilize"})
    if (before.find(cue) != std::string_view::npos) return true;
  // `validation uses A100 80GB`: just before the device (not `uses the values in Table 3 for TPU v2`).
  return before.ends_with(" uses ");
}

bool sentence_about_running(std::string_view text, size_t p) {
  size_t from = p > kSentenceReach ? p - kSentenceReach : 0;
  std::string_view before = text.substr(from, p - from);
  // A sentence may run over lines (LaTeX's paragraphs): a period or a blank line ends it.
  // (A point before a digit is a number's: `RTF as low as ~0.3 on NVIDIA RTX 4090`.)
  for (size_t stop = before.size(); stop > 0; --stop)
    if (before[stop - 1] == '.' && !(stop < before.size() && ascii_digit(before[stop]))) {
      before.remove_prefix(stop);
      break;
    }
  if (size_t blank = before.rfind("\n\n"); blank != std::string_view::npos) before.remove_prefix(blank + 2);
  std::string_view after = text.substr(p, kSentenceReach);
  after = after.substr(0, std::min(after.find(". "), after.find("\n\n")));
  std::string sentence = folded(before) + folded(after);
  for (std::string_view running : {"train", "inference", "infer ", "benchmark", "fine-tun", "finetun", "measur",
                                   "latency", "throughput", "speed", "took", "takes", "fps", "hour", "minute",
                                   " min ", "seconds", "memory", "experiment", "evaluat", "profil", " run", "ran ",
                                   "perf ", "rtf", "real-time factor", "fp16", "bf16"})
    if (sentence.find(running) != std::string::npos) return true;
  return false;
}

bool compared(std::string_view before) {
  for (std::string_view comparison : {"compared with ", "compared to ", "unlike ", " than ", " versus ", " vs ",
                                      " vs. ", " over ", " against ", "compatible with ", "gap with ",
                                      "relative to ", "similar to ", "comparable to "})
    if (before.find(comparison) != std::string_view::npos) return true;
  return false;
}

bool machines_follow(std::string_view text, size_t end) {
  std::string next = folded(text.substr(end, 12));
  for (std::string_view machines : {" cluster", " node", " server", " partition", " pod", " machine", " system"})
    if (next.starts_with(machines)) return true;
  return false;
}

bool names_machines(std::string_view word) {
  if (word.find_first_of("0123456789.") != std::string_view::npos) return true;
  for (std::string_view machines : {"aws", "ec2", "gcp", "azure", "dgx", "hgx", "compute", "gpu", "tpu", "cloud"})
    if (same_folded(word, machines)) return true;
  return false;
}

bool singular_device(std::string_view written) {
  for (std::string_view word : {" GPU", " TPU", " NPU", " graphics card"})
    if (written.size() > word.size() && same_folded(written.substr(written.size() - word.size()), word)) return true;
  return false;
}

bool joined_class_of_nodes(std::string_view text, size_t at) {
  if (at >= text.size() || text[at] != '-') return false;
  auto phrase = match<cost_grammar::device_class>(text.substr(at + 1));
  if (!phrase) return false;
  std::string next = folded(text.substr(at + 1 + *phrase, 10));
  for (std::string_view nodes : {" nodes", " node", " machines", " servers", " hosts"})
    if (next.starts_with(nodes)) return true;
  return false;
}

bool counted_in_row(std::string_view own, const std::vector<std::string>& headers) {
  if (!names_devices(own)) return false;
  return std::any_of(headers.begin(), headers.end(), [&](const std::string& header) {
    auto unit = header != own ? read_header_unit(header) : std::nullopt;
    return unit && unit->figure == FigureKind::Hardware;
  });
}

bool addressed_to_reader(std::string_view text, size_t p) {
  std::string clause = clause_before(text, p, 48, ".;:!?\n");
  if (clause.find("if you") != std::string::npos || clause.find("unless you") != std::string::npos) return true;
  // `Install apex if using an NVIDIA GPU`: a reader's condition (but `if using two A100 GPUs, training
  // takes 3 days`: a count of devices is the run's).
  size_t word_end = p;
  while (word_end < text.size() && word_end - p < 16 && (ascii_alnum(text[word_end]) || text[word_end] == '-'))
    ++word_end;
  if (ends_with_word(clause, {"if using"}) && count_value(text.substr(p, word_end - p)) < 2) return true;
  // What one owns, just before the count (not `I have spent $280 using 4 x Nvidia 4090`).
  while (!clause.empty() && clause.back() == ' ') clause.pop_back();
  // `I have a GPU` speaks for any reader; `I only have 1 RTX 3090, so training took 5 days` is the author's.
  bool article = same_folded(text.substr(p, 2), "a ") || same_folded(text.substr(p, 3), "an ");
  for (std::string_view owner : {"you have", "you must have", "i have", "i only have"})
    if (clause.ends_with(owner) && (clause.size() == owner.size() || !ascii_alnum(clause[clause.size() - owner.size() - 1])) &&
        (owner.starts_with("you") || article))
      return true;
  return false;
}

bool denied_before(std::string_view text, size_t p) {
  std::string clause = clause_before(text, p, 48, ".;:!?,\n");
  while (!clause.empty() && clause.back() == ' ') clause.pop_back();
  // `without a GPU`: the word governs the device (not `without gradient checkpointing on 8 GPUs`).
  if (ends_with_word(clause, {"without", "without a", "without an", "without any", "without the"})) return true;
  // `does not require an ILP solver or a GPU`: a denied verb whose objects the device ends, no other
  // clause nor a place of running between them (not `do not use mixed precision and train on 8 GPUs`,
  // `could not use larger batches on 8 V100s`).
  for (std::string_view denial : {" not ", "n't "})
    for (size_t at = clause.find(denial); at != std::string::npos; at = clause.find(denial, at + 1)) {
      std::string_view after = std::string_view(clause).substr(at + denial.size());
      for (std::string_view verb : {"require", "requires", "need", "needs", "use", "have"}) {
        if (!after.starts_with(verb) || (after.size() > verb.size() && after[verb.size()] != ' ')) continue;
        std::string objects(after.substr(verb.size()));
        objects += ' ';
        bool apart = objects.find(" and ") != std::string::npos || objects.find(" on ") != std::string::npos ||
                     objects.find(" with ") != std::string::npos || objects.find(" using ") != std::string::npos ||
                     std::count(objects.begin(), objects.end(), ' ') > 7;
        if (!apart) return true;
      }
    }
  return false;
}

bool device_follows(std::string_view text, size_t end) {
  size_t q = end;
  while (q < text.size() && (text[q] == ' ' || text[q] == ')')) ++q;
  std::string_view next = text.substr(q);
  for (std::string_view memory : {"DDR", "LPDDR", "GDDR", "HBM"})
    if (next.starts_with(memory)) return false;
  auto phrase = match<cost_grammar::device_phrase>(next);
  if (!phrase) return false;
  // `47.14GB GPU / 2.96GB CPU`: what each kind of device held, not a card's name (`80GB A100`).
  std::string_view device = next.substr(0, *phrase);
  std::string_view after = next.substr(*phrase);
  while (!after.empty() && after.front() == ' ') after.remove_prefix(1);
  bool kind_only = same_folded(device, "GPU") || same_folded(device, "CPU");
  // A cell's end: a separator, or a table row's line end (`Ours & 47.14GB GPU \\`), not prose's.
  bool cell_end = after.empty() || after.front() == kCellSeparator ||
                  (after.front() == '\n' && in_table_row(text, end));
  // `6GB GPU memory`, `5.2GB CPU RAM`: the memory of a kind of device.
  bool memory = false;
  for (std::string_view word : {"memory", "mem", "ram", "vram"})
    if (after.size() >= word.size() && same_folded(after.substr(0, word.size()), word) &&
        (after.size() == word.size() || !ascii_alnum(after[word.size()])))
      memory = true;
  return !(kind_only && (cell_end || after.front() == '/' || memory));
}

}  // namespace costlint::extract
