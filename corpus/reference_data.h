#pragma once
// The reference data the rules read, estimates use and placements compare
// with: the corpus compiled into the binary, or the same tables from a folder
// (`--data DIR`), each table read once and checked as a whole.

#include <optional>
#include <string>

#include "corpus/benchmark_catalog.h"
#include "corpus/grid_catalog.h"
#include "corpus/hardware_catalog.h"
#include "corpus/model_table.h"

namespace costlint {

struct ReferenceData {
  HardwareCatalog hardware;
  GridCatalog grid;
  ModelTable models;  ///< notable models, for the trends estimates fall back on
  /// Reference points of the state of the art, with those of `--reference FILE`.
  BenchmarkCatalog benchmarks;
  std::string data_dir;  ///< empty: the embedded corpus
};

/// The corpus compiled into the binary, loaded once.
const ReferenceData& embedded_reference();

/// Every table of the folder `data_dir` (hardware.csv, grid.csv, pue.csv,
/// models.csv, profiles/, benchmarks/); nothing, with `error` saying which file
/// and line is wrong, when one is missing or malformed.
std::optional<ReferenceData> load_reference_data(const std::string& data_dir, std::string* error);

}  // namespace costlint
