#pragma once
// The programme committee's view of a batch: every submission's row, and for
// the batch the disclosure rate of each field, the distribution of training
// energy, and each benchmark's reference frontier with every submission placed
// on it. Rows are sorted by submission, so that summaries of shards merge into
// the same summary as one run over all of them.

#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "corpus/reference_data.h"
#include "lint/submission_row.h"

namespace costlint {

struct Distribution {
  size_t count = 0;
  double min = 0, p25 = 0, median = 0, p75 = 0, max = 0;
};

struct BatchSummary {
  std::vector<SubmissionRow> rows;  ///< sorted by submission
  size_t checked = 0;               ///< rows whose check ran to the end
  std::vector<std::pair<std::string, double>> disclosure_rates;  ///< by kSummaryFields, of `checked`
  std::optional<Distribution> training_energy;  ///< J, over the submissions that have one
  /// benchmark → axis → {"reference": [[resource, score, label]...] (its frontier),
  ///                     "submissions": [[resource, score, "submission: system"]...]}
  nlohmann::ordered_json frontiers = nlohmann::ordered_json::object();
};

BatchSummary summarize(std::vector<SubmissionRow> rows, const ReferenceData& reference);

nlohmann::ordered_json summary_json(const BatchSummary& summary);

/// The rows of a summary written by summary_json; false, with `error`, when it is not one.
bool read_summary_rows(const std::string& text, std::vector<SubmissionRow>& rows, std::string* error);

}  // namespace costlint
