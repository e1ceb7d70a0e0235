// costlint: a compiler-style checker for the cost disclosures of ML papers.
// The command line only: everything else lives in the library.

#include <malloc.h>

#include <cstdlib>
#include <filesystem>

#include <llvm/Support/FileSystem.h>
#include <llvm/Support/raw_ostream.h>

#include "cli/batch_command.h"
#include "cli/extract_command.h"
#include "cli/init_command.h"
#include "cli/list_command.h"
#include "cli/options.h"
#include "corpus/model_table.h"
#include "estimate/trend.h"
#include "corpus/embedded_corpus.h"
#include "lint/driver.h"
#include "ir/manifest_finder.h"
#include "corpus/reference_points.h"
#include "rules/rule.h"
#include "reporters/estimate_reporter.h"
#include "reporters/frontier_report.h"
#include "reporters/paper_report.h"
#include "reporters/reporter.h"
#include "reporters/rule_doc.h"
#include "reporters/trend_report.h"

namespace {

int usage_error(const std::string& message) {
  llvm::errs() << "costlint: error: " << message << "\n"
               << "run `costlint --help` for usage\n";
  return 2;
}

/// `costlint trends`: the table from --models, --data or the embedded corpus.
int run_trends(const costlint::cli::Options& options) {
  using namespace costlint;
  std::optional<ModelTable> table;
  CsvError error;
  std::string source;
  if (options.models) {
    source = *options.models;
    table = load_model_table(source, &error);
  } else {
    source = options.data_dir ? *options.data_dir + "/models.csv" : "the embedded corpus/models.csv";
    std::optional<std::string> text = corpus_file("models.csv", options.data_dir.value_or(""));
    if (!text) return usage_error("`" + source + "` cannot be read");
    table = parse_model_table(*text, source, &error);
  }
  if (!table) {
    llvm::errs() << "costlint: error: " << error.located() << "\n";
    return 2;
  }
  TrendOptions trend{options.from_year, options.to_year, options.bootstrap, options.seed,
                     options.reimpute};
  std::string message;
  std::optional<TrendReport> report = fit_trends(*table, trend, &message);
  if (!report) {
    llvm::errs() << "costlint: error: " << source << ": " << message << "\n";
    return 2;
  }
  if (options.format == "json") report_trends_json(*report, source, llvm::outs());
  else report_trends_text(*report, source, llvm::outs());
  llvm::outs().flush();
  return 0;
}

/// GitHub's job summary, appended to the file the runner names.
bool append_step_summary(const costlint::CheckRun& run, const char* path) {
  std::error_code error;
  llvm::raw_fd_ostream out(path, error, llvm::sys::fs::OF_Append | llvm::sys::fs::OF_Text);
  if (error) return false;
  costlint::report_step_summary(run, out);
  return !out.has_error();
}

}  // namespace

int main(int argc, char** argv) {
  using namespace costlint;
  // glibc gives freed memory back to the kernel once 128 KiB are free at the top
  // of the heap; the quantile solver's temporaries (trends, frontier bootstraps)
  // then fault their pages in again at every iteration, doubling its time.
  mallopt(M_TRIM_THRESHOLD, 256 << 20);
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

  if (options.command == cli::Command::Trends) return run_trends(options);
  if (options.command == cli::Command::Batch) return cli::run_batch_command(options);
  if (options.command == cli::Command::Extract) return cli::run_extract_command(options);
  if (options.command == cli::Command::Init) return cli::run_init_command(options);
  if (options.command == cli::Command::List) return cli::run_list_command(options);
  if (options.command == cli::Command::Summary) return cli::run_summary_command(options);

  if (options.command == cli::Command::Explain) {
    if (options.paths.empty()) {
      llvm::outs() << rule_list(all_rule_infos());
      return 0;
    }
    for (const std::string& name : options.paths) {
      const Rule* rule = find_rule(name);
      if (!rule) return usage_error("unknown rule `" + name + "`; `costlint explain` lists them");
      llvm::outs() << (options.markdown ? rule_markdown(rule->info) : rule_text(rule->info));
    }
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

  CheckOptions check;
  check.root = options.root;
  check.profile = options.profile;
  check.paper = options.paper;
  check.as_of = options.as_of;
  check.overrides = {options.enable, options.disable, options.warnings_as_errors,
                     options.tolerance};
  std::optional<ReferenceData> data;
  if (options.data_dir) {
    std::string error;
    data = load_reference_data(*options.data_dir, &error);
    if (!data) return usage_error("--data `" + *options.data_dir + "`: " + error);
  }
  if (!options.references.empty() && !data) data = embedded_reference();
  for (const std::string& path : options.references) {
    std::string error;
    auto text = read_reference_file(path, &error);
    if (!text || !data->benchmarks.add_reference(*text, std::filesystem::path(path).stem().string(),
                                                 path, &error))
      return usage_error("--reference `" + path + "`: " + error);
  }
  if (data) check.reference = &*data;
  check.trend_bands = options.command == cli::Command::Frontier ||
                      (options.command == cli::Command::Report && options.format == "html");
  CheckRun run = check_manifests(manifests, check);
  ReportOptions report;
  report.color = options.color == cli::ColorChoice::Always ||
                 (options.color == cli::ColorChoice::Auto && llvm::outs().is_displayed());
  if (const char* workspace = std::getenv("GITHUB_WORKSPACE")) report.workspace = workspace;
  if (options.command == cli::Command::Estimate) {
    // What could not be read is said on stderr; the table goes to stdout.
    if (run.fatal) {
      report_text(run, report, llvm::errs());
      return 2;
    }
    if (options.format == "json") report_estimates_json(run, llvm::outs());
    else report_estimates_text(run, llvm::outs());
    llvm::outs().flush();
    return 0;
  }
  if (options.command == cli::Command::Frontier) {
    if (run.fatal) {
      report_text(run, report, llvm::errs());
      return 2;
    }
    if (options.format == "svg") report_frontier_svg(run, llvm::outs());
    else if (options.format == "html") report_frontier_html(run, llvm::outs());
    else if (options.format == "json") report_frontier_json(run, llvm::outs());
    else report_frontier_text(run, llvm::outs());
    llvm::outs().flush();
    return 0;
  }
  if (options.command == cli::Command::Report) {
    if (run.fatal) {
      report_text(run, report, llvm::errs());
      return 2;
    }
    if (options.format == "latex") report_paper_latex(run, llvm::outs());
    else if (options.format == "html") report_paper_html(run, llvm::outs());
    else report_paper_markdown(run, llvm::outs());
    llvm::outs().flush();
    return 0;
  }
  (*find_reporter(options.format))(run, report, llvm::outs());
  llvm::outs().flush();
  if (const char* summary = std::getenv("GITHUB_STEP_SUMMARY"); summary && *summary)
    if (!append_step_summary(run, summary))
      llvm::errs() << "costlint: warning: cannot append the job summary to `" << summary << "`\n";
  return run.exit_status();
}
