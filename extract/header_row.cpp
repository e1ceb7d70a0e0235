// How the cells of a table's header row read each other: the unit one header
// gives its column may depend on what the others name (a `Train` beside held-out
// splits, a `Size` beside models or datasets, `Words` beside counts of items, a
// `Duration` beside a window).

#include "extract/header_row.h"

#include <algorithm>
#include <initializer_list>
#include <string>

#include "extract/unit_phrase.h"
#include "ir/text_case.h"

namespace costlint::extract {
namespace {

/// `| Dataset | Train | Dev | Test |`: a `Train` column beside its held-out splits counts the
/// training set's items (alone, `Train` may head its steps or its accuracy; counts under a
/// thousand are no dataset: plausibility).
void split_sizes(const std::vector<Cell>& cells, std::vector<std::optional<UnitReading>>& units) {
  auto named = [&](size_t i, std::initializer_list<std::string_view> names) {
    std::string_view name = trimmed(cells[i].text);
    return std::any_of(names.begin(), names.end(), [&](std::string_view one) { return same_folded(name, one); });
  };
  bool held_out = false;
  for (size_t i = 0; i < cells.size() && !held_out; ++i)
    held_out = named(i, {"test", "dev", "val", "validation", "testing"});
  if (!held_out) return;
  for (size_t i = 0; i < cells.size(); ++i)
    if (!units[i] && named(i, {"train", "training"})) units[i] = UnitReading{FigureKind::Samples, 1};
}

/// `| Model | Size (M) |`: a size in millions beside the models it sizes is their
/// parameters (alone, `Size (M)` may count a dataset's items; beside a column of
/// parameters, it is the file's megabytes). `| Dataset | Split | Size |`: a size beside
/// datasets is none of a model's.
void sizes_of_models(const std::vector<Cell>& cells, std::vector<std::optional<UnitReading>>& units) {
  size_t first = 0;
  while (first < cells.size() && blank(cells[first].text)) ++first;
  if (first == cells.size()) return;
  std::string_view head = trimmed(cells[first].text);
  for (std::string_view data : {"dataset", "datasets", "sub-dataset", "corpus", "benchmark", "task", "split"})
    if (same_folded(head, data))
      for (size_t i = first + 1; i < cells.size(); ++i)
        if (units[i] && units[i]->figure == FigureKind::Parameters && same_folded(trimmed(cells[i].text), "size"))
          units[i].reset();
  bool models = false;
  for (std::string_view word : {"model", "models", "checkpoint", "checkpoints", "backbone", "architecture", "network"})
    models = models || same_folded(head, word);
  bool parameters = std::any_of(units.begin(), units.end(),
                                [](const auto& unit) { return unit && unit->figure == FigureKind::Parameters; });
  if (!models || parameters) return;
  for (size_t i = first + 1; i < cells.size(); ++i) {
    std::string_view name = trimmed(cells[i].text);
    auto magnitude = bracketed_magnitude(name);
    if (!units[i] && magnitude && *magnitude >= 1e6 && same_folded(trimmed(name.substr(0, name.rfind('('))), "size"))
      units[i] = UnitReading{FigureKind::Parameters, *magnitude};
  }
}

/// `Words` counts a corpus beside a count of its sentences or documents (`| Sents | Words |`),
/// not a lexicon's entries (`| Lexicon | Words |`).
void words_beside_items(const std::vector<Cell>& cells, std::vector<std::optional<UnitReading>>& units) {
  auto counts = [&](FigureKind figure) {
    return std::any_of(units.begin(), units.end(), [&](const auto& unit) { return unit && unit->figure == figure; });
  };
  if (counts(FigureKind::Samples) || !counts(FigureKind::Tokens)) return;
  for (size_t i = 0; i < cells.size(); ++i) {
    std::string_view name = trimmed(cells[i].text);
    while (!name.empty() && (name.front() == '#' || name.front() == ' ')) name.remove_prefix(1);
    if (units[i] && same_folded(name, "words")) units[i].reset();
  }
}

/// `| Window Size | Duration (min) |`: a duration beside the window it measures is the window's
/// length, no run's time.
void durations_of_windows(const std::vector<Cell>& cells, std::vector<std::optional<UnitReading>>& units) {
  // Most header rows have no duration (and most rows are none): looked for first.
  if (std::none_of(units.begin(), units.end(), [](const auto& unit) { return unit && unit->figure == FigureKind::Duration; }))
    return;
  // A window's words, not an image's resolution nor a sampling rate.
  bool windows = std::any_of(cells.begin(), cells.end(), [](const Cell& cell) {
    std::string words = folded(cell.text);
    for (std::string_view window : {"window", "horizon", "lookback", "look-back", "lag", "history", "stride"})
      if (words.find(window) != std::string::npos) return true;
    return false;
  });
  if (!windows) return;
  for (size_t i = 0; i < cells.size(); ++i)
    if (units[i] && units[i]->figure == FigureKind::Duration && folded(trimmed(cells[i].text)).starts_with("duration"))
      units[i].reset();
}

}  // namespace

void read_beside_each_other(const std::vector<Cell>& cells, std::vector<std::optional<UnitReading>>& units) {
  split_sizes(cells, units);
  words_beside_items(cells, units);
  sizes_of_models(cells, units);
  durations_of_windows(cells, units);
}

}  // namespace costlint::extract
