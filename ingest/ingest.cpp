#include "ingest/ingest.h"

#include <filesystem>
#include <fstream>

#include <fmt/format.h>

#include "ingest/evidence_reader.h"
#include "ingest/evidence_screen.h"
#include "ir/manifest_finder.h"

namespace costlint {
namespace {

namespace fs = std::filesystem;

/// The first bytes of the file at `path`, for EvidenceReader::recognizes().
std::string head_of(const fs::path& path) {
  std::string head(EvidenceReader::kHeadBytes, '\0');
  std::ifstream file(path, std::ios::binary);
  file.read(head.data(), static_cast<std::streamsize>(head.size()));
  head.resize(static_cast<size_t>(file.gcount()));
  return head;
}

/// The reader whose format the start of the log shows, for `auto`.
const EvidenceReader* detect(const fs::path& path) {
  std::string head = head_of(path);
  if (head.empty()) return nullptr;
  for (const EvidenceReader* reader : all_readers())
    if (reader->recognizes(head)) return reader;
  return nullptr;
}

/// The reader of the folder `real`, for a format that is a folder (an MLflow
/// run): the one named, or for `auto` the first whose entry file the folder
/// holds inside the root and whose start it recognizes.
const EvidenceReader* folder_reader(std::string_view format, const fs::path& real,
                                    const std::string& root) {
  for (const EvidenceReader* reader : all_readers()) {
    if (reader->folder_entry().empty()) continue;
    if (format == reader->format()) return reader;
    std::error_code error;
    fs::path entry = fs::weakly_canonical(real / reader->folder_entry(), error);
    if (format == "auto" && !relative_to_root(entry.string(), root).empty() &&
        fs::is_regular_file(entry, error) && reader->recognizes(head_of(entry)))
      return reader;
  }
  return nullptr;
}

/// Where a log is: as named in findings, as opened (links resolved, inside
/// the root), and where the files beside it are looked for.
struct LogPath {
  std::string shown;
  fs::path real, placed;
  std::string uri;  ///< relative to the root; empty when outside it
};

/// The log at `placed`, a path whose folders' links are resolved (the log
/// itself may be a link).
LogPath resolve(std::string shown, const fs::path& placed, const std::string& root) {
  std::error_code error;
  // Symbolic links resolved: what is checked against the root is what is opened.
  fs::path real = fs::weakly_canonical(placed, error);
  return {std::move(shown), real, placed, relative_to_root(real.string(), root)};
}

/// Files each figure of `reading` under the phase's Figures, as a Fact that says
/// which log holds it and how it was read.
void file_figures(LogReading& reading, const EvidenceRef& evidence, Phase& phase) {
  for (LoggedFigure& figure : reading.figures) {
    Fact fact = std::move(figure.fact);
    fact.method = std::move(figure.what);
    fact.log = evidence.path;
    fact.at_least = figure.at_least;
    phase[figure.quantity].logged.push_back(std::move(fact));
  }
}

void read_one(EvidenceRef& evidence, Phase& phase, const fs::path& folder, const std::string& root,
              DiagnosticSink& sink, std::vector<std::unique_ptr<SourceFile>>& excerpts) {
  std::error_code error;
  LogPath log = resolve(evidence.path, fs::weakly_canonical(folder / evidence.path, error), root);
  const EvidenceReader* reader = nullptr;
  if (!log.uri.empty() && fs::is_directory(log.real, error) &&
      (reader = folder_reader(evidence.format, log.real, root))) {
    std::string_view entry = reader->folder_entry();
    log = resolve((fs::path(evidence.path) / entry).string(), log.real / entry, root);
    if (!log.uri.empty() && !fs::exists(log.real, error)) {
      sink.report(RuleCode::S006, evidence.path_source,
                  fmt::format("cannot read `{}`: a `{}` folder holds a `{}`, and this one does not",
                              evidence.path, reader->format(), entry));
      return;
    }
  }
  if (log.uri.empty()) {
    sink.report(RuleCode::S007, evidence.path_source,
                fmt::format("`{}` leaves the repository root `{}`; it is not read", log.shown,
                            root));
    return;
  }
  // Only a regular file: a FIFO or a device would block the read, or never end.
  if (!fs::is_regular_file(log.real, error)) {
    std::string_view why = !fs::exists(log.real, error)       ? "no such file"
                           : fs::is_directory(log.real, error) ? "it is a folder"
                                                               : "it is not a regular file";
    sink.report(RuleCode::S006, evidence.path_source, fmt::format("cannot read `{}`: {}", log.shown, why));
    return;
  }
  if (!reader)
    reader = evidence.format == "auto" ? detect(log.real) : find_reader(evidence.format);
  // Every format of the language has its reader (a test checks it): only
  // `auto` can find none.
  if (!reader) {
    sink.report(RuleCode::S006, evidence.path_source,
                fmt::format("cannot tell the format of `{}`: it is none that costlint reads",
                            evidence.path));
    return;
  }
  LineReader lines(log.real.string());
  if (!lines.ok()) {
    sink.report(RuleCode::S006, evidence.path_source,
                fmt::format("cannot read `{}`: {}", log.shown, lines.error()));
    return;
  }
  LogInput input(lines, fs::path(log.shown).lexically_normal().string(), log.uri, sink, excerpts);
  input.place(log.placed.string(), root);
  if (evidence.format == "auto")
    sink.report(RuleCode::S014, evidence.path_source,
                fmt::format("`{}` is read as `{}`", evidence.path, reader->format()));
  LogReading reading = reader->read(input);
  screen_evidence(reading, input);
  reading.format = std::string(reader->format());
  file_figures(reading, evidence, phase);
  evidence.logged = static_cast<LoggedEvidence&&>(std::move(reading));
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
          read_one(evidence, *phase, folder, root, sink, excerpts);
}

std::string recognized_format(const std::string& path) {
  std::error_code error;
  if (fs::is_directory(path, error)) {
    for (const EvidenceReader* reader : all_readers()) {
      if (reader->folder_entry().empty()) continue;
      fs::path entry = fs::path(path) / reader->folder_entry();
      if (fs::is_regular_file(fs::symlink_status(entry, error)) && reader->recognizes(head_of(entry)))
        return std::string(reader->format());
    }
    return {};
  }
  const EvidenceReader* reader = detect(path);
  return reader ? std::string(reader->format()) : std::string();
}

}  // namespace costlint
