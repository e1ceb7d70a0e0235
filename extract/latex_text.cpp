// LaTeX as plain text (plain_text.h): comments, citations, math delimiters and
// siunitx taken away, `&` and `\\` made cells and rows, each byte remembering
// the source byte it came from.

#include "extract/plain_text.h"

#include <algorithm>
#include <array>
#include <optional>
#include <utility>

#include "extract/byte_set.h"
#include "extract/latex_commands.h"
#include "extract/latex_groups.h"
#include "extract/latex_switched_off.h"
#include "extract/si_units.h"
#include "ir/text_case.h"

namespace costlint::extract {
namespace {

/// A brace group longer than this is not a command's argument: its command is
/// read as any other (the name goes, the text stays).
constexpr size_t kMaxGroupBytes = 4096;
/// An optional argument (`[width=0.5\linewidth]`) closes within this many bytes.
constexpr size_t kMaxOptionBytes = 256;
/// The most columns a `\multicolumn` cell is repeated over.
constexpr int kMaxSpan = 64;
/// The most lines one row of a tabular is read over.
constexpr size_t kMaxRowLines = 64;


/// Whether an environment aligns math at its `&` (`align`, `cases`), where no table is.
bool aligns_math(std::string_view env) {
  if (env.ends_with("*")) env.remove_suffix(1);
  for (std::string_view math : {"equation", "align", "aligned", "alignat", "cases", "gather", "gathered", "multline",
                                "eqnarray", "split", "matrix", "pmatrix", "bmatrix", "vmatrix", "dcases"})
    if (env == math) return true;
  return false;
}

/// The bytes step() treats apart from text; in a tabular, a line end too.
constexpr ByteSet kLatexSpecial = byte_set("%\\{}$~&^_"), kTabularSpecial = byte_set("%\\{}$~&^_\n");

class LatexScanner {
 public:
  explicit LatexScanner(std::string_view source) : s_(source), close_(matching_braces(source)) {}

  PlainText run() {
    out_.text.reserve(s_.size());
    out_.origin.reserve(s_.size() / 16);  // LaTeX prose breaks a run every 16 to 30 bytes
    while (i_ < s_.size()) step();
    return std::move(out_);
  }

 private:
  void step() {
    char c = s_[i_];
    switch (c) {
      case '%': skip_comment(); return;
      case '\\': command(); return;
      case '{':
        if (s_.substr(i_, 3) == "{,}") {
          out_.add(",", static_cast<uint32_t>(i_));
          i_ += 3;
          return;
        }
        ++i_;
        return;
      case '}':
      case '$': ++i_; return;
      case '~':
        out_.add(" ", static_cast<uint32_t>(i_++));
        seconds_symbol();
        return;
      case '&': {  // a tabular in a cell is one cell of the outer one; an equation's `&` aligns, no cell
        bool cell = tabular_depth_ == 1 || (tabular_depth_ == 0 && equation_depth_ == 0);
        out_.add(cell ? std::string_view(&kCellSeparator, 1) : std::string_view(" "), static_cast<uint32_t>(i_++));
        return;
      }
      case '^': out_.add("^", static_cast<uint32_t>(i_++)); return;  // `10^{21}`: a power of ten
      case '_': subscript(); return;
      case '\n':  // in a tabular, a row runs to its `\\`, whatever its lines
        if (tabular_depth_ > 0) {
          // A row of more lines than any table has is a tabular left open (in
          // `\iffalse`, a macro's body): the text after it is prose again.
          bool open = ++row_lines_ > kMaxRowLines;
          if (open) tabular_depth_ = 0;
          out_.add(open ? "\n" : " ", static_cast<uint32_t>(i_++));
          return;
        }
        [[fallthrough]];  // in prose, a line end is text
      default: {
        // A run of ordinary text at once: most of a paper is prose.
        size_t end = i_ + 1;
        const ByteSet& special = tabular_depth_ > 0 ? kTabularSpecial : kLatexSpecial;
        while (end < s_.size() && !special[static_cast<unsigned char>(s_[end])]) ++end;
        out_.add_source(s_.substr(i_, end - i_), static_cast<uint32_t>(i_));
        i_ = end;
      }
    }
  }

  void skip_comment() {
    while (i_ < s_.size() && s_[i_] != '\n') ++i_;
  }

  /// The offset past the brace group that opens at `at`, if it closes soon enough.
  std::optional<size_t> group_end(size_t at) const {
    if (at >= s_.size() || s_[at] != '{') return std::nullopt;
    auto it = std::lower_bound(close_.begin(), close_.end(), std::pair<uint32_t, uint32_t>(static_cast<uint32_t>(at), 0));
    if (it == close_.end() || it->first != at || it->second - at > kMaxGroupBytes) return std::nullopt;
    return it->second;
  }

  size_t skip_spaces(size_t at) const {
    while (at < s_.size() && (s_[at] == ' ' || s_[at] == '\t')) ++at;
    return at;
  }

  /// Skips an optional `[...]` argument at `at`.
  size_t skip_optional(size_t at) const {
    if (at >= s_.size() || s_[at] != '[') return at;
    size_t close = s_.substr(at, kMaxOptionBytes).find(']');
    return close == std::string_view::npos ? at : at + close + 1;
  }

  /// A command's arguments: each brace group's text and where it starts, and
  /// the offset past the last.
  struct Arguments {
    std::vector<std::pair<size_t, std::string_view>> groups;
    size_t end = 0;
  };

  /// The `count` brace groups from `at`, or nothing if one is missing.
  std::optional<Arguments> arguments(size_t at, int count) const {
    Arguments out;
    for (int k = 0; k < count; ++k) {
      at = skip_spaces(at);
      auto end = group_end(at);
      if (!end) return std::nullopt;
      out.groups.emplace_back(at + 1, s_.substr(at + 1, *end - at - 2));
      at = *end;
    }
    out.end = at;
    return out;
  }

  void command() {
    size_t start = i_;
    if (i_ + 1 >= s_.size()) {
      ++i_;
      return;
    }
    char next = s_[i_ + 1];
    if (!ascii_letter(next)) {
      i_ += 2;
      auto at = static_cast<uint32_t>(start);
      if (next == '\\') {
        line_break(at);
      } else if (next == ',' || next == ';' || next == ':' || next == '!' || next == ' ') {
        thin_space(at);
      } else if (next == '%' || next == '$' || next == '&' || next == '_' || next == '#' ||
                 next == '{' || next == '}') {
        out_.add(std::string_view(&s_[start + 1], 1), at);
      }
      return;
    }
    size_t end = i_ + 1;
    while (end < s_.size() && ascii_letter(s_[end])) ++end;
    std::string_view name = s_.substr(i_ + 1, end - i_ - 1);
    if (end < s_.size() && s_[end] == '*') ++end;
    i_ = end;
    auto at = static_cast<uint32_t>(start);
    if (name == "tabularnewline") {  // `\\` as LyX and tabularx write it
      line_break(at);
      return;
    }
    if (std::optional<LatexCommand> known = known_latex_command(name)) {
      switch (known->kind) {
        case LatexCommand::Kind::Symbol:
          out_.add(known->text, at);
          break;
        case LatexCommand::Kind::DroppedWithArgument: {
          if (name == "cmidrule") {  // `\cmidrule[0.4pt](lr){2-3}`: its width, then its trim
            i_ = skip_optional(i_);
            if (i_ < s_.size() && s_[i_] == '(')
              if (size_t close = s_.substr(i_, kMaxOptionBytes).find(')'); close != std::string_view::npos)
                i_ += close + 1;
          }
          size_t after = skip_optional(skip_optional(i_));
          if (auto group = group_end(skip_spaces(after))) i_ = *group;
          break;
        }
        case LatexCommand::Kind::DroppedFirstArgument:
          if (auto group = group_end(skip_spaces(skip_optional(i_)))) i_ = *group;
          break;
        case LatexCommand::Kind::DroppedWithTwoArguments:
          if (auto args = arguments(skip_optional(i_), 2)) i_ = args->end;
          break;
      }
      return;
    }
    if (name == "SI" || name == "qty" || name == "SIrange" || name == "qtyrange") {
      quantity(name.ends_with("range") ? 3 : 2);
      return;
    }
    if (name == "si" || name == "unit") {
      unit_alone();
      return;
    }
    // `\iffalse ... \fi`: text switched off, as a comment is; not `\let\ifdraft\iffalse`, which defines.
    // `\if false` too: TeX compares `f` and `a`, and skips to `\fi`.
    if ((name == "iffalse" || (name == "if" && s_.substr(i_).starts_with(" false"))) &&
        !defines_a_conditional(s_, start)) {
      i_ = past_conditional(s_, i_);
      return;
    }
    if (name == "input" || name == "include") {
      if (auto args = arguments(i_, 1)) {
        out_.inputs.emplace_back(args->groups[0].second);
        i_ = args->end;
      }
      return;
    }
    if (name == "makecell" || name == "shortstack" || name == "thead" || name == "Centerstack" ||
        name == "specialcell") {  // its lines are one cell's: read on, its `\\` a space
      i_ = skip_optional(skip_spaces(i_));  // `[c]`, its alignment
      if (auto group = group_end(skip_spaces(i_))) stacked_until_ = std::max(stacked_until_, *group);
      return;
    }
    if (name == "footnote" || name == "sidenote" || name == "marginnote") {
      out_.add(" (", at);  // its braces are read as any other's; the sentence goes on
      return;
    }
    if (name == "textsuperscript") out_.add("^", at);
    if (name == "begin" || name == "end") environment(name == "begin");
    if (name == "multicolumn" || name == "multirow") {
      // The span and the column spec are not prose; the cell's text is.
      auto args = arguments(skip_optional(i_), 2);
      if (!args) return;
      i_ = args->end;
      if (name == "multicolumn") spanned_cell(args->groups[0].second);
      return;
    }
    // Any other command: its name goes, its arguments stay as text; a caption's
    // short form (`\caption[short]{long}`) is text as its long one is.
    if (name != "caption") i_ = skip_optional(i_);
  }

  /// `\\`: a row's end, or in a nested tabular or a cell's stack (`\makecell{Training\\Time (h)}`)
  /// a line of one cell, where the row goes on.
  void line_break(uint32_t at) {
    if (tabular_depth_ > 1 || i_ < stacked_until_) {
      out_.add(" ", at);
      return;
    }
    out_.add("\n", at);
    row_lines_ = 0;
  }

  /// `\multicolumn{2}{c}{Training Cost (FLOPs)}`: the cell's text once for each
  /// column it spans, so that a header names the unit of every column below it.
  void spanned_cell(std::string_view span_text) {
    int span = 0;
    for (char c : span_text)
      if (ascii_digit(c) && span < kMaxSpan) span = span * 10 + (c - '0');
    size_t open = skip_spaces(i_);
    auto end = group_end(open);
    if (!end || span <= 1) return;
    size_t from = out_.text.size();
    i_ = open + 1;
    while (i_ + 1 < *end) step();
    i_ = std::max(i_, *end);
    std::string cell = out_.text.substr(from);
    size_t cell_end = out_.text.size();
    for (int k = 1; k < std::min(span, kMaxSpan); ++k) {
      // Repeats may at most double the text, whatever a hostile source spans.
      if (repeated_ + cell.size() > s_.size()) return;
      repeated_ += cell.size();
      out_.add(std::string_view(&kCellSeparator, 1), static_cast<uint32_t>(open));
      out_.text += cell;
      out_.origin.repeat(from, cell_end);
    }
  }

  /// `CO_2`, `x_2`, `(a)_1`: the subscript joins what it follows. After anything else (a space, a
  /// bracket, a Greek letter, a command that leaves no text) it is an index, dropped: `\lambda_3 h`
  /// is no `3 h`.
  void subscript() {
    ++i_;
    if (!out_.text.empty() && (ascii_alnum(out_.text.back()) || out_.text.back() == ')')) return;
    if (i_ < s_.size() && ascii_alnum(s_[i_])) {
      ++i_;
      return;
    }
    if (auto end = group_end(i_)) i_ = *end;
  }

  /// `\,` and its kin: a space, except between digit groups, where it separates thousands.
  void thin_space(uint32_t at) {
    bool between_digits = !out_.text.empty() && ascii_digit(out_.text.back()) && i_ + 2 < s_.size() &&
                          ascii_digit(s_[i_]) && ascii_digit(s_[i_ + 1]) && ascii_digit(s_[i_ + 2]) &&
                          (i_ + 3 >= s_.size() || !ascii_digit(s_[i_ + 3]));
    if (between_digits) return;
    out_.add(" ", at);
    seconds_symbol();
  }

  /// `91.7\,s`, `767.67~s`: an `s` set apart from a number by a tie or a thin space
  /// is the symbol of seconds (in prose an `s` alone says too little), written as
  /// the word, like siunitx's `\second`. Not `s/epoch`, a rate.
  void seconds_symbol() {
    size_t last = out_.text.size() > 1 ? out_.text.size() - 2 : 0;
    if (i_ >= s_.size() || s_[i_] != 's' || out_.text.size() < 2 || !ascii_digit(out_.text[last])) return;
    char next = i_ + 1 < s_.size() ? s_[i_ + 1] : ' ';
    if (ascii_alnum(next) || next == '/' || next == '_' || next == '^') return;
    // `10\,s$^{-1}$`, `0.5~s\textsuperscript{-1}`: a rate's inverse seconds.
    std::string_view after = s_.substr(i_ + 1, 18);
    if (after.starts_with("$^") || after.starts_with("\\textsuperscript")) return;
    out_.add("seconds", static_cast<uint32_t>(i_++));
  }

  void environment(bool begins) {
    auto args = arguments(i_, 1);
    if (!args) return;
    std::string_view env = args->groups[0].second;
    i_ = args->end;
    if (begins && env == "comment") {  // the comment package's environment: no text of the paper
      i_ = past_marker(s_, i_, "\\end{comment}");
      out_.add("\n", static_cast<uint32_t>(i_ - 1));
      return;
    }
    bool tabular = env.starts_with("tabular") || env == "array" || env == "longtable";
    if (aligns_math(env) && begins) ++equation_depth_;
    if (aligns_math(env) && !begins && equation_depth_ > 0) --equation_depth_;
    bool nested = tabular && tabular_depth_ > (begins ? 0 : 1);
    if (tabular && !begins && tabular_depth_ > 0) --tabular_depth_;
    out_.add(nested ? " " : "\n", static_cast<uint32_t>(i_ - 1));
    if (tabular && begins) {
      ++tabular_depth_;
      row_lines_ = 0;
      // The column spec (and tabularx's width) is not prose.
      int specs = env == "tabularx" || env == "tabular*" ? 2 : 1;
      i_ = skip_optional(skip_spaces(i_));
      if (auto spec = arguments(i_, specs)) i_ = spec->end;
    }
  }

  /// `\SI{41.2}{\kilo\watt\hour}`: the value, a space, the unit as symbols.
  void quantity(int count) {
    auto args = arguments(skip_optional(i_), count);
    if (!args) return;
    for (int k = 0; k + 1 < count; ++k) {
      auto [from, value] = args->groups[static_cast<size_t>(k)];
      if (k > 0) out_.add("-", static_cast<uint32_t>(from));
      for (size_t j = 0; j < value.size(); ++j)
        if (value[j] != ' ' && value[j] != '{' && value[j] != '}')
          out_.add(value.substr(j, 1), static_cast<uint32_t>(from + j));
    }
    auto [unit_from, unit] = args->groups.back();
    out_.add(" ", static_cast<uint32_t>(unit_from));
    add_si_unit(unit, unit_from, out_);
    i_ = args->end;
  }

  /// `\si{\kilo\watt\hour}`, `\unit{\hour}` (a table's header): the unit alone, as symbols.
  void unit_alone() {
    auto args = arguments(skip_optional(i_), 1);
    if (!args) return;
    add_si_unit(args->groups[0].second, args->groups[0].first, out_);
    i_ = args->end;
  }

  int tabular_depth_ = 0;  ///< tabulars open at the scan's position
  int equation_depth_ = 0;  ///< environments of aligned math open there (aligns_math)
  size_t stacked_until_ = 0;  ///< the end of the `\makecell{...}` being read
  size_t row_lines_ = 0;   ///< lines of the tabular row being read
  size_t repeated_ = 0;    ///< bytes of spanned cells written again
  std::string_view s_;
  std::vector<std::pair<uint32_t, uint32_t>> close_;  ///< matching_braces(s_)
  size_t i_ = 0;
  PlainText out_;
};

}  // namespace

PlainText latex_to_plain(std::string_view source) { return LatexScanner(source).run(); }

}  // namespace costlint::extract
