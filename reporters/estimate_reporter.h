#pragma once
// `costlint estimate`: each system's disclosure table, declared, logged and
// estimated figures side by side, as text or as JSON (values in SI base
// units: s, J, B, FLOP, gCO2e, USD; device-time in device·s).

#include "lint/check_run.h"

namespace llvm {
class raw_ostream;
}

namespace costlint {

void report_estimates_text(const CheckRun& run, llvm::raw_ostream& out);
void report_estimates_json(const CheckRun& run, llvm::raw_ostream& out);

}  // namespace costlint
