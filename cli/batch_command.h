#pragma once
// `costlint batch` and `costlint summary merge`: the conductor's batch
// (lint/batch.h) wired to the checker and the reporters.

#include "cli/options.h"

namespace costlint::cli {

int run_batch_command(const Options& options);
int run_summary_command(const Options& options);

}  // namespace costlint::cli
