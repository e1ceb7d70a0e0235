#pragma once
// A system's figures as `costlint estimate` shows them: for each phase, one
// row per figure and unit with what the manifest declares, what its logs hold
// and what the estimator derived, side by side. Gathered from the IR's
// Figures, never computed; the Facts stay in the IR.

#include <string>
#include <string_view>
#include <vector>

#include "ir/disclosure.h"

namespace costlint {

struct TableRow {
  std::string key;  ///< "energy", "node_energy", "compute" (FLOP), "device_time" ...
  Dimension dimension;
  const Fact* declared = nullptr;
  const Fact* logged = nullptr;  ///< the first log's, lower bounds included
  const Fact* estimated = nullptr;
};

struct PhaseTable {
  std::string_view phase;  ///< "train", "tune", "infer"
  std::string_view device_unit;  ///< device-time is written in its hours: `52 GPU.h`
  std::vector<TableRow> rows;
};

struct SystemTable {
  std::string_view name;
  std::string_view kind;  ///< "model" or "baseline"
  const Fact* parameters = nullptr;  ///< declared, else estimated
  bool parameters_estimated = false;  ///< by the estimator, from the trend of notable models
  std::vector<PhaseTable> phases;
};

/// Valid as long as `disclosure`.
std::vector<SystemTable> disclosure_table(const Disclosure& disclosure);

/// Where a declared or logged fact was read: "paper.cost:12", "logs/e.csv:40".
std::string where(const Fact& fact);

}  // namespace costlint
