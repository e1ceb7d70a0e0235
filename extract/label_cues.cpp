#include "extract/label_cues.h"

#include <string>

#include "extract/column_names.h"
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

}  // namespace costlint::extract
