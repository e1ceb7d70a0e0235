#pragma once
// One submission of a batch as the programme committee's summary shows it: its
// profile, how complete each family of disclosure is, its findings, its
// models' training energy and emissions (the best figure, with an interval),
// where its systems sit on the frontiers, and which fields it discloses.
// Computed in the child that checked the submission; carried to the parent as JSON.

#include <map>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "lint/check_run.h"

namespace costlint {

/// The fields whose disclosure rate the summary counts, in its order.
inline constexpr std::string_view kSummaryFields[] = {
    "training compute", "training energy", "training emissions", "training hardware",
    "training memory",  "inference cost",  "inference energy",   "simple baseline",
    "parameters",       "site"};

struct SummaryRange {
  double value = 0, low = 0, high = 0;
  bool estimated = false;  ///< some of it is costlint's estimate, not the paper's figure
};

struct SubmissionRow {
  std::string submission;  ///< its folder, relative to its batch folder
  std::string status = "checked";  ///< or "crashed", "timeout", "memory", "unreadable"
  std::string hash;                ///< of its files' paths and contents, for --resume
  std::string profile;
  size_t manifests = 0, errors = 0, warnings = 0, notes = 0;
  /// Per family (C, E, M, B): the share of its rules that found nothing to report.
  std::map<std::string, double> completeness;
  std::optional<SummaryRange> training_energy;     ///< J, summed over its models
  std::optional<SummaryRange> training_emissions;  ///< gCO2e, summed over its models
  std::map<std::string, bool> discloses;           ///< by kSummaryFields
  /// Its placements against reference points: "system on benchmark/axis: standing".
  std::vector<std::string> placements;
  /// Its points on the reference frontiers: benchmark → (axis → [resource, score, label]).
  nlohmann::ordered_json points = nlohmann::ordered_json::object();
};

/// The row of a submission from what checking it gave.
SubmissionRow submission_row(const std::string& name, const CheckRun& run);

nlohmann::ordered_json row_json(const SubmissionRow& row);
SubmissionRow row_from_json(const nlohmann::ordered_json& json);

}  // namespace costlint
