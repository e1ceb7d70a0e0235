#pragma once
// `# costlint: ignore RULE[, RULE] -- reason`: a comment that silences
// findings. The parser reads it; the conductor (lint/suppressions.h) applies it.

#include <string>
#include <vector>

#include "ir/source_range.h"

namespace costlint {

/// A comment alone on its line silences the next line; one after code
/// silences its own line.
struct Suppression {
  std::vector<std::string> rules;  ///< codes or kebab-case names, as written
  std::string reason;
  SourceRange range;
  bool own_line = false;
};

}  // namespace costlint
