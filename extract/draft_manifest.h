#pragma once
// The draft manifest `costlint extract` prints: a hardware pool and one model
// with the figures the paper states, each citing the line it came from, every
// other statement of the same figure listed beneath it for the author to sort
// into systems, and a `# TODO` for each figure the paper does not give.

#include <string>
#include <vector>

#include "extract/extractor.h"

namespace costlint::extract {

std::string draft_manifest(const std::vector<ExtractedFile>& files);

}  // namespace costlint::extract
