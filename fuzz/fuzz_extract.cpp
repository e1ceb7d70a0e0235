// Feeds arbitrary bytes to `costlint extract` as a paper's source would reach
// it: as LaTeX, Markdown or plain text (the first byte chooses), then through
// the draft manifest. Any crash, sanitizer report or hang is a bug, and so is a
// statement whose value is not a finite, non-negative number or whose line is 0,
// and a text read in two parts (the last byte chooses where) whose statements
// differ from one reading's.

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "corpus/hardware_catalog.h"
#include "extract/draft_manifest.h"
#include "extract/extractor.h"
#include "extract/plain_text.h"
#include "extract/text_scan.h"
#include "fuzz/paper_layout.h"
#include "ir/line_index.h"

namespace {

bool same(const costlint::extract::CostStatement& a, const costlint::extract::CostStatement& b) {
  bool devices = a.device.has_value() == b.device.has_value() &&
                 (!a.device || (a.device->count == b.device->count && a.device->model == b.device->model));
  return a.figure == b.figure && a.value == b.value && a.unit == b.unit && a.approximate == b.approximate &&
         devices && a.offset == b.offset && a.length == b.length && a.text == b.text && a.row_label == b.row_label;
}

/// Whether the text of `source` read from a place its last byte chooses, by a second thread,
/// gives the statements of one reading.
bool read_alike_in_two_parts(std::string_view source, const std::string& path,
                             const costlint::HardwareCatalog& hardware) {
  using namespace costlint::extract;
  PlainText plain = to_plain(source, source_kind(path));
  costlint::LineIndex lines(source);
  size_t split = source.empty() ? 0 : plain.text.size() * static_cast<unsigned char>(source.back()) / 255;
  auto whole = scan_text(plain, lines, path, hardware, plain.text.size());
  auto parts = scan_text(plain, lines, path, hardware, split);
  return whole.size() == parts.size() && std::equal(whole.begin(), whole.end(), parts.begin(), same);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace costlint;
  static const HardwareCatalog hardware = [] {
    std::string error;
    return *HardwareCatalog::load("", &error);
  }();
  auto paper = fuzzing::paper_source({reinterpret_cast<const char*>(data), size});
  if (!paper) return 0;
  std::vector<extract::CostStatement> statements = extract::extract_text(paper->text, paper->path, hardware);
  if (!read_alike_in_two_parts(paper->text, paper->path, hardware)) __builtin_trap();
  for (const extract::CostStatement& s : statements)
    if (!std::isfinite(s.value) || s.value < 0 || s.line == 0) __builtin_trap();
  std::string draft = extract::draft_manifest({{paper->path, std::move(statements), ""}});
  if (draft.empty()) __builtin_trap();
  return 0;
}
