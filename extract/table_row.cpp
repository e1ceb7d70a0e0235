#include "extract/table_row.h"

#include <algorithm>
#include <string>

#include "extract/cost_grammar.h"
#include "extract/number_text.h"
#include "extract/plain_text.h"
#include "ir/text_case.h"

namespace costlint::extract {
namespace {

namespace g = cost_grammar;

/// The most devices a node holds (`16 x 8` GPUs: sixteen nodes of eight).
constexpr double kMaxDevicesPerNode = 16;

/// The longest device name a table's cell is read as (`NVIDIA GeForce RTX 4070 Ti SUPER`).
constexpr size_t kMaxDeviceName = 48;

/// The most addends a cell's sum is read as (`72 + 12`): a longer sum is no cost papers write.
constexpr size_t kMaxAddends = 8;

/// Whether what follows a cell's number is a remark in parentheses, which says
/// nothing of its unit (`25.12 (2 on GPU)`: the batch and where it ran).
bool remark_only(std::string_view rest) {
  if (rest.size() >= 2 && rest.front() == '(' && rest.back() == ')' && rest.find_first_of("()", 1) == rest.size() - 1)
    return true;
  // A footnote's mark (`9.8^*`, `6.1†`), a bound (`300+`), or the spread of repeated runs (`40.2 ± 0.3`).
  for (bool mark = true; mark && !rest.empty();) {
    mark = false;
    for (std::string_view sign : {"^", "*", "†", "‡", "§", "¶", "+"})  // `300+`: a bound
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

/// `7:59` under `Training (hours)`, `12:30` under `Time (min)`: the column's unit and
/// sixtieths of it, the cell's whole text from `lead`.
std::optional<TableNumber> clock_pair_in(const Cell& cell, size_t lead, double scale) {
  auto clock = match<g::clock_pair>(cell.text.substr(lead));
  if (!clock || !trimmed(cell.text.substr(lead + *clock)).empty()) return std::nullopt;
  std::string_view written = cell.text.substr(lead, *clock);
  size_t colon = written.find(':');
  double whole = number_value(written.substr(0, colon)), sixtieths = number_value(written.substr(colon + 1));
  if (sixtieths >= 60) return std::nullopt;
  size_t begin = cell.offset + lead;
  return TableNumber{begin, begin + *clock, FigureKind::Duration, (whole + sixtieths / 60) * scale, {}, {}};
}

/// `x 8`, `×4`: the devices of each node, a whole number up to kMaxDevicesPerNode after a
/// sign of product (not a card's model: `2 x 3090`).
std::optional<double> device_product(std::string_view rest) {
  for (std::string_view times : {"x", "×", "*"})
    if (rest.starts_with(times)) {
      std::string_view factor = trimmed(rest.substr(times.size()));
      if (factor.empty() || factor.size() > 2 || !std::all_of(factor.begin(), factor.end(), ascii_digit)) return std::nullopt;
      double devices = std::stod(std::string(factor));
      return devices <= kMaxDevicesPerNode ? std::optional(devices) : std::nullopt;
    }
  return std::nullopt;
}

}  // namespace

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
  if (figure == FigureKind::Duration && (scale == 3600 || scale == 60))
    if (auto clock = clock_pair_in(cell, lead, scale)) return clock;
  auto number = match<g::number>(cell.text.substr(lead));
  if (!number) return std::nullopt;
  std::string_view rest = trimmed(cell.text.substr(lead + *number));
  size_t begin = cell.offset + lead;
  // `16 x 8`, `8x3` under `#GPUs`: nodes times the devices each holds.
  if (figure == FigureKind::Hardware)
    if (auto product = device_product(rest)) {
      size_t end = static_cast<size_t>(rest.data() - cell.text.data()) + rest.size();
      return TableNumber{begin, cell.offset + end, figure, number_value(cell.text.substr(lead, *number)) * *product, {}, {}};
    }
  if (!rest.empty() && !remark_only(rest)) return std::nullopt;
  return TableNumber{begin, begin + *number, figure, number_value(cell.text.substr(lead, *number)) * scale, {}, {}};
}

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
                     std::string(header), {}};
}

std::vector<TableNumber> addends_in(const Cell& cell, FigureKind figure, double scale) {
  std::vector<TableNumber> out;
  size_t at = cell.text.find_first_not_of(' ');
  while (at != std::string_view::npos && at < cell.text.size()) {
    auto number = match<g::number>(cell.text.substr(at));
    if (!number || out.size() == kMaxAddends) return {};
    size_t begin = cell.offset + at;
    out.push_back({begin, begin + *number, figure, number_value(cell.text.substr(at, *number)) * scale, {}, {}});
    at = cell.text.find_first_not_of(' ', at + *number);
    if (at == std::string_view::npos) break;
    if (cell.text[at] != '+') return {};
    at = cell.text.find_first_not_of(' ', at + 1);
    if (at == std::string_view::npos) return {};  // `72 +`
  }
  return out.size() >= 2 ? out : std::vector<TableNumber>{};
}

std::optional<TableNumber> sized_number_in(const Cell& cell) {
  std::string_view text = trimmed(cell.text);
  if (text.empty() || match<g::number>(text) != text.size() || match<g::number_value>(text) == text.size())
    return std::nullopt;
  return number_in(cell, FigureKind::Parameters, 1);
}

bool has_words(const std::vector<Cell>& cells) {
  return std::any_of(cells.begin(), cells.end(), [](const Cell& cell) {
    return std::any_of(cell.text.begin(), cell.text.end(), [](char c) { return ascii_letter(c); });
  });
}

bool spans_all(const std::vector<Cell>& cells) {
  return cells.size() > 1 && std::all_of(cells.begin(), cells.end(), [&](const Cell& cell) {
           return trimmed(cell.text) == trimmed(cells.front().text);
         });
}

bool has_number(const std::vector<Cell>& cells) {
  return std::any_of(cells.begin(), cells.end(),
                     [](const Cell& cell) { return number_in(cell, FigureKind::Samples, 1).has_value(); });
}

bool rule_row(const std::vector<Cell>& cells) {
  bool dashes = false;
  for (const Cell& cell : cells)
    for (char c : cell.text) {
      if (c == '-' || c == '=') dashes = true;
      else if (c != ':' && c != ' ' && c != '+') return false;
    }
  return dashes;
}

bool bracketed_only(const std::vector<Cell>& cells) {
  return std::all_of(cells.begin(), cells.end(), [](const Cell& cell) {
    std::string_view text = trimmed(cell.text);
    return text.empty() || text.front() == '(' || text.front() == '[';
  });
}

bool heads_columns(const std::vector<Cell>& cells) {
  auto worded = std::count_if(cells.begin(), cells.end(), [](const Cell& cell) {
    return std::any_of(cell.text.begin(), cell.text.end(), [](char c) { return ascii_letter(c); });
  });
  return worded >= 2 && !spans_all(cells) && !has_number(cells);
}

bool starts_with_number(const Cell& cell) {
  size_t lead = cell.text.find_first_not_of(" ");
  return lead != std::string_view::npos && match<g::number>(cell.text.substr(lead)).has_value();
}

std::optional<TableNumber> device_in(const Cell& cell, std::string_view header) {
  std::string_view name = trimmed(cell.text);
  if (name.size() < 2 || name.size() > kMaxDeviceName || !ascii_letter(name.front())) return std::nullopt;
  // `GPU (8GB VRAM)`: a kind of device, whatever its note, names none.
  std::string word = folded(trimmed(name.substr(0, name.find(" ("))));
  for (std::string_view none : {"yes", "no", "true", "false", "n/a", "na", "none", "all", "same", "total", "avg",
                                "average", "mean", "gpu", "cpu", "tpu"})
    if (word == none) return std::nullopt;
  if (name.find(',') != std::string_view::npos) return std::nullopt;  // a list or a description, not a name
  bool named = std::any_of(name.begin(), name.end(), [](char c) { return ascii_digit(c) || (c >= 'A' && c <= 'Z'); });
  if (!named) return std::nullopt;
  size_t begin = cell.offset + static_cast<size_t>(name.data() - cell.text.data());
  return TableNumber{begin, begin + name.size(), FigureKind::Hardware, 0, std::string(header), std::string(name)};
}

}  // namespace costlint::extract
