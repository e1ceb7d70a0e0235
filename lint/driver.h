#pragma once
// The pipeline of ARCHITECTURE.md for a set of manifests: read (bounded),
// parse, resolve. Later stages (evidence, estimates, rules) attach here.

#include <optional>
#include <string>
#include <vector>

#include "lint/check_run.h"

namespace costlint {

/// A manifest larger than this is refused (S012): a conference's batch check
/// must not be exhausted by one hostile submission.
inline constexpr size_t kMaxManifestBytes = 16 * 1024 * 1024;

struct CheckOptions {
  std::optional<std::string> root;  ///< --root; by default found from each manifest
};

/// Parses and resolves one manifest already in memory. Returns nothing when it
/// does not parse (S001).
std::optional<Disclosure> check_source(const SourceFile& file, DiagnosticSink& sink);

/// Checks one manifest held in memory, as if read from `path`.
CheckRun check_text(const std::string& path, std::string_view text);

CheckRun check_manifests(const std::vector<std::string>& paths, const CheckOptions& options);

}  // namespace costlint
