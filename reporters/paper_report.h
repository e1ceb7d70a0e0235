#pragma once
// `costlint report`: the disclosure an author pastes into the paper, per system
// and phase, each figure marked declared, logged or estimated (with its range),
// the comparison with the manifest's other systems and a statement in words,
// as Markdown, LaTeX (booktabs and siunitx, a whole document whose part between
// the `costlint: begin` and `end` comments is what goes into the paper) or one
// standalone HTML page with the frontier plots inline.

#include "lint/check_run.h"

namespace llvm {
class raw_ostream;
}

namespace costlint {

void report_paper_markdown(const CheckRun& run, llvm::raw_ostream& out);
void report_paper_latex(const CheckRun& run, llvm::raw_ostream& out);
void report_paper_html(const CheckRun& run, llvm::raw_ostream& out);

/// GitHub's job summary: the findings counted per family, then the Markdown report.
void report_step_summary(const CheckRun& run, llvm::raw_ostream& out);

}  // namespace costlint
