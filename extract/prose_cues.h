#pragma once
// The words around a number that tell what it is: a label of time before a
// clock, a batch before a count, a name before a size, a device after a size.
// Each looks a few words either side of a place in a paper's plain text.
// Internal to extract/.

#include <cstddef>
#include <initializer_list>
#include <string>
#include <string_view>

#include "extract/cost_statement.h"

namespace costlint::extract {

/// The `reach` bytes before `at`, folded, from after the last of `stops` in
/// them: the words of the clause or sentence that lead to `at`.
std::string clause_before(std::string_view text, size_t at, size_t reach, std::string_view stops);
/// Whether `words`, past its trailing spaces, ends with one of `endings`, a whole word or phrase
/// (`... contains`, not `maintains`; `... evaluated on `, the space before a count, as `evaluated on`).
bool ends_with_word(std::string_view words, std::initializer_list<std::string_view> endings);

/// Words before a number that make it approximate (`about`, `~`, `up to`).
bool approximate_before(std::string_view text, size_t at);
/// Whether the word at `p` can begin a phrase of words (a count, a vendor, a
/// model, a class of device, `P100x8`): most words of prose cannot, and are
/// passed by without trying the grammar.
bool may_start_phrase(std::string_view text, size_t p);
/// Whether the word at `p` holds an `x` before a digit, as `P100x8` does.
bool times_count_ahead(std::string_view text, size_t p);
/// Whether the word before `p` is a name (`OLMo 7B`, `BLOOM 176B`): the size
/// is then part of the model's name, not a statement of it.
bool named_before(std::string_view text, size_t p);
/// Whether `±` (or `+-`, or `σ =`) stands just before `p`: an uncertainty follows.
bool after_plus_minus(std::string_view text, size_t p);
/// Whether the number at `p` is a dimension's second factor: `1024×1024 images`, `224 x 224`.
bool after_dimension(std::string_view text, size_t p);
/// Whether the words after a count of data (folded, `next`) make it a rate of something else:
/// `4M tokens per batch`, `10 images/s`, `8 examples each`.
bool rate_follows(std::string_view next);
/// Whether a line starting with `c` is a list's item, a table's row, a heading or a quote.
bool starts_a_block(char c);
/// Whether a batch is named in the few words before `at`, in its sentence.
bool batch_before(std::string_view text, size_t at);
/// Whether the sentence before `at` names a context length or a vocabulary.
bool token_setting_before(std::string_view text, size_t at);
/// Whether a vocabulary is named just before the number of a count whose unit starts at `at`
/// (`a vocabulary of 3 million words`).
bool vocabulary_before(std::string_view text, size_t at);
/// Whether a rate whose unit starts at `at` is a progress bar's (`[00:10<00:00, 914.19it/s]`).
bool in_progress_bar(std::string_view text, size_t at);
/// Whether the clause before a rate at `at` names data sampled or recorded (`sampled at 1 FPS`).
bool sampled_before(std::string_view text, size_t at);
/// Whether the sentence before a rate in frames names a system's speed (`we achieve ... 36 FPS`).
bool speed_before(std::string_view text, size_t at);
/// Whether the clause before a duration names the data's time scale (`lead time is`, `resolutions`,
/// `an exposure time of`).
bool time_scale_before(std::string_view text, size_t at);
/// Whether the words after a duration (folded) make it one run's: `per model`, `per run`.
bool per_run(std::string_view next);
/// Whether a word is a plural noun a dataset may count (`comments`), not a model's or a run's.
bool plural_noun_of_data(std::string_view word);
/// Whether a line of prose (a caption, a label) names parameters: `ordered by
/// total parameter count`, not `hyperparameters` nor `reparameterized`.
bool names_parameters(std::string_view line);
/// Whether a label names parameters and says the number after it counts them.
bool parameters_named_before(std::string_view label);
/// Whether a count is large enough to be a model's or a dataset's (see the definition).
bool counts_enough(FigureKind figure, double value);

/// Whether a word after a count starts another phrase (`to`, `of`, `for`) or compares
/// (`more`, `fewer`, `times`): what follows is not what the count counts.
bool joins_a_clause(std::string_view word);

}  // namespace costlint::extract
