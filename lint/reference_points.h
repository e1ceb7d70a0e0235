#pragma once
// The seam between the benchmark reference data and the score stage: which
// reference points a manifest's benchmark is placed against.
//
// Today the points come only from `--reference FILE` (and tests), read by
// read_reference_csv() in the columns of corpus/benchmarks/*.csv. When the
// embedded catalog (lint/benchmark_catalog.h) lands, reference_points() is the
// one function to change: look the benchmark up with BenchmarkCatalog::find and
// convert its points to a ReferenceSet; `--reference` becomes add_points().

#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "estimate/pareto_point.h"
#include "lint/disclosure.h"

namespace costlint {

/// The points of the set whose key is `benchmark`'s `name` field, if any.
std::optional<ReferenceSet> reference_points(std::span<const ReferenceSet> sets,
                                             const Benchmark& benchmark);

/// Reads reference points for benchmark `key` from CSV text with a header naming
/// `system`, `score`, `better` and any of `parameters`, `training_flop`,
/// `weights_bytes`, `inference_flop` (empty: unknown); a `status` of `estimated`
/// marks a row's resources as estimates. Nothing, with `error` set, when malformed.
/// The text of a `--reference` file, at most kMaxReferenceBytes; nothing, with
/// `error` set, when it cannot be read or is larger.
inline constexpr size_t kMaxReferenceBytes = 16 * 1024 * 1024;
std::optional<std::string> read_reference_file(const std::string& path, std::string* error);

std::optional<ReferenceSet> read_reference_csv(std::string_view text, std::string key,
                                               std::string* error);

}  // namespace costlint
