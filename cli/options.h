#pragma once
// The command line of costlint, parsed by hand: a few options, each error a
// message and exit status 2, never an exit() behind the caller's back.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "ir/rule_code.h"

namespace costlint::cli {

enum class Command { Check, Batch, Summary, Estimate, Explain, Extract, Init, List, Frontier, Report, Trends, Help, Version };
enum class ColorChoice { Auto, Always, Never };

struct Options {
  Command command = Command::Help;
  std::vector<std::string> paths;
  std::string format;  ///< empty: the command's first format (text; markdown for report)
  ColorChoice color = ColorChoice::Auto;
  std::optional<std::string> root;
  std::optional<std::string> profile;
  std::vector<RuleCode> enable;
  std::vector<RuleCode> disable;
  bool warnings_as_errors = false;
  bool markdown = false;  ///< explain: the docs/rules/ page
  double tolerance = 0.10;  ///< --tolerance, as a fraction
  std::optional<std::string> data_dir;
  /// --as-of YEAR: compare with the reference points published up to YEAR
  /// (default: each paper's year).
  std::optional<int> as_of;
  /// --reference: CSV files of benchmark points, each for the benchmark its stem names.
  std::vector<std::string> references;
  // trends
  std::optional<std::string> models;  ///< --models: an Epoch AI export, else the corpus's
  int from_year = 2018;
  int to_year = 2024;
  int bootstrap = 1000;
  uint64_t seed = 0;
  bool reimpute = false;
  // batch
  unsigned jobs = 1;
  unsigned timeout = 60;    ///< --timeout: seconds a submission may take
  unsigned memory = 2048;   ///< --memory: MiB a submission may use
  std::optional<std::string> summary;  ///< --summary FILE.csv|json|html
  bool resume = false;
  unsigned shard = 0, shards = 1;  ///< --shard I/N, I 0-based here
  // init
  bool force = false;                 ///< --force: replace an existing costlint.cost
  std::optional<std::string> paper;   ///< --paper FILE: merge what extract finds
  // extract
  std::optional<double> min_confidence;  ///< --min-confidence: keep statements at least this likely
};

struct ParsedOptions {
  Options options;
  std::optional<std::string> error;  ///< a usage error, for stderr
};

ParsedOptions parse_options(const std::vector<std::string>& args);

/// The `--format` values `command` takes.
const std::vector<std::string_view>& formats_of(Command command);

/// `costlint --help`.
std::string usage();

}  // namespace costlint::cli
