#include "extract/caption_units.h"

#include <algorithm>
#include <unordered_set>

#include "extract/prose_cues.h"
#include "extract/table_row.h"
#include "extract/unit_words.h"
#include "ir/text_case.h"

namespace costlint::extract {
namespace {

/// A caption is a sentence or two: a longer line is a paragraph, whose
/// parentheses say nothing of a table.
constexpr size_t kMaxCaptionBytes = 512;
/// A unit is a few words.
constexpr size_t kMaxUnitBytes = 24;
/// How long a caption's bracket may be whose parts are read for a unit (`(mean±s.d. training seconds; CPU)`).
constexpr size_t kMaxBracketBytes = 64;
/// A symbol a header sets apart in brackets is a few letters: `ms`, `min`, `mb`.
constexpr size_t kMaxSymbolBytes = 3;
/// How many units one caption gives at most.
constexpr size_t kMaxUnits = 8;
/// The longest key a caption's legend explains (`Mem`, `Val`, `BS`, `Lat.`).
constexpr size_t kMaxLegendKey = 8;

/// Whether words may be a unit, tested before they are looked up: a few words
/// that start with a letter or a currency (`kWh`, `GPU hours`, `kg CO$_2$eq`, `$`),
/// not a citation's names and year (`Smith et al., 2020`), a figure (`Table 3`).
bool may_be_unit(std::string_view words) {
  if (words.empty() || words.size() > kMaxUnitBytes || words.find_first_of(",;=") != std::string_view::npos)
    return false;
  char first = words.front();
  return ascii_letter(first) || first == '$';
}

/// Where ` in ` is next in `line` from `from`, found by its `in ` (a search
/// from its first byte, a space, would stop at every word).
size_t next_in(std::string_view line, size_t from) {
  for (size_t at = line.find("in ", from + 1); at != std::string_view::npos; at = line.find("in ", at + 1))
    if (line[at - 1] == ' ') return at - 1;
  return std::string_view::npos;
}

/// Whether a unit read in a caption can be a column's: not a count of data or devices.
bool column_unit(const std::optional<UnitReading>& unit) {
  return unit && unit->figure != FigureKind::Samples && unit->figure != FigureKind::Tokens &&
         unit->figure != FigureKind::Hardware && unit->figure != FigureKind::Parameters;
}

/// The words before `end` back to the start of their clause (a comma, a
/// parenthesis, `and`), folded: what the unit after them measures; in a legend,
/// with the key it explains.
std::string name_before(std::string_view line, size_t end) {
  size_t stop = line.substr(0, end).find_last_of(",;:()");
  size_t start = stop == std::string_view::npos ? 0 : stop + 1;
  // `Mem: CUDA memory (GB)`: a legend's key, one short word before its colon, names the column too
  // (not `Table 4: Results on CIFAR-100: training time (h)`, a title).
  if (stop != std::string_view::npos && line[stop] == ':') {
    size_t key = line.substr(0, stop).find_last_of(",;.()");
    key = key == std::string_view::npos ? 0 : key + 1;
    std::string_view word = trimmed(line.substr(key, stop - key));
    if (!word.empty() && word.size() <= kMaxLegendKey && word.find(' ') == std::string_view::npos) start = key;
  }
  std::string name = folded(trimmed(line.substr(start, end - start)));
  if (size_t joined = name.rfind(" and "); joined != std::string::npos) name.erase(0, joined + 5);
  if (name.starts_with("and ")) name.erase(0, 4);
  return name;
}

/// The words of a name or a header that tell one measure from another: three
/// letters or more, a plural's `s` off, not the words any of them may have
/// (`total`, `training`: `Training loss` is not `training time`).
std::vector<std::string> stems(std::string_view text) {
  static const std::unordered_set<std::string_view> kShared = {"total", "training", "train", "and", "the", "per",
                                                               "each", "model", "models", "all", "overall", "average"};
  std::vector<std::string> out;
  std::string word;
  for (size_t i = 0; i <= text.size(); ++i) {
    if (i < text.size() && ascii_letter(text[i])) {
      word += static_cast<char>(text[i] | 0x20);
      continue;
    }
    if (word.size() >= 3) {
      if (word.size() > 3 && word.back() == 's') word.pop_back();
      if (!kShared.count(word)) out.push_back(word);
    }
    word.clear();
  }
  return out;
}

/// How well a unit's words name a column: the header's words, if every one of
/// them is among the unit's (`Inference time` is not `training time`), else none.
size_t naming(const std::vector<std::string>& name, const std::vector<std::string>& header) {
  for (const std::string& word : header)
    if (std::find(name.begin(), name.end(), word) == name.end()) return 0;
  return header.size();
}

/// The last word of a bracket's first part (split at `;` and `,`) that reads as a column's unit
/// (`seconds` of `mean±s.d. training seconds`); none if no part ends with one.
std::optional<std::string_view> unit_part(std::string_view inside, UnitReader& units) {
  for (size_t start = 0; start < inside.size();) {
    size_t stop = std::min(inside.find_first_of(";,", start), inside.size());
    std::string_view part = trimmed(inside.substr(start, stop - start));
    size_t space = part.find_last_of(' ');
    std::string_view last = part.substr(space == std::string_view::npos ? 0 : space + 1);
    if (!last.empty() && may_be_unit(last) && column_unit(units.unit(last))) return last;
    start = stop + 1;
  }
  return std::nullopt;
}

/// Whether a unit's name says what the unit measures (`total training time` for minutes,
/// `peak memory` for GB): a caption below its table gives such a unit to every column.
bool measured_by_name(const NamedUnit& named) {
  std::vector<std::string_view> words;
  switch (named.unit.figure) {
    case FigureKind::Duration:
    case FigureKind::DeviceTime:
      words = {"time", "runtime", "latency", "duration", "hour", "speed", "clock", "elapsed"};  // stems: no plural
      break;
    case FigureKind::Memory: words = {"memory", "size", "footprint", "ram", "storage"}; break;
    case FigureKind::Energy: words = {"energy", "consumption"}; break;
    case FigureKind::Power: words = {"power", "draw"}; break;
    case FigureKind::Emissions: words = {"emission", "carbon", "co2"}; break;
    case FigureKind::Throughput: words = {"throughput", "speed"}; break;
    case FigureKind::Cost: words = {"cost", "price"}; break;
    default: return false;
  }
  std::vector<std::string> name = stems(named.name);
  return std::any_of(words.begin(), words.end(), [&](std::string_view word) {
    return std::find(name.begin(), name.end(), word) != name.end();
  });
}

}  // namespace

bool markdown_heading(std::string_view line) {
  size_t lead = line.find_first_not_of(' ');
  return lead != std::string_view::npos && line[lead] == '#';
}

std::vector<std::optional<UnitReading>> CaptionUnit::of_columns(const std::vector<std::string>& headers) const {
  std::vector<std::vector<std::string>> names;
  for (const NamedUnit& named : units) names.push_back(stems(named.name));
  std::vector<std::optional<UnitReading>> out(headers.size());
  bool any_named = false;
  for (size_t column = 0; column < headers.size(); ++column) {
    std::vector<std::string> header = stems(headers[column]);
    size_t best = 0;
    for (size_t k = 0; k < units.size(); ++k)
      if (size_t shared = naming(names[k], header); shared > best) best = shared, out[column] = units[k].unit;
    any_named = any_named || best > 0;
  }
  // Below a table, a unit alone may be the next paragraph's: only one whose words say what it measures.
  // Below, the first column labels the rows (`3,125` vectors under a diagonal box), the others are measured.
  if (units.size() == 1 && !any_named && !apart && (!named_only || measured_by_name(units.front())))
    std::fill(out.begin() + (named_only && out.size() > 1 ? 1 : 0), out.end(), units.front().unit);
  return out;
}

CaptionUnit caption_unit(std::string_view line, UnitReader& units) {
  CaptionUnit said;
  said.heading = markdown_heading(line);
  if (names_parameters(line)) {
    said.given = said.sized_only = true;
    return said;
  }
  if (line.size() > kMaxCaptionBytes) return {};
  // `Training time (hours)`, `(in hours)`, `## Inference speed ( Token/sec )`.
  for (size_t open = line.find('('); open != std::string_view::npos && said.units.size() < kMaxUnits;
       open = line.find('(', open + 1)) {
    size_t close = line.substr(0, open + kMaxBracketBytes + 1).find(')', open);
    if (close == std::string_view::npos) continue;
    std::string_view inside = trimmed(line.substr(open + 1, close - open - 1));
    // `(mean±s.d. training seconds; CPU; n=10)`, `(in seconds, lower is better)`: the part that
    // ends with a unit, its last word.
    if (!may_be_unit(inside))
      if (auto part = unit_part(inside, units)) inside = *part;
    if (inside.starts_with("in ")) inside = trimmed(inside.substr(3));
    if (!may_be_unit(inside)) continue;
    // A unit, or a symbol a header sets apart (`inference time (ms)`, as a column's header reads it).
    auto unit = units.unit(inside);
    std::string name;  // what the unit measures, read once it is needed
    if (!unit && inside.size() <= kMaxSymbolBytes) {
      name = name_before(line, open);
      unit = units.header(name + " (" + std::string(inside) + ")");
      // A symbol is a unit only after the words of what it measures: `The (d) suffix` marks a row.
      if (unit && !measured_by_name({name, *unit})) continue;
    }
    if (!column_unit(unit)) continue;
    if (name.empty()) name = name_before(line, open);
    said.units.push_back({std::move(name), *unit});
  }
  // `Time is in GPU hours.`, `All times are reported in seconds.`: a unit that ends a clause.
  for (size_t in = next_in(line, 0); in != std::string_view::npos && said.units.size() < kMaxUnits;
       in = next_in(line, in + 1)) {
    std::string_view after = line.substr(in + 4, kMaxUnitBytes + 1);
    size_t end = after.find_first_of(".,;)");
    if (end == std::string_view::npos && in + 4 + after.size() < line.size()) continue;  // a clause too long
    std::string_view words = trimmed(after.substr(0, end));
    if (!may_be_unit(words)) continue;
    auto unit = units.unit(words);
    if (column_unit(unit)) said.units.push_back({name_before(line, in), *unit});
  }
  said.given = !said.units.empty();
  return said.given ? said : CaptionUnit{};
}

}  // namespace costlint::extract
