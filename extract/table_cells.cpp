#include "extract/table_cells.h"

#include <algorithm>
#include <optional>
#include <unordered_set>
#include <utility>

#include "extract/cost_grammar.h"
#include "extract/number_text.h"
#include "extract/plain_text.h"
#include "extract/prose_cues.h"
#include "extract/unit_phrase.h"
#include "ir/text_case.h"

namespace costlint::extract {
namespace {

namespace g = cost_grammar;

/// How long a table row is read for its label.
constexpr size_t kMaxRow = 2048;
/// How long a line between a table's rows may be and still title them.
constexpr size_t kMaxTitleBytes = 64;
/// How many rows up a column's header is looked for.
constexpr size_t kMaxHeaderRows = 64;
/// The most addends a cell's sum is read as (`72 + 12`): a longer sum is no cost papers write.
constexpr size_t kMaxAddends = 8;
/// The longest column header a caption's unit reaches (a device's or a system's name).
constexpr size_t kMaxCaptionedHeader = 64;

struct Cell {
  size_t offset = 0;  ///< in the plain text
  std::string_view text;
};

/// The cells of a row that starts at `offset`. `| a | b |` and `a | b` are the
/// same row: a leading separator opens no cell.
std::vector<Cell> cells_of(std::string_view line, size_t offset) {
  if (!line.empty() && line.front() == kCellSeparator) line.remove_prefix(1), ++offset;
  std::vector<Cell> cells;
  for (size_t start = 0; start <= line.size();) {
    size_t end = std::min(line.find(kCellSeparator, start), line.size());
    cells.push_back({offset + start, line.substr(start, end - start)});
    start = end + 1;
  }
  return cells;
}

bool blank(std::string_view cell) { return cell.find_first_not_of(" ") == std::string_view::npos; }

std::string_view trimmed(std::string_view cell) {
  size_t first = cell.find_first_not_of(' ');
  if (first == std::string_view::npos) return {};
  return cell.substr(first, cell.find_last_not_of(' ') - first + 1);
}

/// Whether what follows a cell's number is a remark in parentheses, which says
/// nothing of its unit (`25.12 (2 on GPU)`: the batch and where it ran).
bool remark_only(std::string_view rest) {
  if (rest.size() >= 2 && rest.front() == '(' && rest.back() == ')' && rest.find_first_of("()", 1) == rest.size() - 1)
    return true;
  // A footnote's mark (`9.8^*`, `6.1†`), or the spread of repeated runs (`40.2 ± 0.3`).
  for (bool mark = true; mark && !rest.empty();) {
    mark = false;
    for (std::string_view sign : {"^", "*", "†", "‡", "§", "¶"})
      if (rest.starts_with(sign)) rest.remove_prefix(sign.size()), mark = true;
  }
  if (rest.empty()) return true;
  for (std::string_view spread : {"±", "+-", "+/-"})
    if (rest.starts_with(spread)) {
      std::string_view deviation = trimmed(rest.substr(spread.size()));
      return !deviation.empty() && match<g::number_value>(deviation) == deviation.size();
    }
  return false;
}

/// The cell's number, when the cell holds a number and nothing else but a
/// remark (more is the prose scan's to read).
std::optional<TableNumber> number_in(const Cell& cell, FigureKind figure, double scale) {
  size_t lead = cell.text.find_first_not_of(" ");
  if (lead == std::string_view::npos) return std::nullopt;
  // `~350M`, `≈ 134M`: an approximate number is still the cell's number.
  for (std::string_view about : {"~", "≈", "∼"})
    if (cell.text.substr(lead).starts_with(about)) {
      lead = cell.text.find_first_not_of(" ", lead + about.size());
      if (lead == std::string_view::npos) return std::nullopt;  // `~` alone
      break;
    }
  auto number = match<g::number>(cell.text.substr(lead));
  if (!number) return std::nullopt;
  std::string_view rest = trimmed(cell.text.substr(lead + *number));
  if (!rest.empty() && !remark_only(rest)) return std::nullopt;
  size_t begin = cell.offset + lead;
  return TableNumber{begin, begin + *number, figure, number_value(cell.text.substr(lead, *number)) * scale, {}};
}

/// `55G` under `Size(GB)`, `80 GB` under `Memory (GB)`: a number followed by its
/// column's unit again, or by the unit's first letters.
std::optional<TableNumber> echoing_header(const Cell& cell, std::string_view header, const UnitReading& unit) {
  std::string_view text = trimmed(cell.text);
  auto number = match<g::number_value>(text);
  size_t open = header.find_first_of("([");
  size_t close = header.find_last_of(")]");
  if (!number || *number == text.size() || open == std::string_view::npos || close == std::string_view::npos ||
      close <= open)
    return std::nullopt;
  std::string echo = folded(trimmed(text.substr(*number)));
  std::string written = folded(trimmed(header.substr(open + 1, close - open - 1)));
  if (echo.empty() || !written.starts_with(echo) || !std::all_of(echo.begin(), echo.end(), ascii_letter))
    return std::nullopt;
  size_t begin = cell.offset + static_cast<size_t>(text.data() - cell.text.data());
  return TableNumber{begin, begin + *number, unit.figure, number_value(text.substr(0, *number)) * unit.scale,
                     std::string(header)};
}

/// The addends of a cell that holds a sum (`72 + 12` GPU-hours: pretraining,
/// then fine-tuning), each at its place; nothing for any other cell.
std::vector<TableNumber> addends_in(const Cell& cell, FigureKind figure, double scale) {
  std::vector<TableNumber> out;
  size_t at = cell.text.find_first_not_of(' ');
  while (at != std::string_view::npos && at < cell.text.size()) {
    auto number = match<g::number>(cell.text.substr(at));
    if (!number || out.size() == kMaxAddends) return {};
    size_t begin = cell.offset + at;
    out.push_back({begin, begin + *number, figure, number_value(cell.text.substr(at, *number)) * scale, {}});
    at = cell.text.find_first_not_of(' ', at + *number);
    if (at == std::string_view::npos) break;
    if (cell.text[at] != '+') return {};
    at = cell.text.find_first_not_of(' ', at + 1);
    if (at == std::string_view::npos) return {};  // `72 +`
  }
  return out.size() >= 2 ? out : std::vector<TableNumber>{};
}

/// The cell's number when it carries its magnitude (`5.6 B`, `350M`): a model's
/// size, under a caption that says the table counts parameters.
std::optional<TableNumber> sized_number_in(const Cell& cell) {
  std::string_view text = trimmed(cell.text);
  if (text.empty() || match<g::number>(text) != text.size() || match<g::number_value>(text) == text.size())
    return std::nullopt;
  return number_in(cell, FigureKind::Parameters, 1);
}

/// Whether a column's header (folded) names a quantity that is no cost: a
/// batch, a year, a score, a size of data (`Batch Size`, `Year`, `Accuracy`).
bool names_other_quantity(std::string_view words) {
  static const std::unordered_set<std::string_view> kOtherQuantities = {
      "batch", "year", "years", "epoch", "epochs", "step", "steps", "layer", "layers", "acc", "accuracy",
      "score", "precision", "recall", "f1", "bleu", "rouge", "map", "top", "rank", "seed", "lr", "rate",
      "resolution", "dim", "heads", "length", "len", "size", "id", "no"};
  for (size_t at = 0; at < words.size();) {
    size_t end = at;
    while (end < words.size() && ascii_alnum(words[end])) ++end;
    if (end > at && kOtherQuantities.count(words.substr(at, end - at))) return true;
    at = end + 1;
  }
  return false;
}

/// Whether a column's header (folded) names data held out: `Validation`, `Test`, `Dev`.
bool names_held_out(std::string_view words) {
  for (std::string_view split : {"validation", "val", "test", "dev", "eval", "evaluation", "held-out", "heldout"})
    if (words == split || words.starts_with(std::string(split) + " ")) return true;
  return false;
}

/// Whether a column without a unit of its own takes its table's caption unit:
/// one whose header names a device, a system or a split (`A100`, `Total`), not
/// another quantity (`Batch`, `Year`, `Accuracy`); a header longer than any
/// unit's is none.
bool captioned_column(std::string_view header) {
  if (header.size() > kMaxCaptionedHeader) return false;
  std::string words = folded(header);
  return words.find_first_of("%#") == std::string::npos && !names_other_quantity(words);
}

/// Whether a row has words in it, not a rule's dashes alone.
bool has_words(const std::vector<Cell>& cells) {
  return std::any_of(cells.begin(), cells.end(), [](const Cell& cell) {
    return std::any_of(cell.text.begin(), cell.text.end(), [](char c) { return ascii_letter(c); });
  });
}

/// Whether a row is one cell over all columns (`\multicolumn{7}{l}{IXI-trained}`): a title, no header.
bool spans_all(const std::vector<Cell>& cells) {
  return cells.size() > 1 && std::all_of(cells.begin(), cells.end(), [&](const Cell& cell) {
           return trimmed(cell.text) == trimmed(cells.front().text);
         });
}

bool starts_with_number(const Cell& cell) {
  size_t lead = cell.text.find_first_not_of(" ");
  return lead != std::string_view::npos && match<g::number>(cell.text.substr(lead)).has_value();
}

/// What a caption or a heading before a table says of its unit-less columns:
/// that they count parameters (then only sizes with their magnitude, `5.6 B`,
/// are read), or their unit (`Inference speed (Token/sec)`).
struct CaptionUnit {
  bool given = false;  ///< whether the line says anything of the table
  UnitReading unit{FigureKind::Parameters, 1};
  bool sized_only = false;
  bool heading = false;  ///< said by a Markdown heading: it holds over the paragraph under it
};

/// Whether a line of the plain text is a Markdown heading: it starts with `#`
/// (a LaTeX source's `\#` seldom starts a line of prose).
bool markdown_heading(std::string_view line) {
  size_t lead = line.find_first_not_of(' ');
  return lead != std::string_view::npos && line[lead] == '#';
}

/// The unit a line of prose gives the table after it, if any.
CaptionUnit caption_unit(std::string_view line, UnitReader& units) {
  if (names_parameters(line)) return CaptionUnit{true, {FigureKind::Parameters, 1}, true, markdown_heading(line)};
  // A unit in parentheses that ends the line: `## Inference speed ( Token/sec )`, `Training time (hours)`.
  std::string_view words = trimmed(line);
  while (!words.empty() && (words.back() == '.' || words.back() == ':' || words.back() == '}' ||
                            words.back() == '\r' || words.back() == ' '))
    words.remove_suffix(1);
  if (words.empty() || words.back() != ')') return {};
  size_t open = words.rfind('(');
  if (open == std::string_view::npos) return {};
  std::string_view inside = trimmed(words.substr(open + 1, words.size() - open - 2));
  auto unit = inside.empty() ? std::nullopt : units.unit(inside);
  if (!unit || unit->figure == FigureKind::Samples || unit->figure == FigureKind::Tokens ||
      unit->figure == FigureKind::Hardware || unit->figure == FigureKind::Parameters)
    return {};
  return CaptionUnit{true, *unit, false, markdown_heading(line)};
}

/// The state of one table: the unit of each column, from its header row.
class TableReader {
 public:
  explicit TableReader(UnitReader& units) : units_(units) {}

  /// A row of `line`; `titled` when a title line stands just above it, `after_blank` a blank line.
  void row(std::string_view line, size_t offset, bool titled, bool after_blank, std::vector<TableNumber>& out) {
    std::vector<Cell> cells = cells_of(line, offset);
    std::vector<std::optional<UnitReading>> units;
    for (const Cell& cell : cells)  // a cell that starts with a number (`11.3 ms`) is data, no header
      units.push_back(starts_with_number(cell) ? std::nullopt : units_.header(cell.text));
    size_t first = 0;
    while (first < cells.size() && blank(cells[first].text)) ++first;
    auto named = std::count_if(units.begin(), units.end(), [](const auto& unit) { return unit.has_value(); });
    // A table on its side: the row's first cell names the unit of the numbers after it.
    bool sideways = first < cells.size() && units[first] && named == 1;
    for (size_t i = 0; i < cells.size() && i < columns_.size(); ++i) {
      if (columns_[i]) {
        add(cells[i], *columns_[i], headers_[i], out);
      } else if (caption_.given && !sideways && captioned_column(headers_[i])) {
        auto number = caption_.sized_only ? sized_number_in(cells[i])
                                          : number_in(cells[i], caption_.unit.figure, caption_.unit.scale);
        if (number) {
          number->header = headers_[i];
          out.push_back(std::move(*number));
        }
      }
    }
    if (!columns_.empty()) caption_rows_ = true;
    // A header names its columns: a row with a number in a cell of its own is data.
    bool numbers = std::any_of(cells.begin(), cells.end(),
                               [](const Cell& cell) { return number_in(cell, FigureKind::Hardware, 1).has_value(); });
    // A table's first row of words names its columns; after a blank line, the next table's does.
    if ((names_.empty() || after_blank) && !numbers && has_words(cells) && !spans_all(cells)) {
      names_.clear();
      for (const Cell& cell : cells) names_.emplace_back(folded(trimmed(cell.text)));
    }
    // The rows under a label on its side that spans them (`\multirow{4}{*}{Memory
    // Usage (mb)}`) have their first cell blank, and share its unit.
    bool spanned = !sideways && first > 0 && side_unit_ && numbers;
    if (sideways) {
      side_unit_ = units[first];
      side_label_ = std::string(trimmed(cells[first].text));
    } else if (!spanned) {
      side_unit_.reset();
    }
    if (sideways || spanned) {
      // Not a `Batch Size` column's numbers, nor a `Validation` column's counts of data.
      bool data = side_unit_->figure == FigureKind::Samples || side_unit_->figure == FigureKind::Tokens;
      for (size_t i = sideways ? first + 1 : first; i < cells.size(); ++i)
        if (i >= names_.size() || !(names_other_quantity(names_[i]) || (data && names_held_out(names_[i]))))
          add(cells[i], *side_unit_, side_label_, out);
      header_above_ = false;
      return;
    }
    // After a title line, a row without numbers heads a new table, whatever it names;
    // after a caption, the first row of words heads the table, even with a number
    // among them (`| Model | A100 | 4090 |`).
    bool captioned_head = caption_.given && columns_.empty() && has_words(cells);
    // A row of words under the header row goes on with it (`#Params` over `(M)`,
    // `params` over `$\times10^6$`): a header LaTeX writes on two lines.
    bool second_head = header_above_ && !titled && columns_.size() == units.size() && !numbers && has_words(cells) &&
                       !spans_all(cells);
    bool heads = ((named > 0 || titled) && !numbers) || captioned_head || second_head;
    if (heads) {
      std::vector<std::string> headers;
      for (const Cell& cell : cells) headers.emplace_back(trimmed(cell.text));
      if (second_head)
        for (size_t i = 0; i < units.size(); ++i) join_header(i, headers[i], units[i]);
      columns_ = std::move(units);
      headers_ = std::move(headers);
    }
    header_above_ = heads;
  }

  /// A line outside any table ends the table (table_numbers() lets one short line pass).
  void end() {
    columns_.clear();
    headers_.clear();
    names_.clear();
    side_unit_.reset();
    header_above_ = false;
    if (caption_rows_) caption_ = {};  // a caption says what one table counts
    caption_rows_ = false;
  }

  /// What a line of prose before the next table says of it: a caption's unit
  /// replaces another's; other prose ends a caption whose table has been read,
  /// but a heading's holds over the paragraph under it, up to the next heading.
  void prose(CaptionUnit said, bool long_line, bool heading) {
    // `### Generation Throughput (token/s)`, then a note on the table, then the table.
    bool heading_holds = caption_.heading && !heading && !caption_rows_;
    if (said.given) {
      caption_ = said;
      caption_rows_ = false;
    } else if (!heading_holds && (heading || long_line || caption_rows_)) {
      caption_ = {};
      caption_rows_ = false;
    }
  }

 private:
  static void add(const Cell& cell, const UnitReading& unit, std::string_view header,
                  std::vector<TableNumber>& out) {
    if (auto number = number_in(cell, unit.figure, unit.scale)) {
      number->header = std::string(header);
      out.push_back(std::move(*number));
      return;
    }
    for (TableNumber& addend : addends_in(cell, unit.figure, unit.scale)) {
      addend.header = std::string(header);
      out.push_back(std::move(addend));
    }
    if (auto number = echoing_header(cell, header, unit)) out.push_back(std::move(*number));
  }

  /// Column `i`'s header read on with the row under it: their words together
  /// (`#Params (M)`) where they name a unit, else the unit of either, the lower's first.
  void join_header(size_t i, std::string& header, std::optional<UnitReading>& unit) {
    if (header.empty() || headers_[i].empty()) {
      if (header.empty()) header = headers_[i];
    } else if (auto both = units_.header(headers_[i] + " " + header)) {
      header = headers_[i] + " " + header;
      unit = both;
      return;
    }
    if (!unit) unit = columns_[i];
  }

  UnitReader& units_;
  std::vector<std::optional<UnitReading>> columns_;
  std::vector<std::string> headers_;
  CaptionUnit caption_;  ///< what the last line of prose before the table said of it
  bool caption_rows_ = false;  ///< whether a table's rows were read under caption_
  bool header_above_ = false;  ///< whether the row above this one headed the table
  std::vector<std::string> names_;  ///< the columns' names: the table's first row of words, folded
  std::optional<UnitReading> side_unit_;  ///< the unit of the label on its side above, while it spans rows
  std::string side_label_;                ///< that label, as written
};

/// The line of `text` holding `at`; empty when it runs further than `reach` on
/// either side (looking further would make a long line quadratic).
std::string_view line_around(std::string_view text, size_t at, size_t reach) {
  size_t from = at > reach ? at - reach : 0;
  size_t start = text.substr(from, at - from).rfind('\n');
  if (start == std::string_view::npos && from > 0) return {};
  start = start == std::string_view::npos ? 0 : from + start + 1;
  size_t end = text.substr(at, reach).find('\n');
  if (end == std::string_view::npos && at + reach < text.size()) return {};
  end = end == std::string_view::npos ? text.size() : at + end;
  return text.substr(start, end - start);
}

}  // namespace

std::vector<TableNumber> table_numbers(std::string_view text, UnitReader& units) {
  std::vector<TableNumber> out;
  TableReader table(units);
  // A short line between rows (`Fixed dataset, self-supervised`) titles the
  // rows after it; the table goes on. A second line, or a long one, ends it.
  bool titled = false, blank = false;
  for (size_t line_start = 0; line_start < text.size();) {
    size_t line_end = std::min(text.find('\n', line_start), text.size());
    std::string_view line = text.substr(line_start, line_end - line_start);
    bool blank_before = std::exchange(blank, false);
    if (line.find(kCellSeparator) != std::string_view::npos) {
      table.row(line, line_start, titled, blank_before, out);
      titled = false;
    } else if (line.find_first_not_of(" \r") == std::string_view::npos) {
      blank = true;
    } else {
      if (titled || line.size() > kMaxTitleBytes) table.end();
      table.prose(caption_unit(line, units), line.size() > kMaxTitleBytes, markdown_heading(line));
      titled = !titled && line.size() <= kMaxTitleBytes;
    }
    line_start = line_end + 1;
  }
  return out;
}

size_t ColumnHeaders::header_row(size_t row) {
  // Up the table to its first row, within reach, stopping at a row already placed.
  std::vector<size_t> rows = {row};
  size_t top = row;
  while (rows.size() <= kMaxHeaderRows && top > 0) {
    if (auto known = header_of_row_.find(top); known != header_of_row_.end()) {
      top = known->second;
      break;
    }
    std::string_view above = line_around(text_, top - 1, kMaxRow);
    if (above.find(kCellSeparator) == std::string_view::npos) {
      // One short line between rows (a rule's `1pt`, a title) is passed, as table_numbers() passes it.
      if (above.data() == nullptr || above.size() > kMaxTitleBytes) break;  // a line too long to read
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

std::string row_label(std::string_view text, size_t at) {
  std::string_view line = line_around(text, at, kMaxRow);
  if (line.find(kCellSeparator) == std::string_view::npos) return {};
  for (const Cell& cell : cells_of(line, static_cast<size_t>(line.data() - text.data()))) {
    size_t first = cell.text.find_first_not_of(" ");
    if (first == std::string_view::npos) continue;
    if (cell.offset + first <= at && at < cell.offset + cell.text.size()) return {};  // the statement's own cell
    size_t last = cell.text.find_last_not_of(" ");
    std::string label(cell.text.substr(first, last - first + 1));
    if (ascii_digit(label.front())) return {};
    return label.size() <= 64 ? label : std::string{};
  }
  return {};
}

}  // namespace costlint::extract
