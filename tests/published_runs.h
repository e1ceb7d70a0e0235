#pragma once
// The tables of tests/calibration/ as rows of named fields.

#include <map>
#include <string>
#include <vector>

namespace costlint::testing {

using Row = std::map<std::string, std::string>;

/// A table of tests/calibration/ as rows of named fields.
std::vector<Row> calibration_table(const std::string& name);

std::vector<Row> published_runs();

/// The field `column` of `row` as a number (it must hold one).
double number(const Row& row, const std::string& column);

}  // namespace costlint::testing
