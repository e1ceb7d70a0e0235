#pragma once
// How likely a statement found is one that a careful reader lists: a logistic
// model over the features of statement_features.h, fitted on the annotated
// papers of tests/extract/ by tools/fit_confidence.cpp and compiled in from
// corpus/extract_confidence.csv. It weighs what the grammar's rules cannot
// (an audio clip `cropped or padded to 4 seconds`), and is measured held out
// by folder (docs/extract.md, "Confidence").

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "extract/cost_statement.h"

namespace costlint::extract {

class ConfidenceModel {
 public:
  /// The model of a `feature,weight` CSV whose `bias` row is the intercept;
  /// none, and why in `error`, when a row is malformed.
  static std::optional<ConfidenceModel> parse(std::string_view csv, std::string* error);

  /// The model compiled in (corpus/extract_confidence.csv).
  static const ConfidenceModel& embedded();

  /// In [0, 1]: the logistic of the bias and the weights of the statement's features.
  double confidence(const CostStatement& statement) const;

  /// Sets each statement's `confidence`; a paper's thousands in two halves at once.
  void weigh(std::vector<CostStatement>& statements) const;

 private:
  /// Open addressing on each feature's 64-bit FNV-1a hash, the strings not
  /// kept: two of a model's thousands of features colliding is a chance of
  /// about one in 10^11, and would only add their weights.
  struct Slot {
    uint64_t hash = 0;  ///< 0: empty
    double weight = 0;
  };
  void add(uint64_t hash, double weight);
  double weight_of(uint64_t hash) const;

  double bias_ = 0;
  std::vector<Slot> slots_;  ///< a power of two, at least twice the features
};

}  // namespace costlint::extract
