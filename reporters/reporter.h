#pragma once
// A reporter renders a CheckRun in one output format. Reporters read
// diagnostics and the IR; they decide nothing and compute nothing.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "lint/check_run.h"

namespace llvm {
class raw_ostream;
}

namespace costlint {

struct ReportOptions {
  bool color = false;
  /// GitHub's GITHUB_WORKSPACE: annotations name files relative to it.
  std::string workspace;
};

using Reporter = void (*)(const CheckRun& run, const ReportOptions& options,
                          llvm::raw_ostream& out);

void report_text(const CheckRun& run, const ReportOptions& options, llvm::raw_ostream& out);
void report_sarif(const CheckRun& run, const ReportOptions& options, llvm::raw_ostream& out);
void report_json(const CheckRun& run, const ReportOptions& options, llvm::raw_ostream& out);
void report_github(const CheckRun& run, const ReportOptions& options, llvm::raw_ostream& out);

/// The SARIF results of `run` alone, for a report that holds several runs' results.
nlohmann::ordered_json sarif_results(const CheckRun& run);

/// The reporter for `--format NAME`, if there is one.
std::optional<Reporter> find_reporter(std::string_view name);
const std::vector<std::string_view>& reporter_names();

}  // namespace costlint
