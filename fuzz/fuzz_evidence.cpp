// Feeds arbitrary bytes to one evidence reader (COSTLINT_FUZZ_FORMAT, one
// target per reader) as a hostile log would be, laid out as the reader reads
// it (fuzz/evidence_layout.h), then through the whole pipeline: a manifest
// that cites the log is checked (estimates, placements, rules) and rendered in
// every format, since what a reader derives (a sum, an integral) reaches the
// rules and the reporters. Any crash, sanitizer report, hang or unbounded
// allocation is a bug. Run with -only_ascii=0.

#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <string>

#include <fmt/format.h>

#include "fuzz/every_report.h"
#include "fuzz/evidence_layout.h"
#include "lint/driver.h"

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

  // The whole pipeline on a manifest that cites the log, with a pool and a site
  // so that the estimator and the consistency rules use what was logged.
  std::string manifest = fmt::format(
      "costlint 1\nhardware gpus = 8 x \"NVIDIA A100-SXM4-80GB\"\nsite s {{ region = \"FR\" }}\n"
      "benchmark b {{ name = \"MMLU\" }}\n"
      "model m {{ parameters = 7 B; score b = 0.5\n  train {{ hardware = gpus; site = s; "
      "energy = 41 kWh; duration = 6 h\n    evidence {} \"{}\" }}\n}}\n",
      COSTLINT_FUZZ_FORMAT, path.lexically_relative(folder).string());
  CheckOptions options;
  options.root = folder.string();
  CheckRun run = check_text((folder / "paper.cost").string(), manifest, options);
  fuzzing::render_every_report(run);
  return 0;
}
