// costlint: a compiler-style checker for the cost disclosures of ML papers.
// The command line only: everything else lives in the library.

#include <filesystem>

#include <llvm/Support/raw_ostream.h>

#include "cli/options.h"
#include "lint/driver.h"
#include "lint/manifest_finder.h"
#include "reporters/reporter.h"

namespace {

int usage_error(const std::string& message) {
  llvm::errs() << "costlint: error: " << message << "\n"
               << "run `costlint --help` for usage\n";
  return 2;
}

}  // namespace

int main(int argc, char** argv) {
  using namespace costlint;
  cli::ParsedOptions parsed = cli::parse_options(std::vector<std::string>(argv + 1, argv + argc));
  if (parsed.error) return usage_error(*parsed.error);
  const cli::Options& options = parsed.options;
  if (options.command == cli::Command::Help) {
    llvm::outs() << cli::usage();
    return 0;
  }
  if (options.command == cli::Command::Version) {
    llvm::outs() << "costlint " << COSTLINT_VERSION << "\n";
    return 0;
  }

  std::vector<std::string> manifests;
  for (const std::string& path : options.paths.empty() ? std::vector<std::string>{"."}
                                                       : options.paths) {
    if (std::filesystem::is_directory(path)) {
      std::vector<std::string> found = find_manifests(path);
      manifests.insert(manifests.end(), found.begin(), found.end());
    } else {
      manifests.push_back(path);
    }
  }
  if (manifests.empty()) return usage_error("no *.cost manifest found");
  if (options.root && !std::filesystem::is_directory(*options.root))
    return usage_error("--root `" + *options.root + "` is not a folder");

  CheckRun run = check_manifests(manifests, CheckOptions{options.root});
  ReportOptions report;
  report.color = options.color == cli::ColorChoice::Always ||
                 (options.color == cli::ColorChoice::Auto && llvm::outs().is_displayed());
  (*find_reporter(options.format))(run, report, llvm::outs());
  llvm::outs().flush();
  return run.exit_status();
}
