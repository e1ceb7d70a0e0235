#include "lint/driver.h"

#include <algorithm>

#include <fmt/format.h>
#include <llvm/Support/FileSystem.h>
#include <llvm/Support/MemoryBuffer.h>

#include "grammar/parser.h"
#include "lint/manifest_finder.h"
#include "lint/resolver.h"

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

/// Reads, parses and resolves one manifest into `run`.
void check_one(const std::string& path, const CheckOptions& options, CheckRun& run) {
  std::string root = options.root ? *options.root : find_root(path);
  std::string uri = relative_to_root(path, root);
  DiagnosticSink sink;
  // A manifest that cannot be checked at all: report `message` at `range`, or
  // on the whole file when there is no range.
  auto fail = [&](std::unique_ptr<SourceFile> file, std::optional<SourceRange> range,
                  std::string_view code, std::string message) {
    Location location = range ? Location::in(*file, *range) : Location::of_file(*file);
    sink.report(code, location, std::move(message));
    run.fatal = true;
    run.manifests.push_back({std::move(file), std::nullopt});
  };

  if (uri.empty()) {
    fail(std::make_unique<SourceFile>(path, path, nullptr, 0), std::nullopt, "S007",
         fmt::format("the manifest is outside the repository root `{}`", root));
  } else if (auto reason = unreadable_reason(path)) {
    fail(std::make_unique<SourceFile>(path, uri, nullptr, 0), std::nullopt, "S012",
         fmt::format("cannot read the manifest: {}", *reason));
  } else if (auto buffer = llvm::MemoryBuffer::getFile(path, /*IsText=*/false,
                                                       /*RequiresNullTerminator=*/false);
             !buffer) {
    fail(std::make_unique<SourceFile>(path, uri, nullptr, 0), std::nullopt, "S012",
         fmt::format("cannot read the manifest: {}", buffer.getError().message()));
  } else if (size_t size = (*buffer)->getBufferSize(); size > kMaxManifestBytes) {
    // Keep only what costlint would read, so that the error can point at the limit.
    auto end = static_cast<uint32_t>(kMaxManifestBytes);
    fail(std::make_unique<SourceFile>(path, uri, std::move(*buffer), kMaxManifestBytes),
         SourceRange{end, end}, "S012",
         fmt::format("the manifest is {:.1f} MiB, over the {} MiB limit; reading stops here",
                     static_cast<double>(size) / (1 << 20), kMaxManifestBytes >> 20));
  } else {
    auto file = std::make_unique<SourceFile>(path, uri, std::move(*buffer), size);
    std::optional<Disclosure> disclosure = check_source(*file, sink);
    run.fatal = run.fatal || !disclosure;
    run.manifests.push_back({std::move(file), std::move(disclosure)});
  }
  // Resolution visits declarations before uses; a reader wants source order.
  std::vector<Diagnostic> found = sink.take();
  std::stable_sort(found.begin(), found.end(), [](const Diagnostic& a, const Diagnostic& b) {
    return a.location.range.begin < b.location.range.begin;
  });
  for (Diagnostic& d : found) run.diagnostics.push_back(std::move(d));
}

}  // namespace

std::optional<Disclosure> check_source(const SourceFile& file, DiagnosticSink& sink) {
  ParseResult parsed = parse_manifest(file.text());
  if (parsed.error) {
    Diagnostic& d = sink.report("S001", Location::in(file, parsed.error->range),
                                parsed.error->message);
    for (const SyntaxNote& note : parsed.error->notes)
      d.note(note.message, Location::in(file, note.range));
    return std::nullopt;
  }
  return resolve(parsed.manifest, file, sink);
}

CheckRun check_text(const std::string& path, std::string_view text) {
  auto buffer = llvm::MemoryBuffer::getMemBufferCopy(llvm::StringRef(text.data(), text.size()), path);
  CheckRun run;
  run.manifests.push_back(
      {std::make_unique<SourceFile>(path, path, std::move(buffer), text.size()), std::nullopt});
  DiagnosticSink sink;
  run.manifests.back().disclosure = check_source(*run.manifests.back().file, sink);
  run.fatal = !run.manifests.back().disclosure;
  run.diagnostics = sink.take();
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
  for (const std::string& path : paths) check_one(path, options, run);
  return run;
}

}  // namespace costlint
