#include "cli/batch_command.h"

#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

#include <llvm/Support/MemoryBuffer.h>
#include <llvm/Support/raw_ostream.h>
#include <nlohmann/json.hpp>

#include "corpus/reference_points.h"
#include "estimate/disclosure_placement.h"
#include "ir/manifest_finder.h"
#include "lint/batch.h"
#include "lint/batch_summary.h"
#include "lint/driver.h"
#include "reporters/batch_report.h"
#include "reporters/reporter.h"
#include "rules/rule.h"

namespace costlint::cli {
namespace {

using Json = nlohmann::ordered_json;

/// `report` rendered in `format`, as a string.
std::string rendered(const CheckRun& run, const std::string& format) {
  std::string out;
  llvm::raw_string_ostream stream(out);
  (*find_reporter(format))(run, ReportOptions{}, stream);
  return stream.str();
}

/// Prefixes every artifact URI under `json` with `folder/`: the batch's SARIF is
/// one run, rooted at the batch's folder.
void prefix_uris(Json& json, const std::string& folder) {
  if (json.is_object()) {
    if (json.contains("uri") && json["uri"].is_string()) json["uri"] = folder + "/" + json["uri"].get<std::string>();
    for (auto& [key, value] : json.items()) prefix_uris(value, folder);
  } else if (json.is_array()) {
    for (Json& value : json) prefix_uris(value, folder);
  }
}

/// The submission's SARIF results, comma-separated, for the batch's one run.
std::string sarif_results(const std::string& name, const CheckRun& run) {
  Json results = sarif_results(run);
  std::string out;
  for (Json& result : results) {
    prefix_uris(result, name);
    out += (out.empty() ? "" : ",\n") + result.dump(-1, ' ', false, Json::error_handler_t::replace);
  }
  return out;
}

SubmissionOutput output_of(const std::string& name, const CheckRun& run, const std::string& format,
                           const std::string& status) {
  SubmissionRow row = submission_row(name, run);
  row.status = status;
  return {format == "sarif" ? sarif_results(name, run) : rendered(run, format), row_json(row).dump()};
}

/// The run of a submission that could not be checked: one finding on its folder.
CheckRun failed_run(const Submission& submission, RuleCode code, const std::string& message) {
  CheckRun run;
  run.rules = all_rule_infos();
  auto file = std::make_unique<SourceFile>(submission.path, submission.name, nullptr, 0);
  DiagnosticSink sink;
  sink.report(code, Location::of_file(*file), message);
  run.diagnostics = sink.take();
  run.manifests.push_back({std::move(file), std::nullopt, std::nullopt, ""});
  return run;
}

/// Writes the summary to `path`, in the format its extension names.
bool write_summary(const BatchSummary& summary, const std::string& path) {
  std::error_code error;
  llvm::raw_fd_ostream out(path, error);
  if (error) return false;
  if (path.ends_with(".csv")) report_summary_csv(summary, out);
  else if (path.ends_with(".html")) report_summary_html(summary, out);
  else report_summary_json(summary, out);
  return !out.has_error();
}

/// The rows of the summary at `path` (JSON), by submission: what --resume reuses.
std::map<std::string, SubmissionRow> previous_rows(const std::string& path) {
  std::map<std::string, SubmissionRow> out;
  std::ifstream in(path);
  if (!in) return out;
  std::stringstream text;
  text << in.rdbuf();
  std::vector<SubmissionRow> rows;
  std::string error;
  if (read_summary_rows(text.str(), rows, &error))
    for (SubmissionRow& row : rows) out[row.submission] = std::move(row);
  return out;
}

}  // namespace

int run_batch_command(const Options& options) {
  if (options.paths.empty()) {
    llvm::errs() << "costlint: error: batch takes the folders that hold the submissions\n";
    return 2;
  }
  for (const std::string& folder : options.paths)
    if (!std::filesystem::is_directory(folder)) {
      llvm::errs() << "costlint: error: `" << folder << "` is not a folder\n";
      return 2;
    }
  if (options.resume && (!options.summary || !options.summary->ends_with(".json"))) {
    llvm::errs() << "costlint: error: --resume reads the last --summary FILE.json\n";
    return 2;
  }
  BatchOptions batch{options.jobs, options.timeout, options.memory, options.shard, options.shards};
  std::vector<Submission> submissions = find_submissions(options.paths, batch);
  // Read and fitted before any fork, so that every child shares the tables and
  // the trends of the reference points instead of fitting them again.
  const ReferenceData& reference = embedded_reference();
  CheckOptions check;
  check.profile = options.profile;
  check.as_of = options.as_of;
  check.overrides = {options.enable, options.disable, options.warnings_as_errors, options.tolerance};
  std::vector<ReferenceSet> sets;
  for (const ReferenceBenchmark& benchmark : reference.benchmarks.benchmarks()) {
    Benchmark named;
    named.key = TextFact{benchmark.key, {}};
    if (auto set = reference_points(reference.benchmarks, named)) sets.push_back(std::move(*set));
  }
  warm_reference_trends(sets, trend_options(check));

  std::map<std::string, SubmissionRow> before;
  if (options.resume) before = previous_rows(*options.summary);
  std::vector<SubmissionRow> rows;
  std::vector<Submission> to_check;
  std::map<std::string, std::string> hashes;
  for (const Submission& submission : submissions) {
    std::string hash = submission_hash(submission);
    hashes[submission.name] = hash;
    auto it = before.find(submission.name);
    if (it != before.end() && it->second.hash == hash && it->second.status == "checked")
      rows.push_back(it->second);  // unchanged, and checked to the end last time
    else to_check.push_back(submission);
  }

  // SARIF: one run whose results are every submission's, streamed as they come,
  // each location prefixed with its submission's folder.
  bool sarif = options.format == "sarif";
  bool first_result = true;
  // The run's frame (tool, rules), rendered once: results go between its halves.
  const std::string empty = sarif ? rendered(CheckRun{all_rule_infos(), {}, {}, {}, {}, false}, "sarif") : "";
  if (sarif) {
    size_t results = empty.rfind("\"results\": []");
    llvm::outs() << empty.substr(0, results) << "\"results\": [\n";
  }
  bool errors = false;
  BatchHooks hooks;
  hooks.check = [&](const Submission& submission) {
    CheckOptions one = check;
    one.root = submission.path;
    CheckRun run = check_manifests(find_manifests(submission.path), one);
    return output_of(submission.name, run, options.format, "checked");
  };
  hooks.failed = [&](const Submission& submission, Failure failure, const std::string& why) {
    std::string status = failure == Failure::Timeout ? "timeout" : failure == Failure::Memory ? "memory" : "crashed";
    std::string message = failure == Failure::Crashed
                              ? fmt::format("checking `{}` crashed ({}): it is not checked", submission.name, why)
                              : fmt::format("checking `{}` went {}: it is not checked", submission.name, why);
    return output_of(submission.name, failed_run(submission, RuleCode::S015, message), options.format, status);
  };
  hooks.emit = [&](const Submission& submission, SubmissionOutput output) {
    SubmissionRow row = row_from_json(Json::parse(output.row));
    row.hash = hashes[submission.name];
    errors = errors || row.errors > 0;
    if (sarif) {
      llvm::outs() << (first_result || output.report.empty() ? "" : ",\n") << output.report;
      first_result = first_result && output.report.empty();
    } else if (options.format == "json") {
      llvm::outs() << Json{{"submission", submission.name}, {"report", Json::parse(output.report)}}.dump()
                   << "\n";
    } else {
      llvm::outs() << "== " << submission.name << "\n" << output.report;
    }
    llvm::outs().flush();
    rows.push_back(std::move(row));
  };
  run_batch(to_check, batch, hooks);
  if (sarif) {
    llvm::outs() << "\n]" << empty.substr(empty.rfind("\"results\": []") + 13);
  }
  if (options.format == "text")
    llvm::outs() << fmt::format("{} submissions: {} checked, {} unchanged since the last summary\n",
                                submissions.size(), to_check.size(), submissions.size() - to_check.size());
  if (options.summary) {
    for (const SubmissionRow& row : rows) errors = errors || row.errors > 0;
    if (!write_summary(summarize(std::move(rows), reference), *options.summary)) {
      llvm::errs() << "costlint: error: cannot write `" << *options.summary << "`\n";
      return 2;
    }
  }
  return errors ? 1 : 0;
}

int run_summary_command(const Options& options) {
  if (options.paths.empty() || options.paths[0] != "merge" || options.paths.size() < 2) {
    llvm::errs() << "costlint: error: usage: costlint summary merge SUMMARY.json...\n";
    return 2;
  }
  std::vector<SubmissionRow> rows;
  for (size_t i = 1; i < options.paths.size(); ++i) {
    std::ifstream in(options.paths[i]);
    std::stringstream text;
    text << in.rdbuf();
    std::string error;
    if (!in || !read_summary_rows(text.str(), rows, &error)) {
      llvm::errs() << "costlint: error: `" << options.paths[i] << "`: "
                   << (error.empty() ? "cannot be read" : error) << "\n";
      return 2;
    }
  }
  report_summary_json(summarize(std::move(rows), embedded_reference()), llvm::outs());
  return 0;
}

}  // namespace costlint::cli
