#pragma once
// What the confidence model (confidence_model.h) reads of a statement found:
// its figure, the words of its unit and of its sentence, where it was written.
// Every feature but the figure's own is prefixed by the figure, so that a word
// weighs differently beside a duration and beside a dataset's size.

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "extract/cost_statement.h"

namespace costlint::extract {

/// Calls `visit(kind, value)` once for each distinct feature of `statement`,
/// the feature being `kind` followed by `value` (`duration|w=` and `trained`;
/// the figure's own: `duration` and nothing). In two parts, so that the model
/// hashes the kind once and each word after it without building a string:
/// a paper holds thousands of statements.
void visit_features(const CostStatement& statement,
                    const std::function<void(std::string_view kind, std::string_view value)>& visit);

/// The same features, sorted: for the fit (tools/fit_confidence.cpp) and tests.
std::vector<std::string> statement_features(const CostStatement& statement);

}  // namespace costlint::extract
