// Feeds arbitrary bytes through the whole front end as a hostile submission
// would: parse, resolve, check, and render every report (fuzz/every_report.h). Any crash, sanitizer report,
// hang or unbounded allocation is a bug.

#include <cstddef>
#include <cstdint>

#include "fuzz/every_report.h"
#include "lint/driver.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace costlint;
  CheckRun run = check_text("fuzz.cost", std::string_view(reinterpret_cast<const char*>(data), size));
  fuzzing::render_every_report(run);
  return 0;
}
