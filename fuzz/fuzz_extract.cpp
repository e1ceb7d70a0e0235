// Feeds arbitrary bytes to `costlint extract` as a paper's source would reach
// it: as LaTeX, Markdown or plain text (the first byte chooses), then through
// the draft manifest. Any crash, sanitizer report or hang is a bug, and so is a
// statement whose value is not a finite, non-negative number or whose line is 0.

#include <cmath>
#include <cstddef>
#include <cstdint>
#include <string>

#include "corpus/hardware_catalog.h"
#include "extract/draft_manifest.h"
#include "extract/extractor.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace costlint;
  static const HardwareCatalog hardware = [] {
    std::string error;
    return *HardwareCatalog::load("", &error);
  }();
  if (size == 0) return 0;
  static const char* const kPaths[] = {"paper.tex", "README.md", "paper.txt"};
  std::string path = kPaths[data[0] % 3];
  std::string_view text(reinterpret_cast<const char*>(data) + 1, size - 1);
  std::vector<extract::CostStatement> statements = extract::extract_text(text, path, hardware);
  for (const extract::CostStatement& s : statements)
    if (!std::isfinite(s.value) || s.value < 0 || s.line == 0) __builtin_trap();
  std::string draft = extract::draft_manifest({{path, std::move(statements), ""}});
  if (draft.empty()) __builtin_trap();
  return 0;
}
