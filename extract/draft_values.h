#pragma once
// How the draft manifest writes a statement's value: in the unit the paper wrote
// it in, where the manifest language has that unit (`3.5 days` as `3.5 d`,
// `512 MiB` as `512 MiB`, `24.7 tonnes of CO2eq` as `24.7 tCO2e`), else in the
// unit that writes it shortest; a count whole, or with the suffix that keeps it
// exact (`170 M`, `1.3 B`, `20982733`).

#include <string>

#include "extract/extractor.h"

namespace costlint::extract {

/// `value [unit]` as a manifest field takes it, `~` before an estimate; the
/// statement's figure is one that manifest_field() maps to a field.
std::string draft_value(const CostStatement& s);

}  // namespace costlint::extract
