#pragma once
// How the draft manifest writes a statement's value: in the unit the paper wrote
// it in, where the manifest language has that unit (`3.5 days` as `3.5 d`,
// `512 MiB` as `512 MiB`, `24.7 tonnes of CO2eq` as `24.7 tCO2e`, `100 TPU hours`
// as `100 TPU.h`), else in the largest unit where it is a round number (`1 min
// 38 sec` as `98 s`); a count whole, or with the suffix that keeps it exact
// (`170 M`, `1.3 B`, `2000000001`). No value is rounded: twelve significant
// digits are kept where a unit's conversion leaves more.

#include <string>

#include "extract/extractor.h"

namespace costlint::extract {

/// `value [unit]` as a manifest field takes it, `~` before an estimate; the
/// statement's figure is one that manifest_field() maps to a field, its value
/// finite and not negative (draft_manifest() leaves out any other).
std::string draft_value(const CostStatement& s);

}  // namespace costlint::extract
