// Feeds arbitrary bytes through the whole front end as a hostile submission
// would: parse, resolve, and render both reports. Any crash, sanitizer report,
// hang or unbounded allocation is a bug.

#include <cstddef>
#include <cstdint>

#include <llvm/Support/raw_ostream.h>

#include "lint/driver.h"
#include "reporters/reporter.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace costlint;
  CheckRun run = check_text("fuzz.cost", std::string_view(reinterpret_cast<const char*>(data), size));
  llvm::raw_null_ostream out;
  report_text(run, ReportOptions{true, {}}, out);
  report_sarif(run, ReportOptions{}, out);
  return 0;
}
