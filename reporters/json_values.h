#pragma once
// The JSON shapes several reports share (estimate, frontier, check), so that a
// figure or a placement reads the same in each; docs/schemas/ describes them.

#include <optional>

#include <nlohmann/json.hpp>

#include "lint/check_run.h"
#include "reporters/disclosure_table.h"

namespace costlint::json {

using Json = nlohmann::ordered_json;

/// Digits a report keeps of any number: enough for every figure a manifest or a
/// log states, none of the binary noise of arithmetic (8.399999999999999e+22).
inline constexpr int kReportDigits = 10;
/// Digits of what is derived and only read (factors, gaps, residuals, curves).
inline constexpr int kDerivedDigits = 4;

/// `value` rounded to `digits` significant digits (as written in decimal).
double significant(double value, int digits);
/// Every floating-point number under `json` rounded to `digits` significant digits.
void round_numbers(Json& json, int digits = kReportDigits);

/// A resource value: {value, estimated, low?, high?}.
Json coordinate_json(const Coordinate& c);
/// A score: {value, low?, high?}.
Json score_json(double score, const std::optional<Interval>& range);
/// One placement of a system on one benchmark and axis, with its sentence.
Json placement_json(const CheckedManifest& manifest, const SystemPlacement& p);
/// A system's figures: per phase, each figure's declared value, else logged, else
/// estimated (with its interval and method), and the logged one beside a declared one.
Json system_json(const SystemTable& system);

}  // namespace costlint::json
