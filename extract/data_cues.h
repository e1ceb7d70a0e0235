#pragma once
// What the words around a count of data say of it: that it is a held-out
// set's (`25,000 pairs for validation`, `47,605 test frames`), that its noun
// counts a dataset's items, that a model was trained on it (`150 training
// patients`). Internal to extract/.

#include <cstddef>
#include <optional>
#include <string_view>

namespace costlint::extract {

/// Whether the clause around a count, `begin` to `end`, says it is held out
/// (`for testing`, `the validation split (2,000 images)`).
bool held_out_around(std::string_view text, size_t begin, size_t end);
/// `test`, `validation`, `eval`: a word that qualifies a held-out set's items (`47,605 test frames`).
bool held_out_word(std::string_view word);
/// Whether a plural noun counts a dataset's items (`images`, `patients`), not tasks or languages.
bool counts_items(std::string_view noun);
/// Whether the data counted by the noun at [begin, end) is what a model was
/// trained on: `150 training patients`, `700 videos for training`; `use_after`, what
/// use_named_after says of the clause after it (its caller reads it first).
bool training_set_around(std::string_view text, size_t begin, size_t end, std::optional<bool> use_after);
/// What the clause after a count's noun, ending at `end`, says its items are used as:
/// true for training (`700 samples as the training data`, `500 samples from the labeled
/// training split`, `5,000 images from the validation set into the training set`), false for
/// a held-out set (`4449 samples are used as the testing data`, `5,000 images from the training
/// set for validation`), none where it names neither.
std::optional<bool> use_named_after(std::string_view text, size_t end);
/// Whether the number at `p` is given to the symbol of a training set's size:
/// `$N_{\rm train} = 50{,}000$`, `n_train=2000` (LaTeX's subscript gone: `N train =`).
bool training_size_symbol_before(std::string_view text, size_t p);

/// Whether the words around `at` (a count's noun) speak of data: a dataset, a corpus,
/// training, annotation, what a collection contains.
bool data_named_around(std::string_view text, size_t at);

/// Whether the words before a duration, whose unit starts at `unit_at`, name items
/// of data it measures (`segments at 1.0 s`, `clips of 5 seconds`): each item's
/// length, not a run's.
bool media_item_before(std::string_view text, size_t unit_at);
/// Whether a count, whose unit starts at `unit_at`, gives where counted items came from
/// (`153,516 utterances from 1,251 speakers`): the items are the data, not the speakers.
bool source_of_counted_items(std::string_view text, size_t unit_at);

/// A count and its noun, a word of letters: `153,516 utterances`.
struct CountedNoun {
  std::string_view count, noun;
};
/// The count and noun `before` ends with (`... 2737 samples`); none where it ends otherwise.
std::optional<CountedNoun> counted_noun_at_end(std::string_view before);

/// A split's training count, whose noun only the split's held-out member writes:
/// `391 training, 111 validation, and 57 test images`, `10,178 training and 1,273 test
/// examples`, the count ending at `after`.
struct TrainingSplit {
  size_t end;             ///< past `training`
  std::string_view noun;  ///< `images`, as the held-out member writes it
};
std::optional<TrainingSplit> training_split(std::string_view text, size_t after);

}  // namespace costlint::extract
