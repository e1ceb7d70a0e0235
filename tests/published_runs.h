#pragma once
// The tables of tests/calibration/ as rows of named fields.

#include <map>
#include <string>
#include <vector>

#include "corpus/reference_data.h"

namespace costlint::testing {

using Row = std::map<std::string, std::string>;

/// A table of tests/calibration/ as rows of named fields.
std::vector<Row> calibration_table(const std::string& name);

std::vector<Row> published_runs();

/// The field `column` of `row` as a number (it must hold one).
double number(const Row& row, const std::string& column);

/// The catalog with each measured training draw replaced by the one derived
/// from the TDP: what the estimator does for the devices nobody measured. The
/// measured draws come from Patterson et al. 2021, whose runs they would
/// otherwise predict in-sample.
const ReferenceData& reference_without_measured_power();

}  // namespace costlint::testing
