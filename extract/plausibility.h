#pragma once
// Whether a number and the unit read after it state a cost here, or a
// property of something else: a rate (`0.4 seconds per step`), a setting
// (`10-minute intervals`), a card's memory (`80GB A100`), a context length, a
// held-out set, an intensity (`34 g per kWh`), a comparison (`equivalent to 83
// years of a home's energy`).

#include <string>
#include <string_view>

#include "extract/table_cells.h"
#include "extract/unit_phrase.h"

namespace costlint::extract {

class Plausibility {
 public:
  Plausibility(std::string_view text, ColumnHeaders& headers) : text_(text), headers_(headers) {}

  /// Whether `value` read as `reading`, its unit written `unit` and ending at
  /// `end` in the plain text, is a statement of cost.
  bool operator()(const UnitReading& reading, double value, std::string_view unit, size_t end) const;

 private:
  bool equivalence(size_t at) const;
  /// Whether the words just before the number of a unit at `unit_at` make it a point in a
  /// run (`beyond 3B tokens`, `converges by 1B tokens`), not its whole.
  bool point_in_run_before(size_t unit_at) const;
  /// Whether a duration, its unit at `unit_at`, is a symbol's value (`duration D=1.2 hours`,
  /// `period P=0.7 days`): a parameter of what is studied, not a run's time.
  bool symbol_assigned_before(size_t unit_at) const;
  /// Whether the clause before a duration at `at` times one step of a run (`each training step took`).
  bool per_step_before(size_t at) const;
  /// Whether a count of data, its unit at `unit_at`, is a rate's denominator (`$0.02 per 1
  /// million output tokens`, `per-million-token pricing`), not a budget.
  bool denominator_before(size_t unit_at) const;
  /// How far back `per` is looked for before a count of data.
  static constexpr size_t kDenominatorReach = 32;
  /// How far back a step's words are looked for, within the clause.
  static constexpr size_t kStepReach = 64;
  /// How far before a duration `past` or `future` makes it a horizon of the data.
  static constexpr size_t kHorizonReach = 24;

  std::string_view text_;
  ColumnHeaders& headers_;  ///< a cache: finding a header changes nothing
};

}  // namespace costlint::extract
