// Feeds arbitrary bytes to `costlint extract` as a paper's source would reach
// it: as LaTeX, Markdown or plain text (the first byte chooses), then through
// the draft manifest. Any crash, sanitizer report or hang is a bug, and so is a
// statement whose value is not a finite, non-negative number or whose line is 0,
// and a text read in two parts (the last byte chooses where) whose statements
// differ from one reading's, and a draft manifest the checker's front end finds
// an error in (the promise: a draft checks without a syntax or name
// error). The statements are weighed by the confidence model as extract weighs
// them, for what the sanitizers find there.

#include <cmath>
#include <cstddef>
#include <cstdint>
#include <string>

#include "corpus/hardware_catalog.h"
#include "extract/confidence_model.h"
#include "extract/draft_manifest.h"
#include "extract/extractor.h"
#include "fuzz/draft_errors.h"
#include "fuzz/paper_layout.h"
#include "fuzz/two_part_reading.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace costlint;
  static const HardwareCatalog hardware = [] {
    std::string error;
    return *HardwareCatalog::load("", &error);
  }();
  auto paper = fuzzing::paper_source({reinterpret_cast<const char*>(data), size});
  if (!paper) return 0;
  std::vector<extract::CostStatement> statements = extract::extract_text(paper->text, paper->path, hardware);
  if (!fuzzing::read_alike_in_two_parts(paper->text, paper->path, hardware)) __builtin_trap();
  for (const extract::CostStatement& s : statements)
    if (!std::isfinite(s.value) || s.value < 0 || s.line == 0) __builtin_trap();
  extract::ConfidenceModel::embedded().weigh(statements);
  std::string draft = extract::draft_manifest({{paper->path, std::move(statements), ""}});
  if (draft.empty()) __builtin_trap();
  if (!fuzzing::draft_errors(draft).empty()) __builtin_trap();
  return 0;
}
