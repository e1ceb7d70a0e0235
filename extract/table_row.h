#pragma once
// A table's row as the plain text holds it (plain_text.h: cells between
// kCellSeparator, a row a line), what kind of row it is (a rule, a header, a
// row of units), and the number a cell holds: alone or with a remark, as a sum,
// or echoing its column's unit. Internal to extract/.

#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

#include "extract/table_cells.h"
#include "extract/unit_phrase.h"

namespace costlint::extract {

/// How long a line between a table's rows may be and still title them (`Fixed
/// dataset, self-supervised`): table_numbers() reads on past it, ColumnHeaders looks up past it.
constexpr size_t kMaxTitleBytes = 64;

/// A cell of a row: where it starts in the plain text, and its text.
struct Cell {
  size_t offset = 0;  ///< in the plain text
  std::string_view text;
};

/// The cells of a row that starts at `offset`. `| a | b |` and `a | b` are the
/// same row: a leading separator opens no cell.
std::vector<Cell> cells_of(std::string_view line, size_t offset);
bool blank(std::string_view cell);
std::string_view trimmed(std::string_view cell);

/// The cell's number, when the cell holds a number and nothing else but a
/// remark (`25.12 (2 on GPU)`, `40.2 ± 0.3`, `9.8^*`).
std::optional<TableNumber> number_in(const Cell& cell, FigureKind figure, double scale);
/// `55G` under `Size(GB)`: a number followed by its column's unit again, or by its first letters.
std::optional<TableNumber> echoing_header(const Cell& cell, std::string_view header, const UnitReading& unit);
/// The addends of a cell that holds a sum (`72 + 12` GPU-hours), each at its place.
std::vector<TableNumber> addends_in(const Cell& cell, FigureKind figure, double scale);
/// The cell's number when it carries its magnitude (`5.6 B`, `350M`): a model's size.
std::optional<TableNumber> sized_number_in(const Cell& cell);

/// The device a cell of a `Board` or `GPU` column names (`Coral USB Accelerator`,
/// `Raspberry Pi 4`): words with a capital or a digit, not `yes`, `-` or a number.
std::optional<TableNumber> device_in(const Cell& cell, std::string_view header);

/// Whether a row has words in it, not a rule's dashes alone.
bool has_words(const std::vector<Cell>& cells);
/// Whether a row is one cell over all columns (`\multicolumn{7}{l}{IXI-trained}`): a title.
bool spans_all(const std::vector<Cell>& cells);
/// Whether a cell of the row holds a number alone (table_row's number_in()): a row of data.
bool has_number(const std::vector<Cell>& cells);
/// Whether a row is a Markdown table's rule under its header: `|---|:---:|`.
bool rule_row(const std::vector<Cell>& cells);
/// Whether each cell of a row is blank or a unit in brackets: `| | (M) | (G) |`.
bool bracketed_only(const std::vector<Cell>& cells);
/// Whether a row heads a table after a blank line: two cells or more of words, no
/// cell's number (`ImageNet 512×512 & & &` is a title over the rows below).
bool heads_columns(const std::vector<Cell>& cells);
bool starts_with_number(const Cell& cell);

}  // namespace costlint::extract
