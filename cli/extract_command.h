#pragma once
// `costlint extract PAPER...`: the statements of cost in a paper's source, as a
// draft manifest or as JSON (docs/extract.md).

#include "cli/options.h"

namespace costlint::cli {

int run_extract_command(const Options& options);

}  // namespace costlint::cli
