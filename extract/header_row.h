#pragma once
// How the cells of a table's header row read each other (extract/header_row.cpp).
// Internal to extract/ (table_reader.cpp).

#include <optional>
#include <vector>

#include "extract/table_row.h"
#include "extract/unit_phrase.h"

namespace costlint::extract {

/// The units of a header row's `cells` (`units`, one a cell) once each is read beside the
/// others: `| Dataset | Train | Dev | Test |` counts the training split's items, `| Model |
/// Size (M) |` the models' parameters, `| Dataset | Size |` none of a model's, `| Lexicon |
/// Words |` no corpus, `| Window Size | Duration (min) |` no run's time.
void read_beside_each_other(const std::vector<Cell>& cells, std::vector<std::optional<UnitReading>>& units);

}  // namespace costlint::extract
