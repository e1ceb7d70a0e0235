// Feeds arbitrary bytes to one evidence reader (COSTLINT_FUZZ_FORMAT, one
// target per reader) as a hostile log would be. Any crash, sanitizer report,
// hang or unbounded allocation is a bug. Run with -only_ascii=0.

#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <string>

#include "ingest/evidence_reader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace costlint;
  static const EvidenceReader* reader = find_reader(COSTLINT_FUZZ_FORMAT);
  if (!reader) __builtin_trap();
  static const std::string path = "/tmp/costlint-fuzz-evidence-" + std::to_string(::getpid());
  FILE* file = std::fopen(path.c_str(), "wb");
  if (!file) return 0;
  std::fwrite(data, 1, size, file);
  std::fclose(file);
  LineReader lines(path);
  DiagnosticSink sink;
  std::vector<std::unique_ptr<SourceFile>> excerpts;
  LogInput input(lines, "log", "log", sink, excerpts);
  input.place(path, "/tmp");
  LoggedEvidence logged = reader->read(input);
  for (const LoggedFigure& figure : logged.figures)
    if (!(figure.fact.value >= 0)) __builtin_trap();  // a logged total is never negative or NaN
  if (logged.device_count && *logged.device_count > 1'000'000) __builtin_trap();
  return 0;
}
