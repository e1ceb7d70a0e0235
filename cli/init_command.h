#pragma once
// `costlint init [DIR]`: a first manifest from the logs under DIR (every format
// `evidence auto` reads), one model per folder of logs with the figures they
// hold, the paper's figures merged with --paper, and a `# TODO` for the rest.
// It never overwrites a manifest unless --force.

#include "cli/options.h"

namespace costlint::cli {

int run_init_command(const Options& options);

}  // namespace costlint::cli
