#include "lint/driver.h"

#include <algorithm>
#include <stdexcept>

#include <fmt/format.h>
#include <llvm/Support/FileSystem.h>
#include <llvm/Support/MemoryBuffer.h>

#include "estimate/estimator.h"
#include "grammar/parser.h"
#include "ir/manifest_finder.h"
#include "ir/utf8.h"
#include "rules/rule.h"
#include "corpus/profile.h"
#include "lint/paper_reading.h"
#include "corpus/reference_points.h"
#include "grammar/resolver.h"
#include "lint/suppressions.h"
#include "ingest/ingest.h"

namespace costlint {
namespace {

/// Why `path` cannot be a manifest, if it cannot.
std::optional<std::string> unreadable_reason(const std::string& path) {
  namespace fs = llvm::sys::fs;
  if (!fs::exists(path)) return "no such file";
  if (fs::is_directory(path)) return "it is a folder";
  if (!fs::is_regular_file(path)) return "it is not a regular file";
  return std::nullopt;
}

/// Reads (bounded) and checks one manifest into `run`.
void check_one(const std::string& path, const CheckOptions& options, CheckRun& run) {
  std::string root = options.root ? *options.root : find_root(path);
  std::string uri = relative_to_root(path, root);
  DiagnosticSink sink;
  // A manifest that cannot be checked at all: report `message` at `range`, or
  // on the whole file when there is no range.
  auto fail = [&](std::unique_ptr<SourceFile> file, std::optional<SourceRange> range,
                  RuleCode code, std::string message) {
    Location location = range ? Location::in(*file, *range) : Location::of_file(*file);
    sink.report(code, location, std::move(message));
    run.fatal = true;
    run.manifests.push_back({std::move(file), std::nullopt, std::nullopt, ""});
  };

  if (uri.empty()) {
    fail(std::make_unique<SourceFile>(path, path, nullptr, 0), std::nullopt, RuleCode::S007,
         fmt::format("the manifest is outside the repository root `{}`", root));
  } else if (auto reason = unreadable_reason(path)) {
    fail(std::make_unique<SourceFile>(path, uri, nullptr, 0), std::nullopt, RuleCode::S012,
         fmt::format("cannot read the manifest: {}", *reason));
  } else if (auto buffer = llvm::MemoryBuffer::getFile(path, /*IsText=*/false,
                                                       /*RequiresNullTerminator=*/false);
             !buffer) {
    fail(std::make_unique<SourceFile>(path, uri, nullptr, 0), std::nullopt, RuleCode::S012,
         fmt::format("cannot read the manifest: {}", buffer.getError().message()));
  } else if (size_t size = (*buffer)->getBufferSize(); size > kMaxManifestBytes) {
    // Keep only what costlint would read, so that the error can point at the limit.
    auto end = static_cast<uint32_t>(kMaxManifestBytes);
    fail(std::make_unique<SourceFile>(path, uri, std::move(*buffer), kMaxManifestBytes),
         SourceRange{end, end}, RuleCode::S012,
         fmt::format("the manifest is {:.1f} MiB, over the {} MiB limit; reading stops here",
                     static_cast<double>(size) / (1 << 20), kMaxManifestBytes >> 20));
  } else {
    auto file = std::make_unique<SourceFile>(path, uri, std::move(*buffer), size);
    SourceResult result = check_source(*file, options);
    run.fatal = run.fatal || !result.disclosure;
    run.manifests.push_back(
        {std::move(file), std::move(result.disclosure), std::move(result.placements),
         std::move(result.profile)});
    for (Diagnostic& d : result.diagnostics) run.diagnostics.push_back(std::move(d));
    for (SuppressedFinding& f : result.suppressed) run.suppressed.push_back(std::move(f));
    for (auto& excerpt : result.log_excerpts) run.log_excerpts.push_back(std::move(excerpt));
  }
  for (Diagnostic& d : sink.take()) run.diagnostics.push_back(std::move(d));
}

/// The profile a manifest is checked under: `--profile`, else its paper's.
Profile profile_for(const Disclosure& disclosure, const CheckOptions& options,
                    const ReferenceData& reference) {
  std::string name = "norms";
  if (options.profile)
    name = *options.profile;
  else if (disclosure.paper && disclosure.paper->profile)
    name = disclosure.paper->profile->value;
  std::string error;
  auto profile = load_profile(name, reference.data_dir, &error);
  // Names were checked by the resolver, and --data's profiles by the command line.
  if (!profile) throw std::logic_error(error);
  return *profile;
}

/// Turns off what `--disable` names and, under `--Werror`, warnings into errors.
void apply_overrides(std::vector<Diagnostic>& findings, const RuleOverrides& overrides) {
  std::erase_if(findings,
                [&](const Diagnostic& d) { return !rule_enabled(d.code, true, overrides); });
  if (overrides.warnings_as_errors)
    for (Diagnostic& d : findings)
      if (d.severity == Severity::Warning) d.severity = Severity::Error;
}

/// At most this many S016 findings a manifest: one per character of a hostile file would flood.
constexpr size_t kMaxInvisibleFindings = 20;

/// S016 at each bidirectional control or invisible character of the manifest.
void report_invisible(const SourceFile& file, DiagnosticSink& sink) {
  std::string_view text = file.text();
  size_t found = 0;
  for (size_t i = 0; i < text.size();) {
    size_t length = utf8::char_length(text.substr(i));
    auto c = utf8::invisible_at(text.substr(i));
    if (c && !(i == 0 && *c == 0xFEFF)) {  // a byte order mark opens a file: it is read as one
      if (found++ < kMaxInvisibleFindings) {
        auto begin = static_cast<uint32_t>(i);
        sink.report(RuleCode::S016, Location::in(file, {begin, static_cast<uint32_t>(i + length)}),
                    fmt::format("an invisible character <U+{:04X}> that can make the line read "
                                "otherwise than it is",
                                static_cast<uint32_t>(*c)));
      }
    }
    i += length;
  }
  if (found > kMaxInvisibleFindings)
    sink.report(RuleCode::S016, Location::of_file(file),
                fmt::format("{} more invisible characters, not shown one by one",
                            found - kMaxInvisibleFindings));
}

}  // namespace

FrontierTrendOptions trend_options(const CheckOptions& options) {
  FrontierTrendOptions trend;
  if (!options.trend_bands) trend.resamples = 0;
  return trend;
}

SourceResult check_source(const SourceFile& file, const CheckOptions& options) {
  SourceResult result;
  DiagnosticSink sink;
  report_invisible(file, sink);
  ParseResult parsed = parse_manifest(file.text());
  if (parsed.error) {
    Diagnostic& d = sink.report(RuleCode::S001, Location::in(file, parsed.error->range),
                                parsed.error->message);
    for (const SyntaxNote& note : parsed.error->notes)
      d.note(note.message, Location::in(file, note.range));
    result.diagnostics = sink.take();
    return result;
  }
  Disclosure disclosure = resolve(parsed.manifest, file, sink);
  if (options.run_rules) {
    std::string root = options.root ? *options.root : find_root(file.path());
    ingest_evidence(disclosure, file.path(), root, sink, result.log_excerpts);
    const ReferenceData& reference = options.reference ? *options.reference : embedded_reference();
    read_paper(disclosure, file.path(), root, options.paper, reference.hardware, sink, result.log_excerpts);
    Profile profile = profile_for(disclosure, options, reference);
    result.profile = profile.name;
    estimate(disclosure, reference.hardware, reference.grid, reference.models);
    std::vector<std::optional<ReferenceSet>> points;
    for (const Benchmark& benchmark : disclosure.benchmarks)
      points.push_back(reference_points(reference.benchmarks, benchmark));
    result.placements =
        place_disclosure(disclosure, points, PlacementOptions{trend_options(options), options.as_of});
    for (const Benchmark& benchmark : disclosure.benchmarks)
      result.placements->matches.push_back(match_benchmark(reference.benchmarks, benchmark));
    run_rules(disclosure, profile, options.overrides, reference.hardware, reference.grid, sink,
              &*result.placements);
  }
  result.diagnostics = sink.take();
  apply_suppressions(disclosure, result.diagnostics, result.suppressed, sink);
  for (Diagnostic& d : sink.take()) result.diagnostics.push_back(std::move(d));
  apply_overrides(result.diagnostics, options.overrides);
  // Rules run by family, resolution visits declarations first: a reader wants the
  // manifest's findings in source order, then those in its logs as found.
  std::stable_sort(result.diagnostics.begin(), result.diagnostics.end(),
                   [&](const Diagnostic& a, const Diagnostic& b) {
                     bool a_here = a.location.file == &file, b_here = b.location.file == &file;
                     if (a_here != b_here) return a_here;
                     return a_here && a.location.range.begin < b.location.range.begin;
                   });
  result.disclosure = std::move(disclosure);
  return result;
}

CheckRun check_text(const std::string& path, std::string_view text, const CheckOptions& options) {
  auto buffer = llvm::MemoryBuffer::getMemBufferCopy(llvm::StringRef(text.data(), text.size()), path);
  auto file = std::make_unique<SourceFile>(path, path, std::move(buffer), text.size());
  SourceResult result = check_source(*file, options);
  CheckRun run;
  run.rules = all_rule_infos();
  run.fatal = !result.disclosure;
  run.manifests.push_back({std::move(file), std::move(result.disclosure), std::move(result.placements),
         std::move(result.profile)});
  run.diagnostics = std::move(result.diagnostics);
  run.suppressed = std::move(result.suppressed);
  run.log_excerpts = std::move(result.log_excerpts);
  return run;
}

size_t CheckRun::count(Severity severity) const {
  return static_cast<size_t>(std::count_if(diagnostics.begin(), diagnostics.end(),
                                           [&](const Diagnostic& d) { return d.severity == severity; }));
}

int CheckRun::exit_status() const {
  if (fatal) return 2;
  return count(Severity::Error) > 0 ? 1 : 0;
}

CheckRun check_manifests(const std::vector<std::string>& paths, const CheckOptions& options) {
  CheckRun run;
  run.rules = all_rule_infos();
  for (const std::string& path : paths) check_one(path, options, run);
  return run;
}

}  // namespace costlint
