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

bool carbon_label_before(std::string_view text, size_t p) {
  // A label is a few words: looking further back would read a sentence's.
  constexpr size_t kMaxCarbonLabel = 32;
  size_t from = p > kMaxCarbonLabel ? p - kMaxCarbonLabel : 0;
  std::string_view label = text.substr(from, p - from);
  if (size_t line = label.rfind('\n'); line != std::string_view::npos) label.remove_prefix(line + 1);
  while (!label.empty() && (label.back() == ' ' || label.back() == '\t')) label.remove_suffix(1);
  return label.ends_with(":") && names_carbon(folded(label));
}

}  // namespace costlint::extract
