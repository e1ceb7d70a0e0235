#pragma once
// Running one evidence reader on a file or a text, for the reader tests.

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "ingest/evidence_reader.h"

namespace costlint {

struct Read {
  LogReading logged;  ///< empty when the log could not be read
  std::vector<std::string> problems;  ///< "LINE: severity: message"
  std::vector<std::unique_ptr<SourceFile>> excerpts;  ///< what logged facts point into
};

/// Runs `reader` on the file at `path`.
Read read_file(const EvidenceReader& reader, const std::string& path);
/// Runs `reader` on `text`, written to a temporary file.
Read read_text(const EvidenceReader& reader, std::string_view text);
/// Reads `evidence FORMAT "PATH"` as the checker does, from a manifest in the
/// folder `root`, which is also the repository root. `problems` are the
/// evidence's findings (S0xx) as "FILE:LINE: severity: message [CODE]", FILE
/// as the finding names it (`paper.cost` for the evidence line), LINE 0 for a
/// whole file; `logged` is empty when the log could not be read.
Read ingest(std::string_view format, std::string_view path, const std::string& root);
/// The figure of `quantity`, or nullptr.
const LoggedFigure* figure(const LogReading& logged, Quantity quantity);
/// The value of the figure of `quantity`, which must be there.
double value(const LogReading& logged, Quantity quantity);
/// The score of `metric` (and `task`), or nullptr.
const LoggedScore* score(const LoggedEvidence& logged, std::string_view metric,
                         std::string_view task = {});

}  // namespace costlint
