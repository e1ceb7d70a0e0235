#pragma once
// A half-open byte range [begin, end) in one source text. Offsets, not line and
// column: those are computed only when a diagnostic is printed (LineIndex).

#include <cstdint>

namespace costlint {

struct SourceRange {
  uint32_t begin = 0;
  uint32_t end = 0;

  bool empty() const { return begin == end; }
};

}  // namespace costlint
