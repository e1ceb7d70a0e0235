#pragma once
// Counts of a dataset's splits joined by slashes, each named in the same order
// in the sentence: `6920/872/1821 sentences in train/dev/test sets`,
// `800/100/100 questions for training/validation/test`. Only the training
// split's count is a cost; the held-out ones are none. Counts with no noun of
// data after them (`80/10/10 train/validation/test split`, proportions) are
// left to the reading of any number. Internal to extract/.

#include <cstddef>
#include <optional>
#include <string_view>

namespace costlint::extract {

struct SplitCounts {
  size_t end = 0;  ///< past the last count
  /// The training split's count, where the names have one: where it is written, and its value.
  std::optional<size_t> train_begin;
  size_t train_end = 0;
  double train_value = 0;
  std::string_view noun;  ///< what the counts count, after them (`decision-data questions`)
};

/// Whether a slash follows the number that ends at `end` (most numbers: none, and no split's).
bool slash_after(std::string_view text, size_t end);

/// The counts joined by slashes that start at `p`, before a noun of data, where the sentence
/// names their splits in the same number and order; none where it does not (`09/22/1997`).
/// The training split's count is given only where it counts a dataset: a whole number of ten
/// or more, not a rate (`64/16/16 images per class`).
std::optional<SplitCounts> split_counts_at(std::string_view text, size_t p);

/// For a count at [begin, end) of a list the sentence ends with `respectively` (`train/dev/test sets
/// which contain 8544, 1101 and 2210 sentences, respectively`, `the training, validation and test
/// sets hold ...`): whether its split, named in the same order before it, is held out; none where
/// the sentence names no such order.
std::optional<bool> held_out_by_order(std::string_view text, size_t begin, size_t end);

}  // namespace costlint::extract
