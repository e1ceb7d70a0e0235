#pragma once
// What the estimator adds to a disclosure: for each system and phase, the
// figures it could derive from what is declared or logged, each with its
// interval and the method that gave it, written out so that a reader can
// redo it by hand. Estimates never replace a declared or logged figure.

#include <array>
#include <optional>
#include <string>
#include <vector>

#include "ir/dimension.h"
#include "ir/disclosure.h"

namespace costlint {

/// The figures the estimator derives. Compute is split by its two units:
/// FLOP, and device-time (device·s), as `costlint estimate --format json` prints them.
enum class Estimated { Duration, Flop, DeviceTime, Energy, Emissions, Memory };
inline constexpr size_t kEstimatedCount = 6;

/// The JSON key and the words for each: "device_time", "device-time".
std::string_view estimated_key(Estimated what);

struct Estimate {
  double value = 0;  ///< in the dimension's canonical unit
  double low = 0, high = 0;
  Dimension dimension;
  std::string method;  ///< "8 × 400 W (TDP) × 1.2 (node share) × 6.4 h × 1.15 (PUE)"
};

struct PhaseEstimates {
  std::array<std::optional<Estimate>, kEstimatedCount> figures;
  std::string device_unit = "device";  ///< what its device-time counts: "GPU", "TPU" ...
  std::optional<Estimate>& operator[](Estimated what) { return figures[static_cast<size_t>(what)]; }
  const std::optional<Estimate>& operator[](Estimated what) const {
    return figures[static_cast<size_t>(what)];
  }
};

struct SystemEstimates {
  std::optional<Estimate> parameters;
  std::array<std::optional<PhaseEstimates>, kPhaseKindCount> phases;
};

/// Index for index with Disclosure::systems.
struct DisclosureEstimates {
  std::vector<SystemEstimates> systems;
};

}  // namespace costlint
