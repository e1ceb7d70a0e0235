// Markdown as plain text: emphasis, code marks, links' addresses and HTML
// comments taken away, character references read (`&times;`), `|` cells and
// HTML tables made rows of cells (cells between kCellSeparator, a row a line),
// the YAML front matter kept as line ends for model_card.h to read on its own.

#include <algorithm>
#include <cctype>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "extract/html_entity.h"
#include "extract/model_card.h"
#include "extract/plain_text.h"
#include "ir/text_case.h"

namespace costlint::extract {
namespace {

/// How far after a `*` its closing `*` is looked for.
constexpr size_t kStarReach = 256;

class MarkdownScanner {
 public:
  explicit MarkdownScanner(std::string_view source) : s_(source) {}

  PlainText run() {
    out_.text.reserve(s_.size());
    skip_front_matter();
    while (i_ < s_.size()) step();
    return std::move(out_);
  }

 private:
  /// The YAML front matter is read on its own (model_card.h); here its lines stay
  /// as line ends, so that line numbers hold.
  void skip_front_matter() {
    if (!starts_with_front_matter(s_)) return;
    size_t close = s_.find("\n---", 3);
    if (close == std::string_view::npos) return;
    for (; i_ < close + 4; ++i_)
      if (s_[i_] == '\n') out_.add("\n", static_cast<uint32_t>(i_));
  }

  void step() {
    auto at = static_cast<uint32_t>(i_);
    char c = s_[i_];
    if (s_.substr(i_, 4) == "<!--") {
      size_t close = s_.find("-->", i_);
      i_ = close == std::string_view::npos ? s_.size() : close + 3;
      return;
    }
    // `2 Intel~Xeon CPU`: LaTeX's tie pasted into Markdown, between words (`~14 hours` stays approximate).
    if (c == '~' && i_ > 0 && ascii_alnum(s_[i_ - 1]) && i_ + 1 < s_.size() && ascii_letter(s_[i_ + 1])) {
      out_.add(" ", at);
      ++i_;
      return;
    }
    // `roughly $24$ hours`, `$2\times$`, `$10^5$ data points`: a number in inline math (MathJax), no dollars.
    if (c == '$' && i_ + 1 < s_.size() && ascii_digit(s_[i_ + 1])) {
      size_t end = i_ + 1;
      // (`^` only in a power of ten: `$64^2$` is a size, no count.)
      while (end < s_.size() && end - i_ <= kMaxMathNumber &&
             (ascii_digit(s_[end]) || s_[end] == '.' || s_[end] == ',' ||
              (s_[end] == '^' && s_.substr(i_ + 1, end - i_ - 1) == "10")))
        ++end;
      bool times = s_.substr(end, 7) == "\\times$";
      if (end < s_.size() && (s_[end] == '$' || times)) {
        out_.add_source(s_.substr(i_ + 1, end - i_ - 1), at + 1);
        if (times) out_.add("×", static_cast<uint32_t>(end));
        i_ = end + (times ? 7 : 1);
        return;
      }
    }
    if (c == '\xC2' && i_ + 1 < s_.size() && s_[i_ + 1] == '\xA0') {  // a no-break space, as a word processor leaves it
      out_.add(" ", at);
      i_ += 2;
      return;
    }
    // `500M‑parameter`: a hyphen (U+2010) or a no-break hyphen (U+2011) joins words as `-` does.
    if (c == '\xE2' && (s_.substr(i_, 3) == "\u2010" || s_.substr(i_, 3) == "\u2011")) {
      out_.add("-", at);
      i_ += 3;
      return;
    }
    if (c == '&')  // `8&times;A100`, `12&nbsp;hours`
      if (auto entity = html_entity(s_.substr(i_))) {
        out_.add(entity->text, at);
        i_ += entity->length;
        return;
      }
    if (c == '<') {  // an HTML tag: <br> is a space (in a table's cell, `GPU<br>Hours`), the others go
      if (auto close = tag_end()) {
        std::string_view tag = s_.substr(i_ + 1, *close - i_ - 1);
        i_ = *close + 1;
        // `6.67x10<sup>22</sup>`: a power of ten, as LaTeX's `^` writes it (not a note's `<sup>[3]</sup>`
        // nor `12<sup>1</sup>`).
        std::string_view written = out_.text;
        bool ten = false;
        for (std::string_view times : {" 10", "x10", "*10", "·10", "×10"}) ten = ten || written.ends_with(times);
        bool sup = same_folded(tag, "sup");
        bool power = sup && ten && i_ < s_.size() && (ascii_digit(s_[i_]) || s_[i_] == '-');
        bool mark = sup && !written.empty() && ascii_digit(written.back());  // `12<sup>1</sup>`
        if (power) out_.add("^", at);
        else if (mark) out_.add(" ", at);  // apart from the number it marks
        else html_tag(tag, at);
        return;
      }
    }
    if (c == '\n' && in_html_row_) {  // an HTML table's row is one line, as a Markdown row is
      out_.add(" ", at);
      ++i_;
      return;
    }
    // Between an HTML table's rows, up to its next tag: its rows stay together, as a Markdown
    // table's. Not before text (a `<table>` quoted in code, never closed, ends nothing else).
    if (c == '\n' && html_tables_ > 0) {
      if (size_t tag = tag_ahead(); tag != std::string_view::npos) {
        i_ = tag;  // the indentation before the tag goes with the line's end
        return;
      }
    }
    // Emphasis and code marks are no text; a `*` between spaces is no mark but a sign (`32GB * 1`),
    // as is one after a count that no other `*` of its line closes (`16*V100`).
    bool sign = c == '*' && i_ > 0 && i_ + 1 < s_.size() &&
                ((s_[i_ - 1] == ' ' && s_[i_ + 1] == ' ') ||
                 (ascii_digit(s_[i_ - 1]) && ascii_alnum(s_[i_ + 1]) && unpaired_star()));
    if ((c == '*' && !sign) || c == '`' || (c == '_' && (i_ + 1 < s_.size() && s_[i_ + 1] == '_'))) {
      ++i_;
      return;
    }
    if (c == '|' && !in_html_row_) {  // in an HTML cell, a bar is text (`model&nbsp;|&nbsp;metrics`)
      out_.add(std::string_view(&kCellSeparator, 1), at);
      ++i_;
      return;
    }
    if (c == '\\' && i_ + 1 < s_.size() && std::ispunct(static_cast<unsigned char>(s_[i_ + 1]))) {
      out_.add(s_.substr(i_ + 1, 1), at);
      i_ += 2;
      return;
    }
    // An image's alternative text (`![50W Used RAM](ram.png)`) stands for a picture, not the text.
    if (c == '!' && i_ + 1 < s_.size() && s_[i_ + 1] == '[') {
      size_t bang = i_++;
      if (opens_link()) {
        i_ = link_close_;  // its `](address)` goes as a link's
        return;
      }
      i_ = bang;
    }
    if (c == ']' && i_ + 1 < s_.size() && s_[i_ + 1] == '(') {  // a link: its text stays, its address goes
      if (size_t close = address_end(i_); close < s_.size() && s_[close] == ')') {
        i_ = close + 1;
        return;
      }
    }
    if (c == '[' && opens_link()) {
      // A list item that is one link is a reading list's title, not the text's claim.
      i_ = listed_link() ? link_close_ : i_ + 1;
      return;
    }
    if (c == '\n' && i_ + 1 < s_.size() && s_[i_ + 1] == '\n') in_html_row_ = false;  // a blank line ends any row
    out_.add_source(s_.substr(i_, 1), at);
    ++i_;
  }

  /// Where the tag starts that the next byte after i_ but blanks opens, within a
  /// gap's reach (a source of blank lines is looked ahead a few bytes a line); npos if none.
  size_t tag_ahead() const {
    for (size_t next = i_ + 1; next < s_.size() && next - i_ <= kMaxGapBytes; ++next)
      if (s_[next] != ' ' && s_[next] != '\t' && s_[next] != '\r' && s_[next] != '\n')
        return s_[next] == '<' ? next : std::string_view::npos;
    return std::string_view::npos;
  }

  /// Whether no `*` after the one at i_ on its line closes it as emphasis: a closer is a single
  /// `*` after a letter or a sign that another opened first (`4*A100 *(80GB)*`) does not take;
  /// a `**` and another count's sign (`8*A100 ..., inference 1*T4`) close nothing. Looked for
  /// within a reach, so a line's stars cost no more than their number times it.
  bool unpaired_star() const {
    int opened = 0;
    size_t end = std::min(s_.size(), i_ + kStarReach);
    for (size_t next = i_ + 1; next < end && s_[next] != '\n'; ++next) {
      if (s_[next] != '*') continue;
      bool run = (next + 1 < s_.size() && s_[next + 1] == '*') || s_[next - 1] == '*';
      bool sign = ascii_digit(s_[next - 1]) && next + 1 < s_.size() && ascii_alnum(s_[next + 1]);
      if (run || sign) continue;
      if (s_[next - 1] == ' ') ++opened;
      else if (opened > 0) --opened;
      else return false;
    }
    return true;
  }

  /// Whether the `[` at i_ opens a link, its `](` within reach on the line; a
  /// bracket of prose stays (`Training [s]`).
  bool opens_link() {
    // The next `]` or line end, found once for all the `[` before it: a source of `[` alone stays linear.
    if (link_close_ <= i_) {
      link_close_ = s_.find_first_of("]\n", i_ + 1);
      if (link_close_ == std::string_view::npos) link_close_ = s_.size();
    }
    return link_close_ - i_ <= kMaxLinkTextBytes && link_close_ + 1 < s_.size() && s_[link_close_] == ']' &&
           s_[link_close_ + 1] == '(';
  }

  /// Whether the link opening at i_ is a list item alone: `* [Benchmarking ... on the Raspberry Pi](url)`.
  bool listed_link() {
    // A list's markup is a few bytes: looking further back would make a line of links quadratic.
    size_t from = i_ > kMaxListMarkup ? i_ - kMaxListMarkup : 0;
    size_t line = s_.substr(from, i_ - from).rfind('\n');
    if (line == std::string_view::npos && from > 0) return false;
    line = line == std::string_view::npos ? 0 : from + line + 1;
    std::string_view markup = s_.substr(line, i_ - line);
    size_t first = markup.find_first_not_of(' ');
    if (first == std::string_view::npos || markup.find_first_not_of(' ', first + 1) != std::string_view::npos ||
        std::string_view("*-+").find(markup[first]) == std::string_view::npos)
      return false;
    size_t close = address_end(link_close_);
    if (close >= s_.size() || s_[close] != ')') return false;
    std::string_view rest = s_.substr(close + 1);
    return rest.substr(0, rest.find('\n')).find_first_not_of(" \r") == std::string_view::npos;
  }

  /// The first `)` or line end at or after `from`: a link's address ends there. Found once for
  /// every `](` before it, so that a source of `](` alone stays linear.
  size_t address_end(size_t from) {
    if (address_end_ == std::string_view::npos || from < address_from_ || from > address_end_) {
      address_from_ = from;
      address_end_ = std::min(s_.find_first_of(")\n", from), s_.size());
    }
    return address_end_;
  }

  /// The `>` of the tag that opens at i_: a letter, `/` or `!` after the `<`, and
  /// the `>` within reach on the line (`<200 ms` is prose, and a source of `<`
  /// alone stays linear).
  std::optional<size_t> tag_end() const {
    if (i_ + 1 >= s_.size() || !(ascii_letter(s_[i_ + 1]) || s_[i_ + 1] == '/' || s_[i_ + 1] == '!'))
      return std::nullopt;
    std::string_view reach = s_.substr(i_ + 1, kMaxTagBytes);
    size_t close = reach.find_first_of("><\n");
    if (close == std::string_view::npos || reach[close] != '>') return std::nullopt;
    return i_ + 1 + close;
  }

  /// An HTML table made rows of cells as a Markdown table is: `<tr>` a row,
  /// `<td>` and `<th>` a cell, its text repeated in each further column it spans
  /// (`colspan`), so that a header stands over its columns. A cell spanning rows
  /// (`rowspan`) leaves an empty cell in its column of the rows below, so that
  /// their cells stay under their headers.
  void html_tag(std::string_view tag, uint32_t at) {
    std::string name = folded(tag.substr(0, tag.find_first_of(" \t\n/", tag.starts_with("/") ? 1 : 0)));
    if (name == "br" || name == "/br") {  // `</br>`, a browser's `<br>` too
      out_.add(" ", at);
      return;
    }
    if (name == "td" || name == "th" || name == "/td" || name == "/th" || name == "tr" || name == "/tr" ||
        name == "table" || name == "/table")
      close_spanned_cell(at);
    // A cell spans rows within its table's section: `<thead>` ends where `<tbody>` begins.
    if (name == "thead" || name == "/thead" || name == "tbody" || name == "/tbody" || name == "tfoot")
      rows_left_.clear();
    if (name == "table") html_tables_ = std::min(html_tables_ + 1, kMaxRowCells);
    if (name == "/table" && html_tables_ > 0) --html_tables_;
    // A cell outside any `<tr>` (a header of `<th>`s alone) opens its row, as a browser does.
    if ((name == "td" || name == "th") && !in_html_row_ && html_tables_ > 0) in_html_row_ = true, row_cells_ = 0;
    if (name == "tr") {
      if (in_html_row_) out_.add("\n", at);
      in_html_row_ = true;
      row_cells_ = 0;
    } else if (name == "/tr" || name == "table" || name == "/table") {
      if (in_html_row_) out_.add("\n", at);
      in_html_row_ = false;
      if (name != "/tr") rows_left_.clear();
    } else if (in_html_row_ && (name == "td" || name == "th") && row_cells_ < kMaxRowCells) {
      // The columns of cells above that span down to this row come first.
      while (row_cells_ < rows_left_.size() && rows_left_[row_cells_] > 0 && row_cells_ < kMaxRowCells) {
        out_.add(std::string_view(&kCellSeparator, 1), at);
        --rows_left_[row_cells_++];
      }
      out_.add(std::string_view(&kCellSeparator, 1), at);
      size_t column = row_cells_++;
      spanned_ = spanned(tag, "colspan=") - 1;
      if (size_t down = spanned(tag, "rowspan=") - 1) {
        rows_left_.resize(std::max(rows_left_.size(), std::min(column + spanned_ + 1, kMaxRowCells)));
        for (size_t k = column; k <= column + spanned_ && k < kMaxRowCells; ++k) rows_left_[k] = down;
      }
      span_start_ = out_.text.size();
    }
  }

  /// The cell that ends at `at` again, a separator before each copy, for each
  /// further column it spans; copies at most double the text, whatever a
  /// hostile source spans, and a row has at most kMaxRowCells cells.
  void close_spanned_cell(uint32_t at) {
    if (spanned_ == 0) return;
    size_t end = out_.text.size();
    std::string cell = out_.text.substr(span_start_, end - span_start_);
    for (; spanned_ > 0 && row_cells_ < kMaxRowCells && repeated_ + cell.size() <= s_.size(); --spanned_) {
      repeated_ += cell.size();
      ++row_cells_;
      out_.add(std::string_view(&kCellSeparator, 1), at);
      out_.text += cell;
      out_.origin.repeat(span_start_, end);
    }
    spanned_ = 0;
  }

  /// `colspan="2"`, `rowspan="4"`: how many columns or rows a cell spans, at most kMaxSpan.
  static size_t spanned(std::string_view tag, std::string_view attribute_name) {
    size_t attribute = folded(tag).find(attribute_name);
    if (attribute == std::string::npos) return 1;
    std::string_view value = tag.substr(attribute + attribute_name.size());
    if (!value.empty() && (value.front() == '"' || value.front() == '\'')) value.remove_prefix(1);
    size_t span = 0;
    for (size_t i = 0; i < value.size() && i < 3 && ascii_digit(value[i]); ++i) span = span * 10 + (value[i] - '0');
    return std::clamp<size_t>(span, 1, kMaxSpan);
  }

  static constexpr size_t kMaxTagBytes = 512, kMaxSpan = 64, kMaxRowCells = 256, kMaxLinkTextBytes = 512,
                          kMaxGapBytes = 64, kMaxListMarkup = 16, kMaxMathNumber = 24;

  std::string_view s_;
  size_t i_ = 0;
  size_t link_close_ = 0;  ///< the next `]` or line end after a `[`, once found
  size_t address_from_ = 0, address_end_ = std::string_view::npos;  ///< address_end()'s last search
  PlainText out_;
  bool in_html_row_ = false;
  size_t html_tables_ = 0;  ///< the HTML tables open, one in another
  size_t row_cells_ = 0;   ///< cells of the HTML row so far
  size_t spanned_ = 0;     ///< further columns the open cell spans
  std::vector<size_t> rows_left_;  ///< for each column, the rows below a cell above still spans
  size_t span_start_ = 0;  ///< where the open cell's text begins in out_.text
  size_t repeated_ = 0;    ///< bytes written again for spanned cells
};

}  // namespace

PlainText markdown_to_plain(std::string_view source) { return MarkdownScanner(source).run(); }

}  // namespace costlint::extract
