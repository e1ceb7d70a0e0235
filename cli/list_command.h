#pragma once
// `costlint list benchmarks|hardware|regions|profiles`: what the reference
// corpus knows, with the spellings a manifest may use.

#include "cli/options.h"

namespace costlint::cli {

int run_list_command(const Options& options);

}  // namespace costlint::cli
