#pragma once
// Tables as the plain text holds them (plain_text.h): rows of cells between
// kCellSeparator. A header cell that names a unit (`Time (GPU hours)`) gives it
// to the bare numbers of its column; a row whose first cell names one (a table
// on its side) gives it to the numbers after it. table_numbers() is in
// table_reader.cpp; a row's cells in table_row.h; what a header names in column_names.h.

#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "extract/cost_statement.h"

namespace costlint::extract {

/// A bare number in a table cell, with the unit its header gives it.
struct TableNumber {
  size_t begin = 0, end = 0;  ///< in the plain text
  FigureKind figure;
  double value = 0;    ///< in the figure's canonical unit
  std::string header;  ///< the cell that gave the unit, as written
  std::string device;  ///< a device a `Board` or `GPU` column names, as written (figure Hardware, no count)
};

class UnitReader;

/// Every such number of `text`, row by row.
std::vector<TableNumber> table_numbers(std::string_view text, UnitReader& units);

/// The header of the column of a table cell: the cell above it in its table's
/// first row. The rows of one table share their header row, which is found
/// once: a table of many rows is walked up once, not once a cell.
class ColumnHeaders {
 public:
  explicit ColumnHeaders(std::string_view text) : text_(text) {}
  /// The header of the column holding `at`; empty in prose.
  std::string of(size_t at);
  /// Every header of the table holding `at`; none in prose.
  std::vector<std::string> all(size_t at);

 private:
  /// The start of the header row of the table row starting at `row`.
  size_t header_row(size_t row);

  std::string_view text_;
  std::unordered_map<size_t, size_t> header_of_row_;
};

/// The first cell of the table row holding `at`, when it names something
/// (`Llama 2 7B`) rather than holds a number or `at` itself; empty in prose.
std::string row_label(std::string_view text, size_t at);
/// Whether [begin, end) fills its table cell but for spaces and emphasis (`| **130.094 s** |`).
bool fills_cell(std::string_view text, size_t begin, size_t end);
/// Whether [begin, end) is the whole first cell of its table row (`| K40 | 547 | 248 |`).
bool fills_first_cell(std::string_view text, size_t begin, size_t end);

}  // namespace costlint::extract
