#pragma once
// The draft manifest `costlint extract` prints must pass the checker's front end
// (syntax, names, units) whatever the paper holds: the promise. Shared by
// the fuzz target (fuzz/fuzz_extract.cpp) and the replay of its findings
// (tests/fuzz_regression_test.cpp).

#include <string>
#include <string_view>
#include <vector>

#include "lint/driver.h"

namespace costlint::fuzzing {

/// The errors the front end finds in `draft`, rules left out: none for a draft that reads.
inline std::vector<std::string> draft_errors(std::string_view draft) {
  CheckOptions front_end;
  front_end.run_rules = false;
  std::vector<std::string> errors;
  for (const Diagnostic& d : check_text("draft.cost", draft, front_end).diagnostics)
    if (d.severity == Severity::Error) errors.push_back(d.message);
  return errors;
}

}  // namespace costlint::fuzzing
