#include "extract/table_cells.h"

#include <cstring>
#include <string>
#include <vector>

#include "extract/plain_text.h"
#include "extract/table_row.h"
#include "ir/text_case.h"

namespace costlint::extract {
namespace {

/// How long a table row is read for its label.
constexpr size_t kMaxRow = 2048;

/// The line of `text` holding `at`; empty when it runs further than `reach` on
/// either side (looking further would make a long line quadratic).
std::string_view line_around(std::string_view text, size_t at, size_t reach) {
  size_t from = at > reach ? at - reach : 0;
  // memrchr, not rfind: a table's rows are looked up from each number in them.
  const void* newline = at > from ? memrchr(text.data() + from, '\n', at - from) : nullptr;
  if (newline == nullptr && from > 0) return {};
  size_t start = newline == nullptr ? 0 : static_cast<size_t>(static_cast<const char*>(newline) - text.data()) + 1;
  size_t end = text.substr(at, reach).find('\n');
  if (end == std::string_view::npos && at + reach < text.size()) return {};
  end = end == std::string_view::npos ? text.size() : at + end;
  return text.substr(start, end - start);
}

}  // namespace

size_t ColumnHeaders::header_row(size_t row) {
  // Up the table to its first row, stopping at a row already placed. No cap on the rows walked:
  // with one, the answer would hang on which rows were asked before (each row is walked once).
  std::vector<size_t> rows = {row};
  size_t top = row;
  while (top > 0) {
    if (auto known = header_of_row_.find(top); known != header_of_row_.end()) {
      top = known->second;
      break;
    }
    std::string_view above = line_around(text_, top - 1, kMaxRow);
    if (above.find(kCellSeparator) == std::string_view::npos) {
      // One short line between rows (a rule's `1pt`, a title) is passed, as table_numbers() passes it.
      if (above.data() == nullptr || above.size() > kMaxTitleBytes) break;  // a line too long to read
      // A blank line ends a Markdown table: a row of words after it heads the next.
      if (blank(above) && heads_columns(cells_of(line_around(text_, top, kMaxRow), top))) break;
      size_t title = static_cast<size_t>(above.data() - text_.data());
      if (title == 0) break;
      above = line_around(text_, title - 1, kMaxRow);
      if (above.find(kCellSeparator) == std::string_view::npos) break;
    }
    top = static_cast<size_t>(above.data() - text_.data());
    rows.push_back(top);
  }
  for (size_t r : rows) header_of_row_.emplace(r, top);
  return top;
}

std::string ColumnHeaders::of(size_t at) {
  std::string_view line = line_around(text_, at, kMaxRow);
  if (line.find(kCellSeparator) == std::string_view::npos) return {};
  size_t start = static_cast<size_t>(line.data() - text_.data());
  std::vector<Cell> cells = cells_of(line, start);
  size_t column = 0;
  while (column + 1 < cells.size() && cells[column + 1].offset <= at) ++column;
  size_t header_start = header_row(start);
  std::vector<Cell> heads = cells_of(line_around(text_, header_start, kMaxRow), header_start);
  return column < heads.size() ? std::string(heads[column].text) : std::string();
}

std::vector<std::string> ColumnHeaders::all(size_t at) {
  std::string_view line = line_around(text_, at, kMaxRow);
  if (line.find(kCellSeparator) == std::string_view::npos) return {};
  size_t header_start = header_row(static_cast<size_t>(line.data() - text_.data()));
  std::vector<std::string> headers;
  for (const Cell& cell : cells_of(line_around(text_, header_start, kMaxRow), header_start))
    headers.emplace_back(cell.text);
  return headers;
}

std::string row_label(std::string_view text, size_t at) {
  std::string_view line = line_around(text, at, kMaxRow);
  if (line.find(kCellSeparator) == std::string_view::npos) return {};
  for (const Cell& cell : cells_of(line, static_cast<size_t>(line.data() - text.data()))) {
    size_t first = cell.text.find_first_not_of(" ");
    if (first == std::string_view::npos) continue;
    if (cell.offset + first <= at && at < cell.offset + cell.text.size()) return {};  // the statement's own cell
    size_t last = cell.text.find_last_not_of(" ");
    std::string label(cell.text.substr(first, last - first + 1));
    // A number is no label, but a numbered item is (`7. How much CO2eq was emitted?`).
    size_t digits = label.find_first_not_of("0123456789");
    bool numbered = digits != std::string::npos && digits > 0 && label.compare(digits, 2, ". ") == 0 &&
                    digits + 2 < label.size() && ascii_letter(label[digits + 2]);
    if (ascii_digit(label.front()) && !numbered) return {};
    return label.size() <= 64 ? label : std::string{};
  }
  return {};
}

bool fills_cell(std::string_view text, size_t begin, size_t end) {
  auto edge = [&](size_t at) { return at >= text.size() || text[at] == kCellSeparator || text[at] == '\n'; };
  auto markup = [](char c) { return c == ' ' || c == '*' || c == '~' || c == '(' || c == ')'; };
  while (begin > 0 && markup(text[begin - 1])) --begin;
  while (end < text.size() && markup(text[end])) ++end;
  bool in_a_row = (begin > 0 && text[begin - 1] == kCellSeparator) || (end < text.size() && text[end] == kCellSeparator);
  return in_a_row && (begin == 0 || edge(begin - 1)) && edge(end);
}

bool fills_first_cell(std::string_view text, size_t begin, size_t end) {
  std::string_view line = line_around(text, begin, kMaxRow);
  if (line.find(kCellSeparator) == std::string_view::npos) return false;
  const Cell cell = cells_of(line, static_cast<size_t>(line.data() - text.data())).front();
  return cell.offset <= begin && begin <= cell.offset + cell.text.size() && fills_cell(text, begin, end);
}

}  // namespace costlint::extract
