#pragma once
// Tables as the plain text holds them (plain_text.h): rows of cells between
// kCellSeparator. A header cell that names a unit (`Time (GPU hours)`) gives it
// to the bare numbers of its column; a row whose first cell names one (a table
// on its side) gives it to the numbers after it.

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "extract/cost_statement.h"

namespace costlint::extract {

/// A bare number in a table cell, with the unit its header gives it.
struct TableNumber {
  size_t begin = 0, end = 0;  ///< in the plain text
  FigureKind figure;
  double value = 0;    ///< in the figure's canonical unit
  std::string header;  ///< the cell that gave the unit, as written
};

class UnitReader;

/// Every such number of `text`, row by row.
std::vector<TableNumber> table_numbers(std::string_view text, UnitReader& units);

/// Whether `at` is in a table row of `text`.
bool in_table_row(std::string_view text, size_t at);

/// The header of the column of the table cell holding `at`: the cell above it
/// in the table's first row; empty in prose.
std::string column_header(std::string_view text, size_t at);

/// The first cell of the table row holding `at`, when it names something
/// (`Llama 2 7B`) rather than holds a number or `at` itself; empty in prose.
std::string row_label(std::string_view text, size_t at);

}  // namespace costlint::extract
