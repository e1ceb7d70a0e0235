#pragma once
// `costlint frontier`: each system's place on the Pareto frontier of every
// benchmark it is scored on, for every resource it has a value on, as a text
// table, a standalone SVG (log-scale resource, the frontier as a step line, the
// 0.75-quantile trend and its band, reference points, the manifest's systems
// labelled), that SVG in a standalone HTML page, or JSON. The numbers are the score
// stage's (estimate/disclosure_placement.h); these only lay them out.

#include "lint/check_run.h"

namespace llvm {
class raw_ostream;
}

namespace costlint {

void report_frontier_text(const CheckRun& run, llvm::raw_ostream& out);
void report_frontier_svg(const CheckRun& run, llvm::raw_ostream& out);
void report_frontier_html(const CheckRun& run, llvm::raw_ostream& out);
void report_frontier_json(const CheckRun& run, llvm::raw_ostream& out);

}  // namespace costlint
