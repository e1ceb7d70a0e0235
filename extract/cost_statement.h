#pragma once
// One statement of cost found in a paper: which figure, its value in the
// manifest IR's canonical unit, and where it was written.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace costlint::extract {

enum class FigureKind {
  Hardware,    ///< value: the device count
  Duration,    ///< s
  DeviceTime,  ///< device·s
  Flop,        ///< FLOP
  Energy,      ///< J
  Emissions,   ///< gCO2e
  Power,       ///< W
  Parameters,
  Tokens,
  Samples,
  Memory,      ///< B
  Throughput,  ///< items per second
  Cost,        ///< USD
};

/// "hardware", "device_time", ...: the names of `extract --format json`.
std::string_view figure_name(FigureKind kind);

struct DeviceMention {
  std::optional<double> count;  ///< none when the text names the device without a count
  std::string model;            ///< the corpus name when the catalog knows it, else as written

  bool operator==(const DeviceMention&) const = default;
};

struct CostStatement {
  FigureKind figure;
  double value = 0;
  std::string unit;  ///< as written ("GPU hours", "tCO2eq")
  bool approximate = false;
  std::optional<DeviceMention> device;
  std::string file;
  unsigned line = 0;    ///< 1-based, of the number
  unsigned column = 0;  ///< 1-based, in characters
  uint32_t offset = 0;  ///< of the number, in bytes from the start of the file
  uint32_t length = 0;  ///< of the statement in the file, in bytes
  std::string text;     ///< the sentence it was found in
  /// The first cell of its table row (`Llama 2 7B`), the system it is of; empty in prose.
  std::string row_label;
  /// That a careful reader lists it, by confidence_model.h; 1 until extract_paper weighs it.
  double confidence = 1;
  /// Where its number begins in `text`, in bytes (0 where the text is a cell or a card's field).
  uint32_t text_at = 0;

  bool operator==(const CostStatement&) const = default;
};

}  // namespace costlint::extract
