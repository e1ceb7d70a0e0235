#pragma once
// What a phase states, declared or else logged, in canonical units: the
// inputs of the estimator. A declared figure wins over a logged one, as it is
// what the paper says; each comes with the words a method shows it in.

#include <optional>
#include <string>

#include "ir/disclosure.h"

namespace costlint {

struct Stated {
  double value = 0;
  std::string text;  ///< "6.4 h (declared)", "41.2 kWh (logged)"
};

/// The phase's figure of `quantity` in `dimension`, declared or else logged;
/// device-time written in `device` hours.
std::optional<Stated> stated(const Phase& phase, Quantity quantity, const Dimension& dimension,
                             std::string_view device = "device");

}  // namespace costlint
