#pragma once
// The summary of a batch for the programme committee (`costlint batch
// --summary FILE`): CSV (one row per submission, for a spreadsheet), JSON (the
// rows and the batch's figures; `costlint summary merge` reads it back), or one
// standalone HTML page with each benchmark's frontier and every submission on it.

#include "lint/batch_summary.h"

namespace llvm {
class raw_ostream;
}

namespace costlint {

void report_summary_csv(const BatchSummary& summary, llvm::raw_ostream& out);
void report_summary_json(const BatchSummary& summary, llvm::raw_ostream& out);
void report_summary_html(const BatchSummary& summary, llvm::raw_ostream& out);

}  // namespace costlint
