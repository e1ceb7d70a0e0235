// Feeds arbitrary bytes to one evidence reader (COSTLINT_FUZZ_FORMAT, one
// target per reader) as a hostile log would be, laid out as the reader reads
// it (fuzz/evidence_layout.h). Any crash, sanitizer report, hang or unbounded
// allocation is a bug. Run with -only_ascii=0.

#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <string>

#include "fuzz/evidence_layout.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace costlint;
  static const EvidenceReader* reader = find_reader(COSTLINT_FUZZ_FORMAT);
  if (!reader) __builtin_trap();
  static const std::filesystem::path folder =
      std::filesystem::temp_directory_path() /
      ("costlint-fuzz-evidence-" + std::to_string(::getpid()));
  auto path = fuzzing::lay_out(*reader, {reinterpret_cast<const char*>(data), size}, folder);
  DiagnosticSink sink;
  LogReading logged = fuzzing::read_laid_out(*reader, path, folder, sink);
  for (const LoggedFigure& figure : logged.figures)
    if (!(figure.fact.value >= 0)) __builtin_trap();  // a logged total is never negative or NaN
  if (logged.device_count && *logged.device_count > 1'000'000) __builtin_trap();
  return 0;
}
