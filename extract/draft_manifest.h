#pragma once
// The draft manifest `costlint extract` prints: a hardware pool, one model for
// the prose and one for each table row that states a cost (a table of dataset
// sizes alone makes no systems: its figures join the prose's), each figure citing
// the line it came from, every other statement of the same figure listed beneath
// it for the author to sort into systems, and a `# TODO` for each figure the
// paper does not give.

#include <array>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "extract/extractor.h"

namespace costlint::extract {

std::string draft_manifest(const std::vector<ExtractedFile>& files);

/// The draft without its version line and header: the pool and the models (what
/// `costlint init --paper` writes where no log is found).
std::string drafted_systems(const std::vector<ExtractedFile>& files);

/// The run's devices as the paper states them: `8 x "NVIDIA Tesla P100-PCIE-16GB"`, and
/// the citation of their statement.
struct PaperPool {
  std::string devices;
  std::string citation;
};
/// The paper's pool: its first counted devices, accelerators before a host's processors.
std::optional<PaperPool> paper_pool(const std::vector<ExtractedFile>& files);

/// The fields of a training phase that a first manifest marks `# TODO` when
/// neither the paper nor the logs give them: what the `norms` profile asks first.
inline constexpr std::array<std::string_view, 4> kTodoFields = {"duration", "compute", "energy", "emissions"};

/// A name of the manifest language made from `words` (a table row's label, a
/// folder): lower-case letters, digits, `_` and `-`, any other run as one `_`,
/// `fallback` when nothing is left and before a name that does not start with a
/// letter, and a suffix (`_2`, `_3`) for one already in `taken`, which it joins.
std::string manifest_name(std::string_view words, std::string_view fallback, std::set<std::string>& taken);

/// `text` as a string literal of the manifest language: quotes and backslashes
/// escaped, control characters dropped, bytes that are not UTF-8 written U+FFFD.
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
