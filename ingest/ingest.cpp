#include "ingest/ingest.h"

#include <filesystem>
#include <fstream>

#include <fmt/format.h>

#include "ingest/evidence_reader.h"
#include "lint/manifest_finder.h"

namespace costlint {
namespace {

namespace fs = std::filesystem;

/// The reader whose format the start of the log shows, for `auto`.
const EvidenceReader* detect(const std::string& path) {
  std::string head(EvidenceReader::kHeadBytes, '\0');
  std::ifstream file(path, std::ios::binary);
  file.read(head.data(), static_cast<std::streamsize>(head.size()));
  head.resize(static_cast<size_t>(file.gcount()));
  if (head.empty()) return nullptr;
  for (const EvidenceReader* reader : all_readers())
    if (reader->recognizes(head)) return reader;
  return nullptr;
}

void read_one(EvidenceRef& evidence, const fs::path& folder, const std::string& root,
              DiagnosticSink& sink, std::vector<std::unique_ptr<SourceFile>>& excerpts) {
  std::error_code error;
  // Symbolic links resolved: what is checked against the root is what is opened.
  fs::path joined = fs::weakly_canonical(folder / evidence.path, error);
  std::string uri = relative_to_root(joined.string(), root);
  if (uri.empty()) {
    sink.report("S007", evidence.path_source,
                fmt::format("`{}` leaves the repository root `{}`; it is not read", evidence.path,
                            root));
    return;
  }
  // Only a regular file: a FIFO or a device would block the read, or never end.
  if (!fs::is_regular_file(joined, error)) {
    std::string_view why = !fs::exists(joined, error)       ? "no such file"
                           : fs::is_directory(joined, error) ? "it is a folder"
                                                             : "it is not a regular file";
    sink.report("S006", evidence.path_source,
                fmt::format("cannot read `{}`: {}", evidence.path, why));
    return;
  }
  const EvidenceReader* reader =
      evidence.format == "auto" ? detect(joined.string()) : find_reader(evidence.format);
  if (!reader) {
    Diagnostic& d = sink.report(
        "S006", evidence.path_source,
        evidence.format == "auto"
            ? fmt::format("cannot tell the format of `{}`: it is none that costlint reads",
                          evidence.path)
            : fmt::format("costlint does not read `{}` logs yet: `{}` is not cross-checked",
                          evidence.format, evidence.path));
    if (evidence.format != "auto") d.severity = Severity::Note;
    return;
  }
  LineReader lines(joined.string());
  if (!lines.ok()) {
    sink.report("S006", evidence.path_source,
                fmt::format("cannot read `{}`: {}", evidence.path, lines.error()));
    return;
  }
  LogInput input(lines, fs::path(evidence.path).lexically_normal().string(), uri, sink, excerpts);
  input.place(joined.string(), root);
  if (evidence.format == "auto")
    sink.report("S014", evidence.path_source,
                fmt::format("`{}` is read as `{}`", evidence.path, reader->format()));
  LoggedEvidence logged = reader->read(input);
  logged.format = std::string(reader->format());
  evidence.logged = std::move(logged);
}

}  // namespace

void ingest_evidence(Disclosure& disclosure, const std::string& manifest_path,
                     const std::string& root, DiagnosticSink& sink,
                     std::vector<std::unique_ptr<SourceFile>>& excerpts) {
  fs::path folder = fs::absolute(manifest_path).parent_path();
  for (System& system : disclosure.systems)
    for (auto& phase : system.phases)
      if (phase)
        for (EvidenceRef& evidence : phase->evidence)
          read_one(evidence, folder, root, sink, excerpts);
}

}  // namespace costlint
