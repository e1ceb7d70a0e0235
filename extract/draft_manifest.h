#pragma once
// The draft manifest `costlint extract` prints: a hardware pool and one model
// with the figures the paper states, each citing the line it came from, every
// other statement of the same figure listed beneath it for the author to sort
// into systems, and a `# TODO` for each figure the paper does not give.

#include <string>
#include <vector>

#include "extract/extractor.h"

namespace costlint::extract {

std::string draft_manifest(const std::vector<ExtractedFile>& files);

/// `text` as a string literal of the manifest language: quotes and backslashes
/// escaped, control characters dropped.
std::string manifest_string(std::string_view text);

/// A figure the paper states, as a field of a model (`parameters`) or of its
/// training phase: `energy`, `~37.3 kWh`, `paper.tex:12 "We used ..."`.
struct PaperField {
  std::string field;
  bool of_phase = true;
  std::string value;
  std::string citation;
};

/// The first statement of each field the paper gives, in the order of the
/// manifest's fields (what `costlint init --paper` merges).
std::vector<PaperField> paper_fields(const std::vector<ExtractedFile>& files);

}  // namespace costlint::extract
