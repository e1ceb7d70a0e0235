#pragma once
// How a fuzzer's input becomes a log for one reader, shared by the fuzz
// targets (fuzz/fuzz_evidence.cpp) and the replay of their findings
// (tests/fuzz_regression_test.cpp). A file reader gets the bytes as its file;
// a folder reader (mlflow) gets a run folder: the input, split at NUL bytes,
// is its entry file (meta.yaml), a metric, and a GPU's power metric.

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <string>
#include <string_view>

#include "ingest/evidence_reader.h"

namespace costlint::fuzzing {

inline void write_file(const std::filesystem::path& path, std::string_view bytes) {
  std::filesystem::create_directories(path.parent_path());
  std::ofstream(path, std::ios::binary | std::ios::trunc).write(bytes.data(), bytes.size());
}

/// Lays `bytes` out in `folder` as `reader` reads them; returns the file to open.
inline std::filesystem::path lay_out(const EvidenceReader& reader, std::string_view bytes,
                                     const std::filesystem::path& folder) {
  if (reader.folder_entry().empty()) {
    write_file(folder / "log", bytes);
    return folder / "log";
  }
  const char* names[] = {"", "metrics/accuracy", "metrics/system/gpu_0_power_usage_watts"};
  std::filesystem::path entry = folder / std::string(reader.folder_entry());
  for (size_t i = 0; i < 3; ++i) {
    size_t end = std::min(bytes.find('\0'), bytes.size());
    write_file(i == 0 ? entry : folder / names[i], bytes.substr(0, end));
    bytes.remove_prefix(std::min(end + 1, bytes.size()));
  }
  return entry;
}

/// Reads the laid-out input as ingest would, inside `folder` as the root; the
/// log's problems go to `sink`.
inline LogReading read_laid_out(const EvidenceReader& reader, const std::filesystem::path& path,
                                const std::filesystem::path& folder, DiagnosticSink& sink) {
  LineReader lines(path.string());
  std::vector<std::unique_ptr<SourceFile>> excerpts;
  LogInput input(lines, "log", "log", sink, excerpts);
  input.place(path.string(), folder.string());
  return reader.read(input);
}

}  // namespace costlint::fuzzing
