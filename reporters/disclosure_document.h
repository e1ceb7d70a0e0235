#pragma once
// The disclosure an author pastes into the paper (`costlint report`, and the
// GitHub job summary), as a view of the IR: per system and phase the hardware
// and the best figure of each cost (Figure::best), each marked with its origin,
// the scores, the placements against the manifest's other systems (the
// baseline comparison, worded by the score stage), and a statement in words.
// Gathered, never computed: the renderers (Markdown, LaTeX, HTML) lay it out.

#include <array>
#include <optional>
#include <string>
#include <vector>

#include "lint/check_run.h"

namespace costlint {

/// One figure as a report shows it: "41.2 kWh", its origin, and for an
/// estimate where it may lie ("25.1 kWh – 57 kWh").
struct DocumentCell {
  std::string value;
  Origin origin = Origin::Declared;
  std::string range;  ///< estimated only
};

/// The columns of a phase's row, in order.
inline constexpr std::array<std::string_view, 5> kDocumentColumns = {
    "device-time", "energy", "emissions", "memory", "throughput"};

struct DocumentPhase {
  std::string_view phase;  ///< "train", "tune", "infer"
  std::string hardware;    ///< "8 × NVIDIA A100-SXM4-80GB", or empty
  std::array<std::optional<DocumentCell>, kDocumentColumns.size()> cells;
};

struct DocumentSystem {
  std::string name;
  std::string_view kind;  ///< "model" or "baseline"
  std::optional<DocumentCell> parameters;
  std::vector<DocumentPhase> phases;
  std::vector<std::string> scores;       ///< "`imagenet`: 77.1 (top-1 accuracy)"
  std::vector<std::string> comparisons;  ///< the placements against the manifest's systems
  std::vector<std::string> frontier;     ///< the placements against the benchmarks' reference points
  std::string statement;                 ///< "Training `m` took 288 GPU.h on ..., about 41 kWh ..."
};

struct DisclosureDocument {
  std::string manifest;  ///< its root-relative path
  std::vector<DocumentSystem> systems;
};

/// One document per manifest that was read.
std::vector<DisclosureDocument> disclosure_documents(const CheckRun& run);

}  // namespace costlint
