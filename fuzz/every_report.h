#pragma once
// Every output a checked run can be rendered in, rendered and thrown away: what
// the fuzz targets (fuzz/fuzz_*.cpp) and the replay of their corpus
// (tests/fuzz_regression_test.cpp) do with each input's run, since a hostile
// input may reach any reporter.

#include <string_view>

#include <llvm/Support/raw_ostream.h>

#include "reporters/paper_report.h"
#include "reporters/reporter.h"

namespace costlint::fuzzing {

inline void render_every_report(const CheckRun& run) {
  llvm::raw_null_ostream out;
  for (std::string_view format : reporter_names()) (*find_reporter(format))(run, ReportOptions{}, out);
  report_text(run, ReportOptions{true, {}}, out);  // with colour
  report_paper_markdown(run, out);
  report_paper_latex(run, out);
  report_paper_html(run, out);
}

}  // namespace costlint::fuzzing
