#pragma once
// `costlint extract`: every statement of cost in a paper's source (LaTeX,
// Markdown, plain text), found by the grammar of cost_grammar.h in the prose,
// the table cells (a unit in a column's header applies to its numbers), a model
// card's front matter and its "Hours used: ..." lists.

#include <string>
#include <string_view>
#include <vector>

#include "extract/cost_statement.h"

namespace costlint {
class HardwareCatalog;
}

namespace costlint::extract {

/// The statements of one source text, named `path` in what they say; the
/// files it `\input`s, as written, into `inputs` if given.
std::vector<CostStatement> extract_text(std::string_view source, const std::string& path,
                                        const HardwareCatalog& hardware,
                                        std::vector<std::string>* inputs = nullptr);

/// Below it a statement is doubtful (confidence_model.h): `extract` leaves it
/// out unless asked (`--min-confidence 0`).
inline constexpr double kMinConfidence = 0.5;

struct ExtractedFile {
  std::string path;  ///< relative to the root when inside it
  std::vector<CostStatement> statements;
  std::string text;  ///< the source, for findings that point into it
};

/// The statements of `path` and of the files it `\input`s, each once, none
/// outside `root`, each weighed by the confidence model and kept when at least
/// `min_confidence`; what cannot be read is said in `problems`.
std::vector<ExtractedFile> extract_paper(const std::string& path, const std::string& root,
                                         const HardwareCatalog& hardware,
                                         std::vector<std::string>& problems,
                                         double min_confidence = kMinConfidence);

}  // namespace costlint::extract
