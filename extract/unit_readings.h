#pragma once
// The unit a number takes from the words around it: the words after it
// (`3.3M GPU hours`, `7B model`, `131k curated Reddit comments`), its table
// column's header (`53 s` under `Duration`), the last member of its list
// (`3B, 7B and 13B models`), and the smaller units that go on a duration
// (`1 min 38 sec`). Each reading is one a cost can have here (plausibility).

#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "extract/plausibility.h"
#include "extract/table_cells.h"
#include "extract/unit_phrase.h"

namespace costlint::extract {

/// A unit read for a number, as written, and the offset past it.
struct UnitAfter {
  UnitReading reading;
  std::string written;
  size_t end = 0;
};

class UnitReadings {
 public:
  UnitReadings(std::string_view text, UnitReader& units, ColumnHeaders& headers, const Plausibility& plausible)
      : text_(text), units_(units), headers_(headers), plausible_(plausible) {}

  /// The unit in the words after a number that ends at `after`, each prefix
  /// tried from the longest; `written` is the number as written.
  std::optional<UnitAfter> following(size_t after, double value, std::string_view written) const;
  /// `53 s` under `Duration`, `0.40 g` under `Emissions`: a unit that alone says
  /// too little, in a table's column whose header says what it measures (or
  /// alone in its cell: `| 3794.34 s |`); the number spans [begin, after).
  std::optional<UnitAfter> under_header(size_t begin, size_t after) const;
  /// The unit the last member of a list starting after `after` carries.
  std::optional<UnitAfter> of_list(size_t after, double value, std::string_view written) const;
  /// `2 hours 30 minutes`, `1 min 38 sec`: the smaller units that go on a
  /// duration of `scale` seconds a unit, added to `seconds`; `end` moves past
  /// them. False when the words after the whole say it is no cost (`per image`).
  bool rest_of_duration(double scale, double& seconds, size_t& end) const;

 private:
  /// Past the spaces at `at`, and a line's break among them (not a paragraph's).
  size_t past_spaces(size_t at) const;
  /// Whether a word gives the length of each item in time (`30-second`, `-minute`), not a unit.
  bool item_length(std::string_view word) const;
  std::optional<UnitAfter> dataset_count(std::span<const std::string_view> words, double value,
                                         std::string_view written) const;
  bool media_length(std::string_view header, size_t after) const;
  std::string_view rest(size_t p) const { return text_.substr(p); }
  /// Where a view into the text starts in it.
  size_t offset_of(std::string_view part) const { return static_cast<size_t>(part.data() - text_.data()); }

  std::string_view text_;
  UnitReader& units_;
  ColumnHeaders& headers_;  ///< a cache: finding a header changes nothing
  const Plausibility& plausible_;
};

}  // namespace costlint::extract
