#pragma once
// What the words before a count say of the set it sizes, however small: that a
// set holds it (`the dataset consists of 242 scans`, `a dataset of 177
// proteins`, `a total of 300 trajectories`), or that the sentence gives a share
// of counted items to training (`2737 samples, of which 2326 were used for
// training`). Internal to extract/ (plausibility.cpp, text_scan.cpp).

#include <cstddef>
#include <optional>
#include <string_view>

namespace costlint::extract {

/// Whether the words before a count, whose noun starts at `unit_at` (after the words that
/// qualify it: `392 TCGA-PRAD patients`), say a set of data holds it.
bool held_by_set_before(std::string_view text, size_t unit_at);

/// The noun of the items a count at [begin, end) is the training share of; none where the
/// sentence gives it to no training, or the items are no dataset's.
std::optional<std::string_view> share_for_training(std::string_view text, size_t begin, size_t end);

}  // namespace costlint::extract
