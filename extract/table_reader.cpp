// Tables read row by row: the unit each column's header (or a caption, a
// heading, a label on its side) gives the bare numbers under it. table_numbers()
// of table_cells.h.

#include <algorithm>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "extract/caption_units.h"
#include "extract/column_names.h"
#include "extract/header_row.h"
#include "extract/plain_text.h"
#include "extract/prose_cues.h"
#include "extract/table_cells.h"
#include "extract/table_row.h"
#include "extract/unit_phrase.h"
#include "ir/text_case.h"

namespace costlint::extract {
namespace {

/// Whether a cell holds a ratio alone, a number marked `×` (`1.00×`, `2.3x`; not `3800 3.2×`,
/// a value and its gain).
bool ratio_cell(std::string_view cell) {
  std::string_view text = trimmed(cell);
  if (text.ends_with("×")) text.remove_suffix(std::string_view("×").size());
  else if (text.ends_with("x")) text.remove_suffix(1);
  else return false;
  while (!text.empty() && text.back() == ' ') text.remove_suffix(1);
  if (text.empty() || !ascii_digit(text.back())) return false;
  while (!text.empty() && (ascii_digit(text.back()) || text.back() == '.')) text.remove_suffix(1);
  return std::none_of(text.begin(), text.end(), [](char c) { return ascii_digit(c); });
}

/// The first sentence of a line: up to a `. ` before a capital or a mark of code, or all of it.
std::string_view first_sentence(std::string_view line) {
  for (size_t stop = line.find(". "); stop != std::string_view::npos && stop + 2 < line.size();
       stop = line.find(". ", stop + 1)) {
    char next = line[stop + 2];
    if ((next >= 'A' && next <= 'Z') || next == '`') return line.substr(0, stop + 1);
  }
  return line;
}

/// The caption under a table's rows (LaTeX's `\caption` after its `tabular`:
/// `Time in hours, energy in kWh.`), looked for once a run of rows: a table
/// whose blank lines split its rows is walked once, not once a part.
class CaptionBelow {
 public:
  /// What the caption below the rows that start at `start` says of them.
  CaptionUnit of_rows_at(std::string_view text, size_t start, UnitReader& units) {
    if (start < scanned_until_) return said_;
    said_ = {};
    size_t at = start;
    for (int blanks = 0; at < text.size() && blanks <= kMaxBlankLines;) {
      size_t line_start = at;
      size_t end = std::min(text.find('\n', at), text.size());
      std::string_view line = text.substr(at, end - at);
      at = end + 1;
      if (line.find(kCellSeparator) != std::string_view::npos) {
        // A blank line, then a header: the next table, which the caption below is not this one's
        // (and which looks for its own, from its header on).
        if (blanks > 0 && heads_columns(cells_of(line, line_start))) {
          at = line_start;
          break;
        }
        blanks = 0;
      } else if (line.find_first_not_of(" \r") == std::string_view::npos) {
        ++blanks;
      } else {
        // Not a heading, nor a line that leads into what follows (`Training time (hours) on one A100:`).
        std::string_view words = trimmed(line);
        if (!markdown_heading(line) && !words.ends_with(":")) {
          said_ = caption_unit(line, units);
          // A caption gives its unit in its first sentence (`Training time (GPU hours). Lower is
          // better.`); a paragraph's later sentence (`... the training speed (tokens/sec)`) is prose.
          said_.apart = blanks > 0 && !caption_unit(first_sentence(words), units).given;
          caption_line_ = line_start;
        }
        break;
      }
    }
    scanned_until_ = at;
    return said_;
  }
  /// Where the line read as a caption below starts: it says nothing of the table after it.
  size_t caption_line() const { return caption_line_; }

 private:
  /// The blank lines a source's markup leaves between a table's last row and its caption.
  static constexpr int kMaxBlankLines = 3;
  size_t scanned_until_ = 0;
  size_t caption_line_ = std::string_view::npos;
  CaptionUnit said_;
};

/// The state of one table: the unit of each column, from its header row.
class TableReader {
 public:
  explicit TableReader(UnitReader& units) : units_(units) {}

  /// A row of `line`; `titled` when a title line stands just above it, `after_blank` a blank line.
  void row(std::string_view line, size_t offset, bool titled, bool after_blank, std::vector<TableNumber>& out) {
    std::vector<Cell> cells = cells_of(line, offset);
    // `|---|:---:|`: a row of units in brackets may still follow the header (`| | (M) | (G) |`).
    if (rule_row(cells)) {
      after_rule_ = header_above_;
      return;
    }
    std::vector<std::optional<UnitReading>> units;
    for (const Cell& cell : cells)  // a cell that starts with a number (`11.3 ms`) is data, no header
      units.push_back(starts_with_number(cell) ? std::nullopt : units_.header(cell.text));
    read_beside_each_other(cells, units);
    size_t first = 0;
    while (first < cells.size() && blank(cells[first].text)) ++first;
    auto named = std::count_if(units.begin(), units.end(), [](const auto& unit) { return unit.has_value(); });
    // A table on its side: the row's first cell names the unit of the numbers after it (a row of
    // names alone, `| Params | n_layers |`, heads its columns).
    bool sideways = first < cells.size() && units[first] && named == 1 && has_number(cells);
    // A blank line ends a Markdown table: a row of words after it heads the next, and is no row of this one.
    bool heads_next = after_blank && heads_columns(cells);
    // `| Test | EMEA | 2k | 38k |` and the rows under a `\multirow` of `Test` (their first cell
    // blank): data held out, whose counts are no training's.
    if (std::any_of(columns_.begin(), columns_.end(), counts_data) && !cells.empty() && !blank(cells[0].text))
      held_out_rows_ = names_held_out(folded(trimmed(cells[0].text)));
    for (size_t i = 0; i < cells.size() && i < columns_.size() && !heads_next; ++i) {
      if (held_out_rows_ && counts_data(columns_[i])) continue;
      // `| BPE | 1.00× |` over `| DST | 1.22 |` under `Throughput`: a column of ratios to a baseline.
      if (columns_[i] && ratio_cell(cells[i].text)) relative_[i] = true;
      if (columns_[i] && !relative_[i]) {
        // `| Tokens | 1.37e+09 |` under `Train`: a row that names its own unit is read by it (sideways).
        size_t before = out.size();
        if (!sideways || columns_[i]->figure == units[first]->figure) add(cells[i], *columns_[i], headers_[i], out);
        // `| 8 | ... | A100 |` under `#GPUs` and `GPU Type`: the count is of the device the row names.
        for (size_t added = before; added < out.size() && columns_[i]->figure == FigureKind::Hardware; ++added)
          if (out[added].device.empty()) out[added].device = row_device(cells);
      } else if (device_columns_[i]) {
        // Not where a column counts the devices (`# GPUs`), nor in a table of two columns, a key's and its value's.
        bool counted = std::any_of(columns_.begin(), columns_.end(),
                                   [](const auto& unit) { return unit && unit->figure == FigureKind::Hardware; });
        // Nor in a row one cell spans, a group's heading (`\multicolumn{5}{l}{Our Experiments:}`).
        if (!counted && headers_.size() > 2 && !spans_all(cells))
          if (auto device = device_in(cells[i], headers_[i])) out.push_back(std::move(*device));
      } else if (caption_.given && !sideways && captioned_column(headers_[i])) {
        auto unit = caption_.sized_only ? std::nullopt : captioned(i);
        auto number = caption_.sized_only ? sized_number_in(cells[i])
                      : unit              ? number_in(cells[i], unit->figure, unit->scale)
                                          : std::nullopt;
        if (number) {
          number->header = headers_[i];
          out.push_back(std::move(*number));
        }
      }
    }
    if (!columns_.empty()) caption_rows_ = true;
    // A header names its columns: a row with a number in a cell of its own is data.
    bool numbers = has_number(cells);
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
      bool data = counts_data(side_unit_);
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
    titled = titled || heads_next;
    // (Not `| Python | 3.9.18 |`, a version under `| Storage | 2 TB |`: a row of data.)
    bool second_head = header_above_ && !titled && columns_.size() == units.size() && !numbers && has_words(cells) &&
                       !spans_all(cells) && (!after_rule_ || bracketed_only(cells)) &&
                       std::none_of(cells.begin(), cells.end(), starts_with_number);
    bool heads = ((named > 0 || titled) && !numbers) || captioned_head || second_head;
    if (heads) {
      std::vector<std::string> headers;
      for (const Cell& cell : cells) headers.emplace_back(trimmed(cell.text));
      if (second_head)
        for (size_t i = 0; i < units.size(); ++i) join_header(i, headers[i], units[i]);
      // `Cards` counts devices beside other costs (MindSpore's tables), not alone (a card game's).
      bool costs = std::count_if(units.begin(), units.end(), [](const auto& unit) { return unit.has_value(); }) > 1;
      for (size_t i = 0; i < units.size(); ++i)
        if (!costs && folded(headers[i]) == "cards") units[i].reset();
      columns_ = std::move(units);
      headers_ = std::move(headers);
      relative_.assign(columns_.size(), false);
      device_columns_.clear();
      for (const std::string& header : headers_) device_columns_.push_back(names_devices(header));
      captioned_.clear();
    }
    header_above_ = heads;
    after_rule_ = false;
  }

  /// A line outside any table ends the table (table_numbers() lets one short line pass).
  void end() {
    columns_.clear();
    relative_.clear();
    headers_.clear();
    device_columns_.clear();
    captioned_.clear();
    names_.clear();
    side_unit_.reset();
    header_above_ = false;
    held_out_rows_ = false;
    if (caption_rows_) caption_ = {}, captioned_.clear();  // a caption says what one table counts
    caption_rows_ = false;
  }

  /// What the caption under the table says of it, where none above said anything:
  /// only the units it gives a column by name (`Time in hours`).
  void caption_below(CaptionUnit said) {
    if (caption_.given || !said.given || said.sized_only) return;
    caption_ = std::move(said);
    caption_.named_only = true;
    caption_rows_ = false;
    captioned_.clear();
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
      captioned_.clear();
    } else if (!heading_holds && (heading || long_line || caption_rows_)) {
      caption_ = {};
      caption_rows_ = false;
      captioned_.clear();
    }
  }

 private:
  /// Whether a column's unit counts data (samples or tokens), which a held-out split's rows do not.
  static bool counts_data(const std::optional<UnitReading>& unit) {
    return unit && (unit->figure == FigureKind::Samples || unit->figure == FigureKind::Tokens);
  }

  /// The device a row names in a device column, as written; empty if none.
  std::string row_device(const std::vector<Cell>& cells) const {
    for (size_t i = 0; i < cells.size() && i < device_columns_.size(); ++i)
      if (device_columns_[i])
        if (auto device = device_in(cells[i], headers_[i])) return device->device;
    return {};
  }

  /// The unit the caption gives column `i`, worked out once a table for all its columns.
  std::optional<UnitReading> captioned(size_t i) {
    if (captioned_.size() != headers_.size()) {
      captioned_ = caption_.of_columns(headers_);
      // `throughput (Requests Per Second)` over `| Concurrent User | RPS |`: the one rate a caption
      // gives is the column's that declares it already, not the others' (a serving table's settings).
      // A duration or an energy stays every column's (`Training time, in hours` over two stages).
      auto is_rate = [](const auto& unit) { return unit && unit->figure == FigureKind::Throughput; };
      bool declared = caption_.units.size() == 1 && caption_.units.front().unit.figure == FigureKind::Throughput &&
                      std::any_of(columns_.begin(), columns_.end(), is_rate);
      if (declared) std::fill(captioned_.begin(), captioned_.end(), std::nullopt);
    }
    return captioned_[i];
  }

  static void add(const Cell& cell, const UnitReading& unit, std::string_view header,
                  std::vector<TableNumber>& out) {
    // `280K (validation)`: a held-out split's count, which its cell says in brackets.
    if (size_t open = cell.text.find('('); counts_data(unit) && open != std::string::npos) {
      std::string_view said = std::string_view(cell.text).substr(open + 1);
      if (names_held_out(folded(trimmed(said.substr(0, said.find(')')))))) return;
    }
    if (auto number = number_in(cell, unit.figure, unit.scale)) {
      number->header = std::string(header);
      // `| GPT-3 | 300B |` under `Training Data` or `Data Size`: billions and trillions of a language
      // model's data are tokens.
      std::string_view written = trimmed(cell.text);
      if (unit.figure == FigureKind::Samples && (written.ends_with("B") || written.ends_with("T"))) {
        std::string name = folded(trimmed(header));
        if (name.ends_with("data") || name.ends_with("data size")) number->figure = FigureKind::Tokens;
      }
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
    // `Node/s` under `Iteration rate (millions)`: counted in the magnitude above.
    auto magnitude = bracketed_magnitude(headers_[i]);
    if (unit && magnitude && !columns_[i] &&
        (unit->figure == FigureKind::Throughput || unit->figure == FigureKind::Parameters ||
         unit->figure == FigureKind::Samples || unit->figure == FigureKind::Tokens))
      unit->scale *= *magnitude;
  }

  UnitReader& units_;
  std::vector<std::optional<UnitReading>> columns_;
  std::vector<std::string> headers_;
  std::vector<bool> device_columns_;  ///< whether each of headers_ names the devices its column lists
  CaptionUnit caption_;  ///< what the last line of prose before the table said of it
  std::vector<bool> relative_;  ///< columns_ shown to hold ratios by a cell marked `×`
  std::vector<std::optional<UnitReading>> captioned_;  ///< caption_'s unit of each of headers_, once found
  bool caption_rows_ = false;  ///< whether a table's rows were read under caption_
  bool header_above_ = false;  ///< whether the row above this one headed the table
  bool after_rule_ = false;    ///< whether a Markdown rule row stands between that header and this row
  bool held_out_rows_ = false;  ///< whether the rows since the last labelled one are a held-out split's
  std::vector<std::string> names_;  ///< the columns' names: the table's first row of words, folded
  std::optional<UnitReading> side_unit_;  ///< the unit of the label on its side above, while it spans rows
  std::string side_label_;                ///< that label, as written
};

}  // namespace

std::vector<TableNumber> table_numbers(std::string_view text, UnitReader& units) {
  std::vector<TableNumber> out;
  TableReader table(units);
  // A short line between rows (`Fixed dataset, self-supervised`) titles the
  // rows after it; the table goes on. A second line, or a long one, ends it.
  bool titled = false, blank = false, in_rows = false;
  CaptionBelow below;
  for (size_t line_start = 0; line_start < text.size();) {
    size_t line_end = std::min(text.find('\n', line_start), text.size());
    std::string_view line = text.substr(line_start, line_end - line_start);
    bool blank_before = std::exchange(blank, false);
    if (line.find(kCellSeparator) != std::string_view::npos) {
      if (!in_rows) table.caption_below(below.of_rows_at(text, line_start, units));
      table.row(line, line_start, titled, blank_before, out);
      titled = false;
      in_rows = true;
    } else if (line.find_first_not_of(" \r") == std::string_view::npos) {
      blank = true;
      in_rows = false;
    } else {
      in_rows = false;
      if (titled || line.size() > kMaxTitleBytes || markdown_heading(line)) table.end();
      CaptionUnit said = line_start == below.caption_line() ? CaptionUnit{} : caption_unit(line, units);
      table.prose(std::move(said), line.size() > kMaxTitleBytes, markdown_heading(line));
      titled = !titled && line.size() <= kMaxTitleBytes;
    }
    line_start = line_end + 1;
  }
  return out;
}

}  // namespace costlint::extract
