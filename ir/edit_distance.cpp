#include "ir/edit_distance.h"

#include <algorithm>
#include <cctype>

namespace costlint {

size_t edit_distance(std::string_view a, std::string_view b) {
  // ASCII only, without the C library's locale lookup: this runs once per cell.
  auto fold = [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; };
  // Optimal string alignment: a swap of two neighbours is one edit, as typos are.
  const size_t columns = b.size() + 1;
  std::vector<size_t> d((a.size() + 1) * columns);
  auto at = [&](size_t i, size_t j) -> size_t& { return d[i * columns + j]; };
  for (size_t i = 0; i <= a.size(); ++i) at(i, 0) = 2 * i;
  for (size_t j = 0; j <= b.size(); ++j) at(0, j) = 2 * j;
  for (size_t i = 1; i <= a.size(); ++i) {
    for (size_t j = 1; j <= b.size(); ++j) {
      size_t substitution = a[i - 1] == b[j - 1] ? 0 : fold(a[i - 1]) == fold(b[j - 1]) ? 1 : 2;
      size_t best = std::min({at(i - 1, j) + 2, at(i, j - 1) + 2, at(i - 1, j - 1) + substitution});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
        best = std::min(best, at(i - 2, j - 2) + 2);
      at(i, j) = best;
    }
  }
  return at(a.size(), b.size());
}

std::optional<std::string> closest_match(std::string_view name,
                                         const std::vector<std::string_view>& candidates) {
  // A hostile manifest may name a device in megabytes: no such name is a typo of
  // a known one, and comparing it would cost its length times every candidate's.
  if (name.size() > kMaxSuggestedLength) return std::nullopt;
  // In half-steps: a third of the length, but always allow one real edit.
  size_t limit = std::max<size_t>(2, 2 * name.size() / 3);
  std::optional<std::string> best;
  size_t best_distance = limit + 1;
  for (std::string_view candidate : candidates) {
    // Each character of difference in length is an insertion: two half-steps.
    size_t gap = name.size() > candidate.size() ? name.size() - candidate.size()
                                                : candidate.size() - name.size();
    if (2 * gap >= best_distance) continue;
    size_t distance = edit_distance(name, candidate);
    if (distance > 0 && distance < best_distance) {
      best_distance = distance;
      best = std::string(candidate);
    }
  }
  return best;
}

}  // namespace costlint
