// reStructuredText as plain text: as it is, but for its list-tables, whose
// rows are bullets of bullets,
//     * - Model
//       - Training Time (H)
//     * - BERT
//       - 6
// and its grid tables (`| Model | Time (s) |` between `+----+` rules), made
// rows of cells as plain_text.h has them (cells between kCellSeparator, a row a
// line), so that a header gives its unit to the numbers of its column.

#include <algorithm>
#include <string_view>

#include "extract/plain_text.h"

namespace costlint::extract {
namespace {

size_t indent_of(std::string_view line) {
  size_t n = line.find_first_not_of(' ');
  return n == std::string_view::npos ? line.size() : n;
}

class RstScanner {
 public:
  explicit RstScanner(std::string_view source) : s_(source) {}

  PlainText run() {
    out_.text.reserve(s_.size());
    for (size_t start = 0; start < s_.size();) {
      size_t end = s_.find('\n', start);
      end = end == std::string_view::npos ? s_.size() : end + 1;
      line(s_.substr(start, end - start), start);
      start = end;
    }
    return std::move(out_);
  }

 private:
  void line(std::string_view text, size_t at) {
    std::string_view content = text.substr(indent_of(text));
    bool blank = content.find_first_not_of(" \r\n") == std::string_view::npos;
    if (content.starts_with(".. list-table::")) {
      table_indent_ = indent_of(text);
      in_table_ = true;
      row_open_ = false;
    } else if (in_table_ && !blank && indent_of(text) <= table_indent_) {
      end_table(at);
    }
    if (!in_table_ && grid_line(content)) return;
    if (!in_table_ || blank || content.starts_with(":") || content.starts_with("..")) {
      out_.add_source(text, static_cast<uint32_t>(at));
      return;
    }
    size_t cell = indent_of(text);
    std::string_view bullet = content.substr(0, content.find_first_of("\r\n"));
    if (bullet.starts_with("* -") && (bullet.size() == 3 || bullet[3] == ' ')) {  // a row and its first cell
      if (row_open_) out_.add("\n", static_cast<uint32_t>(at));
      row_open_ = true;
      cell += std::min<size_t>(4, bullet.size());
    } else if (bullet.starts_with("-") && (bullet.size() == 1 || bullet[1] == ' ')) {  // the row's next cell, maybe empty
      out_.add(std::string_view(&kCellSeparator, 1), static_cast<uint32_t>(at));
      cell += std::min<size_t>(2, bullet.size());
    } else {  // a cell's text continued: joined with a space
      out_.add(" ", static_cast<uint32_t>(at));
    }
    std::string_view value = text.substr(cell);
    while (!value.empty() && (value.back() == '\n' || value.back() == '\r')) value.remove_suffix(1);
    // A row's first cell empty (`* -` alone) is a cell still: a row that began with a
    // separator would read as Markdown's `| a | b |`, its first cell none.
    if (value.find_first_not_of(' ') == std::string_view::npos && bullet.starts_with("* -"))
      out_.add(" ", static_cast<uint32_t>(at));
    out_.add_source(value, static_cast<uint32_t>(at + cell));
  }

  /// A line of a grid table: a rule (`+----+====+`) is an empty line, a row
  /// (`| Model | Time (s) |`) cells between kCellSeparator. False for any other line.
  bool grid_line(std::string_view content) {
    std::string_view line = content.substr(0, content.find_first_of("\r\n"));
    while (!line.empty() && line.back() == ' ') line.remove_suffix(1);
    auto offset = static_cast<uint32_t>(content.data() - s_.data());
    if (line.size() >= 2 && line.front() == '+' && line.back() == '+' &&
        line.find_first_not_of("+-= ") == std::string_view::npos) {
      rule_ = line;
      out_.add("\n", offset);
      return true;
    }
    if (line.size() < 2 || line.front() != '|' || line.back() != '|') {
      rule_ = {};  // a table's rule says nothing of a later one's rows
      return false;
    }
    for (size_t bar = 0; bar < line.size();) {  // each `|` a separator, the text between copied at once
      out_.add(std::string_view(&kCellSeparator, 1), offset + static_cast<uint32_t>(bar));
      size_t next = bar + 1;
      while ((next = std::min(line.find('|', next), line.size())) < line.size() - 1 && !column_edge(line, next)) ++next;
      out_.add_source(line.substr(bar + 1, next - bar - 1), offset + static_cast<uint32_t>(bar + 1));
      bar = next;
    }
    out_.add("\n", offset + static_cast<uint32_t>(line.size()));
    return true;
  }

  /// Whether the `|` at `column` of a grid table's row is a column's edge: under a `+`
  /// of the rule above, or set apart by spaces where a row is out of line; not a
  /// bar within a cell (`|cartpole|`, a substitution).
  bool column_edge(std::string_view row, size_t column) const {
    bool apart = row.size() != rule_.size() && row[column - 1] == ' ' && row[column + 1] == ' ';
    return rule_.empty() || apart || (column < rule_.size() && rule_[column] == '+');
  }

  void end_table(size_t at) {
    if (row_open_) out_.add("\n", static_cast<uint32_t>(at));
    in_table_ = row_open_ = false;
  }

  std::string_view s_;
  PlainText out_;
  bool in_table_ = false, row_open_ = false;
  size_t table_indent_ = 0;
  std::string_view rule_;  ///< the last grid table's rule, whose `+` mark its columns' edges
};

}  // namespace

PlainText rst_to_plain(std::string_view source) { return RstScanner(source).run(); }

}  // namespace costlint::extract
