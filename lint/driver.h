#pragma once
// The pipeline of ARCHITECTURE.md for a set of manifests: read (bounded),
// parse, resolve, check the rules under a profile, apply suppressions.

#include <optional>
#include <string>
#include <vector>

#include "corpus/reference_data.h"
#include "estimate/frontier_trend.h"
#include "lint/check_run.h"
#include "lint/rule_engine.h"

namespace costlint {

/// A manifest larger than this is refused (S012): a conference's batch check
/// must not be exhausted by one hostile submission.
inline constexpr size_t kMaxManifestBytes = 16 * 1024 * 1024;

struct CheckOptions {
  std::optional<std::string> root;     ///< --root; by default found from each manifest
  std::optional<std::string> profile;  ///< --profile; else the paper's, else `norms`
  RuleOverrides overrides;
  const ReferenceData* reference = nullptr;  ///< null: embedded_reference()
  bool run_rules = true;  ///< false: the front end alone (syntax, names, units)
  /// Fit the bootstrap band of each frontier's trend too: only a plot draws it
  /// (`frontier`, `report --format html`); a finding needs the curve alone.
  bool trend_bands = false;
  /// --paper: the paper to check the manifest against (D7xx), instead of `paper { source }`.
  std::optional<std::string> paper;
  /// --as-of: compare with the reference points published up to this year; by
  /// default the paper's year (PlacementOptions::as_of).
  std::optional<int> as_of;
};

/// Everything found in one manifest, findings in source order.
struct SourceResult {
  std::optional<Disclosure> disclosure;  ///< none when it does not parse (S001)
  std::optional<DisclosurePlacements> placements;
  std::string profile;  ///< the profile it was checked under; empty when rules did not run
  std::vector<Diagnostic> diagnostics;
  std::vector<SuppressedFinding> suppressed;
  std::vector<std::unique_ptr<SourceFile>> log_excerpts;
};

/// How the frontiers' trends are fitted under `options`.
FrontierTrendOptions trend_options(const CheckOptions& options);

/// Checks one manifest already in memory.
SourceResult check_source(const SourceFile& file, const CheckOptions& options = {});

/// Checks one manifest held in memory, as if read from `path`.
CheckRun check_text(const std::string& path, std::string_view text,
                    const CheckOptions& options = {});

CheckRun check_manifests(const std::vector<std::string>& paths, const CheckOptions& options = {});

}  // namespace costlint
