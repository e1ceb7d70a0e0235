#include "extract/label_cues.h"

#include <cstring>
#include <string>

#include "extract/column_names.h"
#include "extract/prose_cues.h"
#include "ir/text_case.h"

namespace costlint::extract {
namespace {

/// Whether a label of data says it is what a model was trained on: `Training tokens`, `Total tokens seen`.
bool names_a_budget(std::string_view label) {
  std::string words = folded(label);
  for (std::string_view budget : {"train", "total", "dataset", "corpus", "seen", "pretrain", "pre-train"})
    if (words.find(budget) != std::string::npos) return true;
  return false;
}

/// How long a label read as a header may be (`Total GPU hours`): longer, it is a sentence.
constexpr size_t kMaxUnitLabel = 48;

/// How far before a bare number its label (`Hours used:`) is looked for.
constexpr size_t kMaxLabel = 120;

/// How far before a number the words of its label are read: a label is a few words,
/// and looking further would read a sentence's.
constexpr size_t kMaxLabelBytes = 32;

struct LabelBefore {
  std::string words;  ///< folded, up to the number but for the spaces before it
  bool starts_line;   ///< whether they start their line (reached within kMaxLabelBytes)
};

/// The words before `p` of `text` on its line, at most kMaxLabelBytes of them.
LabelBefore label_before(std::string_view text, size_t p) {
  size_t from = p > kMaxLabelBytes ? p - kMaxLabelBytes : 0;
  std::string_view before = text.substr(from, p - from);
  size_t line = before.rfind('\n');
  if (line != std::string_view::npos) before.remove_prefix(line + 1);
  while (!before.empty() && (before.back() == ' ' || before.back() == '\t')) before.remove_suffix(1);
  return {folded(before), line != std::string_view::npos || from == 0};
}

/// The label on the line of `p` before it (`Hours used:`, `CO2 (kg):  ~`), within a
/// label's reach; without the spaces and approximation signs before the number; in a
/// label's list (`Hours used: 22,000 for ViT-g, 4,500`), the list's label.
std::string_view line_label_before(std::string_view text, size_t p) {
  // A label is short: looking back further would make a line of numbers quadratic.
  size_t from = p > kMaxLabel ? p - kMaxLabel : 0;
  // memrchr: string_view's rfind tests a byte at a time, and this runs for most numbers of a paper.
  const void* newline = memrchr(text.data() + from, '\n', p - from);
  size_t line_start = newline ? static_cast<size_t>(static_cast<const char*>(newline) - text.data()) + 1 : from;
  std::string_view label = text.substr(line_start, p - line_start);
  // `Parameter count: ~12,000`: an approximation's sign is not the label's.
  while (!label.empty() && (label.back() == ' ' || label.back() == '~')) label.remove_suffix(1);
  if (label.ends_with("≈")) label.remove_suffix(std::string_view("≈").size());
  while (!label.empty() && label.back() == ' ') label.remove_suffix(1);
  if (label.ends_with(","))
    if (size_t colon = label.rfind(':');
        colon != std::string_view::npos && label.substr(colon).find(" for ") != std::string_view::npos)
      label = label.substr(0, colon + 1);  // the list's label, over its earlier members
  return label;
}

/// The words of a label ending in `:` read as a header: `- **GPU hours:**` gives
/// `GPU hours`; in a printed dict (`{'epoch': 1, 'duration (s)':`), its last key.
std::string_view label_words(std::string_view label) {
  std::string_view words = label.substr(0, label.size() - 1);
  if (size_t key = words.find_last_of(",;{["); key != std::string_view::npos) words.remove_prefix(key + 1);
  size_t first = words.find_first_not_of("-*+ \t'\"");
  words.remove_prefix(first == std::string_view::npos ? words.size() : first);
  while (!words.empty() && (words.back() == '\'' || words.back() == '"')) words.remove_suffix(1);
  return words;
}

}  // namespace

bool labels_a_cost(const UnitReading& unit, bool magnitude_written, std::string_view label) {
  switch (unit.figure) {
    // `# of parameters (million):`, `Encoder size: 311M`; not `Params: 12`.
    case FigureKind::Parameters: return unit.scale > 1 || magnitude_written;
    // `Total training tokens: 2T`; not `Tokens: 2048` nor `Max output tokens: 8K`, a length.
    case FigureKind::Samples:
    case FigureKind::Tokens: return magnitude_written && names_a_budget(label);

    case FigureKind::Throughput:
    case FigureKind::Cost: return false;
    default: return true;  // `# of GPUs:`, `GPU hours:`, `Energy (kWh):`
  }
}

bool time_label_before(std::string_view text, size_t p) {
  std::string label = label_before(text, p).words;
  while (!label.empty() && (label.back() == ' ' || label.back() == '\t' || label.back() == ':')) label.pop_back();
  return label.ends_with("time") || label.ends_with("duration") || label.ends_with("took");
}

bool carbon_label_before(std::string_view text, size_t p) {
  LabelBefore label = label_before(text, p);
  // Not a rate's label: `CO2 per token:`, `Carbon intensity:`.
  bool rate = label.words.find(" per ") != std::string::npos || label.words.find("intensity") != std::string::npos;
  return label.starts_line && label.words.ends_with(":") && names_carbon(label.words) && !rate;
}

std::optional<LabelledNumber> read_label(std::string_view text, size_t p, double value, size_t end, bool listed,
                                         UnitReader& units) {
  std::string_view label = line_label_before(text, p);
  if (label.ends_with(":")) {
    if (folded(label).ends_with("hours used:")) return LabelledNumber{FigureKind::DeviceTime, value * 3600, "hours used"};
    size_t open = label.rfind('(');
    size_t close = label.rfind(')');
    if (open != std::string_view::npos && close != std::string_view::npos && close > open) {
      std::string_view unit = label.substr(open + 1, close - open - 1);
      if (auto reading = units.unit(unit)) return LabelledNumber{reading->figure, value * reading->scale, std::string(unit)};
    }
    // `- **GPU hours:** 288`, `Energy (kWh): 12.4`: the label read as a table's header.
    std::string_view words = label_words(label);
    if (auto reading = words.size() <= kMaxUnitLabel ? units.header(words) : std::nullopt;
        reading && labels_a_cost(*reading, ascii_letter(text[end - 1]), words))
      return LabelledNumber{reading->figure, value * reading->scale, std::string(words), true};
  }
  if (listed || !parameters_named_before(label) || !counts_enough(FigureKind::Parameters, value)) return std::nullopt;
  return LabelledNumber{FigureKind::Parameters, value, "parameters"};
}

}  // namespace costlint::extract
