#include "cli/init_command.h"

#include <algorithm>
#include <array>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>

#include <fmt/format.h>
#include <llvm/Support/raw_ostream.h>

#include "corpus/hardware_catalog.h"
#include "extract/draft_manifest.h"
#include "extract/extractor.h"
#include "grammar/parser.h"
#include "grammar/resolver.h"
#include "ingest/ingest.h"
#include "ir/field_schema.h"
#include "ir/quantity_format.h"

namespace costlint::cli {
namespace {

namespace fs = std::filesystem;

/// A repository is scanned this far, no further: enough for any project's logs.
constexpr size_t kMaxEntries = 200000;
constexpr int kMaxDepth = 16;

/// Folders that hold no run's logs: version control, dependencies, caches.
bool skipped_folder(const fs::path& path) {
  std::string name = path.filename().string();
  return name.starts_with(".") || name == "node_modules" || name == "__pycache__" || name == "venv" ||
         name == "site-packages";
}

struct FoundLog {
  std::string format;
  std::string path;  ///< relative to the folder scanned, `/`-separated
};

/// Every log under `dir` that `evidence auto` would read, sorted by path; a
/// folder read as one log (an MLflow run) is not looked into.
std::vector<FoundLog> find_logs(const fs::path& dir) {
  std::vector<FoundLog> logs;
  std::error_code error;
  fs::recursive_directory_iterator it(dir, fs::directory_options::skip_permission_denied, error);
  size_t seen = 0;
  for (; !error && it != fs::recursive_directory_iterator() && seen < kMaxEntries; it.increment(error), ++seen) {
    const fs::directory_entry& entry = *it;
    if (entry.is_symlink(error)) continue;  // a link may lead out of the repository
    bool folder = entry.is_directory(error);
    if (folder && (skipped_folder(entry.path()) || it.depth() >= kMaxDepth)) {
      it.disable_recursion_pending();
      continue;
    }
    if (!folder && !entry.is_regular_file(error)) continue;
    std::string format = recognized_format(entry.path().string());
    if (format.empty()) continue;
    if (folder) it.disable_recursion_pending();
    logs.push_back({format, fs::relative(entry.path(), dir, error).generic_string()});
  }
  std::sort(logs.begin(), logs.end(), [](const FoundLog& a, const FoundLog& b) { return a.path < b.path; });
  return logs;
}

struct RunLogs {
  std::string name;
  std::vector<FoundLog> logs;
};

/// One run per folder holding logs: what its logs record is one training run's.
std::vector<RunLogs> runs_of(const std::vector<FoundLog>& logs) {
  std::map<std::string, std::vector<FoundLog>> by_folder;
  for (const FoundLog& log : logs) by_folder[fs::path(log.path).parent_path().generic_string()].push_back(log);
  std::vector<RunLogs> runs;
  std::set<std::string> taken;
  // A run is named after its folder: `outputs/bert-base` → `bert-base`.
  for (auto& [folder, found] : by_folder)
    runs.push_back({extract::manifest_name(fs::path(folder).filename().string(), "run", taken), found});
  return runs;
}

std::string evidence_lines(const RunLogs& run, const std::string& indent) {
  std::string out;
  for (const FoundLog& log : run.logs) out += fmt::format("{}evidence {} {}\n", indent, log.format, extract::manifest_string(log.path));
  return out;
}

/// The training phase's figures as its logs hold them, read by the checker's own readers.
struct Logged {
  /// Field, value as the language writes it, and the log it was read in, in
  /// the order of the language's fields.
  std::vector<std::array<std::string, 3>> fields;
  std::optional<std::pair<uint64_t, std::string>> devices;
};

std::vector<Logged> read_logs(const fs::path& dir, const std::vector<RunLogs>& runs) {
  std::string probe = "costlint 1\n";
  for (const RunLogs& run : runs)
    probe += fmt::format("model {} {{\n  train {{\n{}  }}\n}}\n", run.name, evidence_lines(run, "    "));
  // Parsed, resolved and its logs read, as `check` reads them; no rule runs.
  std::string path = (dir / "costlint.cost").string();
  std::unique_ptr<SourceFile> file = SourceFile::excerpt(path, "costlint.cost", probe, 1);
  std::vector<Logged> out(runs.size());
  ParseResult parsed = parse_manifest(file->text());
  if (parsed.error) return out;
  DiagnosticSink sink;
  std::vector<std::unique_ptr<SourceFile>> excerpts;
  Disclosure disclosure = resolve(parsed.manifest, *file, sink);
  ingest_evidence(disclosure, path, dir.string(), sink, excerpts);
  for (size_t i = 0; i < disclosure.systems.size() && i < runs.size(); ++i) {
    const auto& train = disclosure.systems[i].phase(PhaseKind::Train);
    if (!train) continue;
    for (size_t q = 0; q < kQuantityCount; ++q) {
      const Figure& figure = train->figures[q];
      // The widest energy a log holds, written with what it counts (`(node)`).
      const Fact* fact = figure.widest_logged();
      if (!fact) continue;
      out[i].fields.push_back({std::string(field_name(static_cast<Quantity>(q))),
                               manifest_value(*fact, train->device_unit), fact->log});
    }
    for (const EvidenceRef& evidence : train->evidence)
      if (evidence.logged && evidence.logged->device_model && evidence.logged->device_count)
        out[i].devices = {*evidence.logged->device_count, evidence.logged->device_model->value};
  }
  return out;
}


std::string manifest_text(const std::vector<RunLogs>& runs, const std::vector<Logged>& logged,
                          const std::vector<extract::ExtractedFile>& files) {
  std::vector<extract::PaperField> paper = extract::paper_fields(files);
  // The paper's devices stand for a single run's that its logs do not name.
  std::optional<extract::PaperPool> paper_pool = extract::paper_pool(files);
  std::string out = runs.empty() ? "costlint 1\n"
                                   "# Written by `costlint init`. Fill in each TODO, name the models as the\n"
                                   "# paper does, and run `costlint check`.\n\n"
                                 : "costlint 1\n"
                                   "# Written by `costlint init` from the logs under this folder: one model per\n"
                                   "# folder of logs, each figure as its log holds it. Fill in each TODO, name the\n"
                                   "# models as the paper does, and run `costlint check`.\n\n";
  for (size_t i = 0; i < runs.size(); ++i) {
    const Logged& run = logged[i];
    std::string pool = runs[i].name + "_devices";
    bool pooled = run.devices || (paper_pool && runs.size() == 1);
    if (run.devices)
      out += fmt::format("hardware {} = {} x {}   # as logged\n", pool, run.devices->first, extract::manifest_string(run.devices->second));
    else if (pooled)
      out += fmt::format("hardware {} = {}   # {}\n", pool, paper_pool->devices, paper_pool->citation);
    out += fmt::format("model {} {{\n", runs[i].name);
    for (const extract::PaperField& field : paper)
      if (!field.of_phase && runs.size() == 1) out += fmt::format("  {} = {}   # {}\n", field.field, field.value, field.citation);
    out += "  train {\n";
    if (pooled) out += fmt::format("    hardware = {}\n", pool);
    else out += "    # TODO hardware: the logs do not name the devices\n";
    std::set<std::string> given;
    for (const auto& [field, value, log] : run.fields) {
      out += fmt::format("    {} = {}   # logged in {}\n", field, value, extract::manifest_string(log));
      given.insert(field);
    }
    // The paper's figures fill what the logs do not hold; with several runs the
    // paper does not say which is which, so they stay comments.
    for (const extract::PaperField& field : paper) {
      if (!field.of_phase || given.count(field.field)) continue;
      given.insert(field.field);
      out += fmt::format("    {}{} = {}   # {}\n", runs.size() == 1 ? "" : "# paper: ", field.field, field.value,
                         field.citation);
    }
    for (std::string_view field : extract::kTodoFields)
      if (!given.count(std::string(field))) out += fmt::format("    # TODO {}: neither the logs nor the paper give it\n", field);
    out += evidence_lines(runs[i], "    ");
    out += "  }\n}\n\n";
  }
  if (runs.empty()) {
    out += "# TODO no log was found under this folder (CodeCarbon, nvidia-smi, W&B, MLflow, ...):\n";
    out += files.empty() ? "# declare each model by hand (docs/language.md).\nmodel paper {\n  train {\n  }\n}\n"
                         : "# the models below are what the paper states, as `costlint extract` drafts them.\n\n" +
                               extract::drafted_systems(files);
  }
  return out;
}

}  // namespace

int run_init_command(const Options& options) {
  if (options.paths.size() > 1) {
    llvm::errs() << "costlint: error: init takes one folder, found " << options.paths.size() << "\n";
    return 2;
  }
  fs::path dir = options.paths.empty() ? fs::path(".") : fs::path(options.paths.front());
  std::error_code error;
  if (!fs::is_directory(dir, error)) {
    llvm::errs() << "costlint: error: `" << dir.string() << "` is not a folder\n";
    return 2;
  }
  fs::path target = dir / "costlint.cost";
  if (fs::exists(target, error) && !options.force) {
    llvm::errs() << "costlint: error: `" << target.string()
                 << "` exists and is not overwritten; --force replaces it\n";
    return 2;
  }
  std::vector<extract::ExtractedFile> files;
  if (options.paper) {
    std::string catalog_error;
    std::optional<HardwareCatalog> hardware = HardwareCatalog::load("", &catalog_error);
    std::vector<std::string> problems;
    if (hardware) files = extract::extract_paper(*options.paper, dir.string(), *hardware, problems);
    for (const std::string& problem : problems) llvm::errs() << "costlint: warning: " << problem << "\n";
    if (files.empty()) {
      llvm::errs() << "costlint: error: cannot read the paper `" << *options.paper << "`\n";
      return 2;
    }
  }
  std::vector<RunLogs> runs = runs_of(find_logs(dir));
  std::string text = manifest_text(runs, read_logs(dir, runs), files);
  std::ofstream out(target, std::ios::binary | std::ios::trunc);
  out << text;
  if (!out) {
    llvm::errs() << "costlint: error: cannot write `" << target.string() << "`\n";
    return 2;
  }
  size_t logs = 0;
  for (const RunLogs& run : runs) logs += run.logs.size();
  // Without logs, the paper's models are the draft's: as many as it declares.
  size_t models = runs.size();
  if (runs.empty() && !files.empty())
    for (size_t at = text.find("\nmodel "); at != std::string::npos; at = text.find("\nmodel ", at + 1)) ++models;
  llvm::outs() << fmt::format("wrote {}: {}, {}\n", target.string(), plural(models, "model"), plural(logs, "log"));
  return 0;
}

}  // namespace costlint::cli
