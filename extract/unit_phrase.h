#pragma once
// Which figure the words after a number state, and their factor to the
// figure's canonical unit: `GPU hours` is device-time (3600 device·s each),
// `tCO2eq` emissions (1e6 g), `kWh` energy (the manifest's unit table), `tokens`
// a count, `tokens/s` a throughput.

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

#include "extract/cost_statement.h"

namespace costlint::extract {

struct UnitReading {
  FigureKind figure;
  double scale;  ///< canonical units per one
};

/// The reading of `words` as a whole, or nothing when they are not a unit.
std::optional<UnitReading> read_unit(std::string_view words);

/// The unit a table's header cell gives the numbers of its column: `Time (GPU
/// hours)`, `Power (W)`, `Training Time (H)`, `Params`, `Number of Parameters (B)`.
std::optional<UnitReading> read_header_unit(std::string_view cell);

/// `Iteration rate (millions)`, `Throughput (K)`: the magnitude a header sets
/// apart in brackets, which a header under it (`Node/s`) counts in.
std::optional<double> bracketed_magnitude(std::string_view cell);

/// read_unit() and read_header_unit() that remember their readings: a paper
/// writes the same units after thousands of numbers, and the same row labels
/// in table after table. One per paper; it stops remembering at kMaxRemembered.
class UnitReader {
 public:
  std::optional<UnitReading> unit(std::string_view words) { return remembered(units_, words, read_unit); }
  std::optional<UnitReading> header(std::string_view cell) {
    return remembered(headers_, cell, read_header_unit);
  }

  static constexpr size_t kMaxRemembered = 1 << 16;

 private:
  /// Looked up by the words as they stand in the paper, without a copy.
  struct WordsHash {
    using is_transparent = void;
    size_t operator()(std::string_view words) const { return std::hash<std::string_view>{}(words); }
  };
  using Readings = std::unordered_map<std::string, std::optional<UnitReading>, WordsHash, std::equal_to<>>;
  static std::optional<UnitReading> remembered(Readings& readings, std::string_view text,
                                               std::optional<UnitReading> (*read)(std::string_view));
  Readings units_, headers_;
};

}  // namespace costlint::extract
