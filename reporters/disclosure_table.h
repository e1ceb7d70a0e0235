#pragma once
// A system's figures as `costlint estimate` shows them: for each phase, one
// row per figure with what the manifest declares, what its logs hold and what
// the estimator derived, side by side. Gathered from the IR, never computed.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "ir/estimate.h"
#include "ir/disclosure.h"

namespace costlint {

/// One figure from one origin, in canonical units.
struct TableCell {
  double value = 0;
  std::optional<Interval> interval;
  std::string where;   ///< declared: the manifest line; logged: "logs/e.csv:12"
  std::string method;  ///< estimated only
};

struct TableRow {
  std::string key;  ///< "energy", "compute" (FLOP), "device_time" ...
  Dimension dimension;
  std::optional<TableCell> declared, logged, estimated;
};

struct PhaseTable {
  std::string_view phase;  ///< "train", "tune", "infer"
  std::string device_unit = "device";  ///< device-time is written in its hours: `52 GPU.h`
  std::vector<TableRow> rows;
};

struct SystemTable {
  std::string name;
  std::string_view kind;  ///< "model" or "baseline"
  std::optional<TableCell> parameters;
  bool parameters_estimated = false;  ///< from the trend of notable models
  std::vector<PhaseTable> phases;
};

std::vector<SystemTable> disclosure_table(const Disclosure& disclosure,
                                          const DisclosureEstimates* estimates);

}  // namespace costlint
