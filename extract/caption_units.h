#pragma once
// What a caption or a heading by a table says of its unit-less columns:
// that they count parameters, or their units, each after the words it is
// the unit of (`Energy consumption (kWh) and carbon emissions (kg CO$_2$eq)`,
// `Training time (in hours)`, `Time is in GPU hours`). table_reader.cpp reads
// the caption above a table, and the one below it. Internal to extract/.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "extract/unit_phrase.h"

namespace costlint::extract {

/// A unit a caption gives, after the words that say what it measures.
struct NamedUnit {
  std::string name;  ///< folded: `training time`, `carbon emissions`
  UnitReading unit;
};

struct CaptionUnit {
  bool given = false;  ///< whether the line says anything of the table
  /// That the columns count parameters: then only sizes with their magnitude (`5.6 B`) are read.
  bool sized_only = false;
  bool heading = false;  ///< said by a Markdown heading: it holds over the paragraph under it
  /// Said below the table: only to the columns it names, or a unit whose words say what it measures.
  bool named_only = false;
  /// Said below the table, after a blank line, by a paragraph whose first sentence gives no unit (`During
  /// the training, ... The logs contain the training speed (tokens/sec).`): its unit is a column's only by name.
  bool apart = false;
  std::vector<NamedUnit> units;

  /// The unit each column of a table headed by `headers` takes: the unit whose
  /// words name the column best, its last word among them (`Energy` under
  /// `Energy consumption (kWh)`, `Inference time` under `inference time (ms)`);
  /// where no column is so named, the one unit the caption gives, to every
  /// column but the first, which labels the rows (`A100`, `V100` under
  /// `Training time (in hours)`).
  std::vector<std::optional<UnitReading>> of_columns(const std::vector<std::string>& headers) const;
};

/// Whether a line of the plain text is a Markdown heading: it starts with `#`
/// (a LaTeX source's `\#` seldom starts a line of prose).
bool markdown_heading(std::string_view line);

/// What a line of prose says of the table after it.
CaptionUnit caption_unit(std::string_view line, UnitReader& units);

}  // namespace costlint::extract
