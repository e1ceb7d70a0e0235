// Feeds arbitrary bytes to each evidence reader as a hostile log would be: the
// first byte picks the reader, the rest is the file. Any crash, sanitizer
// report, hang or unbounded allocation is a bug. Run with -only_ascii=0.

#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <string>

#include "ingest/evidence_reader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace costlint;
  if (size == 0) return 0;
  const auto& readers = all_readers();
  const EvidenceReader& reader = *readers[data[0] % readers.size()];
  static const std::string path = "/tmp/costlint-fuzz-evidence-" + std::to_string(::getpid());
  FILE* file = std::fopen(path.c_str(), "wb");
  if (!file) return 0;
  std::fwrite(data + 1, 1, size - 1, file);
  std::fclose(file);
  LineReader lines(path);
  DiagnosticSink sink;
  std::vector<std::unique_ptr<SourceFile>> excerpts;
  LogInput input(lines, "log.csv", "log.csv", sink, excerpts);
  LoggedEvidence logged = reader.read(input);
  for (const LoggedFigure& figure : logged.figures)
    if (!(figure.fact.value >= 0)) __builtin_trap();  // a logged total is never negative or NaN
  return 0;
}
