#include "extract/origin_map.h"

#include <algorithm>

namespace costlint::extract {

uint32_t OriginMap::operator[](size_t at) const {
  auto run = std::upper_bound(runs_.begin(), runs_.end(), at,
                              [](size_t offset, const Run& r) { return offset < r.begin; });
  --run;  // the first run begins at 0, so some run holds `at`
  return run->copied ? run->from + static_cast<uint32_t>(at - run->begin) : run->from;
}

void OriginMap::copied(size_t size, uint32_t from) {
  if (size == 0) return;
  bool continues = !runs_.empty() && runs_.back().copied &&
                   runs_.back().from + (size_ - runs_.back().begin) == from;
  if (!continues) runs_.push_back({size_, from, true});
  size_ += size;
}

void OriginMap::stood(size_t size, uint32_t from) {
  if (size == 0) return;
  bool continues = !runs_.empty() && !runs_.back().copied && runs_.back().from == from;
  if (!continues) runs_.push_back({size_, from, false});
  size_ += size;
}

void OriginMap::repeat(size_t begin, size_t end) { append(*this, begin, end); }

void OriginMap::append(const OriginMap& source, size_t begin, size_t end) {
  if (begin >= end) return;
  const std::vector<Run>& runs = source.runs_;
  auto run = std::upper_bound(runs.begin(), runs.end(), begin,
                              [](size_t offset, const Run& r) { return offset < r.begin; });
  size_t first = static_cast<size_t>(run - runs.begin()) - 1;
  // The runs appended below are not read again (`source` may be this map): the map as it was is.
  size_t last = runs.size(), old_size = source.size_;
  for (size_t i = first; i < last; ++i) {
    Run r = runs[i];  // a copy: appending may move the vector
    size_t run_end = i + 1 < last ? runs[i + 1].begin : old_size;
    size_t a = std::max(begin, r.begin), b = std::min(end, run_end);
    if (a >= b) {
      if (r.begin >= end) break;
      continue;
    }
    if (r.copied) copied(b - a, r.from + static_cast<uint32_t>(a - r.begin));
    else stood(b - a, r.from);
  }
}

}  // namespace costlint::extract
