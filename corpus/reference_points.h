#pragma once
// The seam between the benchmark reference data and the score stage: which
// reference points a manifest's benchmark is placed against. The points are
// those of the catalog (corpus/benchmarks, corpus/benchmark_catalog.h), to which
// `--reference FILE` adds its own (BenchmarkCatalog::add_reference).

#include <optional>
#include <string>

#include "ir/pareto_point.h"
#include "ir/placements.h"
#include "corpus/benchmark_catalog.h"
#include "ir/disclosure.h"

namespace costlint {

/// The reference points of `benchmark` (by its `name` field): the catalog's
/// benchmark of that key or alias, if any. A row of status `estimated` gives
/// estimated coordinates.
std::optional<ReferenceSet> reference_points(const BenchmarkCatalog& catalog,
                                             const Benchmark& benchmark);

/// Which table of `catalog` `benchmark`'s name finds, and how; when none, the
/// nearest, if one is close.
BenchmarkMatch match_benchmark(const BenchmarkCatalog& catalog, const Benchmark& benchmark);

/// The text of a `--reference` file, at most kMaxReferenceBytes; nothing, with
/// `error` set, when it cannot be read or is larger.
inline constexpr size_t kMaxReferenceBytes = 16 * 1024 * 1024;
std::optional<std::string> read_reference_file(const std::string& path, std::string* error);

}  // namespace costlint
