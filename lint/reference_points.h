#pragma once
// The seam between the benchmark reference data and the score stage: which
// reference points a manifest's benchmark is placed against.
//
// The points come from the catalog (corpus/benchmarks, lint/benchmark_catalog.h)
// and from `--reference FILE`, read by read_reference_csv() in the same columns.

#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "estimate/pareto_point.h"
#include "lint/benchmark_catalog.h"
#include "lint/disclosure.h"

namespace costlint {

/// The reference points of `benchmark` (by its `name` field): those of a
/// `--reference` set with that key, else the catalog's benchmark of that key or
/// alias, if any.
std::optional<ReferenceSet> reference_points(const BenchmarkCatalog& catalog,
                                             std::span<const ReferenceSet> sets,
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
