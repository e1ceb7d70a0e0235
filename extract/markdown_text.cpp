// Markdown as plain text: emphasis, code marks, links' addresses and HTML
// comments taken away, `|` cells and HTML tables made rows of cells (cells
// between kCellSeparator, a row a line), the YAML front matter kept as line ends
// for model_card.h to read on its own.

#include <algorithm>
#include <cctype>
#include <string>
#include <string_view>

#include "extract/plain_text.h"
#include "ir/text_case.h"

namespace costlint::extract {
namespace {

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
    if (!s_.starts_with("---")) return;
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
    if (c == '<') {  // an HTML tag: <br> is a space (in a table's cell, `GPU<br>Hours`), the others go
      // Looked for within reach, so that a source of `<` alone stays linear.
      size_t close = s_.substr(i_, kMaxTagBytes).find('>');
      if (close != std::string_view::npos) {
        html_tag(s_.substr(i_ + 1, close - 1), at);
        i_ += close + 1;
        return;
      }
    }
    if (c == '\n' && in_html_row_) {  // an HTML table's row is one line, as a Markdown row is
      out_.add(" ", at);
      ++i_;
      return;
    }
    if (c == '*' || c == '`' || (c == '_' && (i_ + 1 < s_.size() && s_[i_ + 1] == '_'))) {
      ++i_;
      return;
    }
    if (c == '|') {
      out_.add(std::string_view(&kCellSeparator, 1), at);
      ++i_;
      return;
    }
    if (c == '\\' && i_ + 1 < s_.size() && std::ispunct(static_cast<unsigned char>(s_[i_ + 1]))) {
      out_.add(s_.substr(i_ + 1, 1), at);
      i_ += 2;
      return;
    }
    if (c == ']' && i_ + 1 < s_.size() && s_[i_ + 1] == '(') {  // a link: its text stays, its address goes
      size_t close = s_.find(')', i_);
      if (close != std::string_view::npos && s_.find('\n', i_) > close) {
        i_ = close + 1;
        return;
      }
    }
    if (c == '[') {
      ++i_;
      return;
    }
    if (c == '\n' && i_ + 1 < s_.size() && s_[i_ + 1] == '\n') in_html_row_ = false;  // a blank line ends any row
    out_.add_source(s_.substr(i_, 1), at);
    ++i_;
  }

  /// An HTML table made rows of cells as a Markdown table is: `<tr>` a row,
  /// `<td>` and `<th>` a cell, one for each column it spans (`colspan`), so
  /// that a header stands over its columns. Cells spanning rows are not repeated.
  void html_tag(std::string_view tag, uint32_t at) {
    std::string name = folded(tag.substr(0, tag.find_first_of(" \t\n/", tag.starts_with("/") ? 1 : 0)));
    if (name == "br") {
      out_.add(" ", at);
    } else if (name == "tr") {
      if (in_html_row_) out_.add("\n", at);
      in_html_row_ = true;
    } else if (name == "/tr" || name == "table" || name == "/table") {
      if (in_html_row_) out_.add("\n", at);
      in_html_row_ = false;
    } else if (in_html_row_ && (name == "td" || name == "th")) {
      for (size_t column = 0; column < columns_spanned(tag); ++column)
        out_.add(std::string_view(&kCellSeparator, 1), at);
    }
  }

  /// `colspan="2"`: how many columns a cell spans, at most kMaxSpan.
  static size_t columns_spanned(std::string_view tag) {
    size_t attribute = folded(tag).find("colspan=");
    if (attribute == std::string::npos) return 1;
    std::string_view value = tag.substr(attribute + 8);
    if (!value.empty() && (value.front() == '"' || value.front() == '\'')) value.remove_prefix(1);
    size_t span = 0;
    for (size_t i = 0; i < value.size() && i < 3 && ascii_digit(value[i]); ++i) span = span * 10 + (value[i] - '0');
    return std::clamp<size_t>(span, 1, kMaxSpan);
  }

  static constexpr size_t kMaxTagBytes = 512, kMaxSpan = 64;

  std::string_view s_;
  size_t i_ = 0;
  PlainText out_;
  bool in_html_row_ = false;
};

}  // namespace

PlainText markdown_to_plain(std::string_view source) { return MarkdownScanner(source).run(); }

}  // namespace costlint::extract
