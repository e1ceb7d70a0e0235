#pragma once
// The reference points of the benchmarks a manifest may name
// (corpus/benchmarks/*.csv): published systems with their score and, where
// published, their size and compute, so that a paper's systems can be placed
// on the Pareto frontier of score against resources. A manifest's
// `benchmark { name = "..." }` finds its table by file stem or alias.

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "ir/pareto_point.h"

namespace costlint {

/// "higher" or "lower", as a manifest's `better` and the tables write it.
std::optional<Better> better_from(std::string_view text);

struct BenchmarkPoint {
  std::string system;
  std::optional<int> year;
  double score = 0;
  std::optional<double> parameters;
  std::optional<double> training_flop;
  std::optional<double> weights_bytes;
  std::optional<double> inference_flop;  ///< per item (image, token, query)
  std::string source;                    ///< where the figures were read
  /// verified, quoted or recalled; `estimated`: its resources are estimates.
  /// Empty for an Epoch export.
  std::string status;
};

struct ReferenceBenchmark {
  std::string key;  ///< the file stem: "imagenet-1k"
  std::vector<std::string> aliases;
  std::string metric;
  Better better = Better::Higher;
  std::vector<BenchmarkPoint> points;
};

struct CsvTable;

class BenchmarkCatalog {
 public:
  /// The tables of the corpus (embedded, or `data_dir`/benchmarks/*.csv with
  /// its aliases.csv); on a malformed table, nothing, and `error` says where.
  static std::optional<BenchmarkCatalog> load(const std::string& data_dir, std::string* error);

  /// The benchmark whose key or alias is `name`, whatever its case, or nullptr.
  const ReferenceBenchmark* find(std::string_view name) const;

  /// Adds the points of a reference file to `benchmark_key` (found as find()
  /// does, else created): a CSV in the columns of the corpus tables, or an
  /// Epoch AI benchmark export (System, Model size (parameters), Training
  /// compute (FLOP), Date, one column per benchmark). A system already in the
  /// benchmark is replaced. On a malformed row, adds nothing and `error` says
  /// `file`:LINE: why.
  bool add_points(std::string_view csv_text, std::string_view benchmark_key, std::string* error,
                  std::string_view file = "reference");

  /// Adds a `--reference` file named `stem`: a table in the corpus columns to
  /// the benchmark its stem names (found as find() does, else created); an Epoch
  /// export to every benchmark it has a column for, of the catalog or named by
  /// the stem. False, with `error` set, when the file is malformed or names none.
  bool add_reference(std::string_view csv_text, std::string_view stem, std::string_view file,
                     std::string* error);

  const std::vector<ReferenceBenchmark>& benchmarks() const { return benchmarks_; }

 private:
  bool add_table(std::string key, std::string_view csv, std::string_view file, std::string* error);
  bool add_aliases(std::string_view csv, std::string* error);
  /// add_points() on a table already read.
  bool add_rows(const CsvTable& csv, std::string_view benchmark_key, std::string* error);
  ReferenceBenchmark* find_mutable(std::string_view name);

  std::vector<ReferenceBenchmark> benchmarks_;
  std::map<std::string, size_t, std::less<>> by_name_;  ///< lower-case key or alias
};

}  // namespace costlint
