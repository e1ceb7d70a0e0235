#include "extract/label_cues.h"

#include <string>

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

}  // namespace costlint::extract
