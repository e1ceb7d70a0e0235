#pragma once
// The outcome of checking a set of manifests: the files read, each one's
// Disclosure, and every diagnostic in the order found. Reporters read this.

#include <memory>
#include <optional>
#include <vector>

#include "ir/placements.h"
#include "ir/diagnostic.h"
#include "ir/disclosure.h"
#include "ir/rule_info.h"
#include "ir/source_file.h"

namespace costlint {

struct CheckedManifest {
  std::unique_ptr<SourceFile> file;
  std::optional<Disclosure> disclosure;  ///< none when the file did not parse
  std::optional<DisclosurePlacements> placements;  ///< none when rules did not run
  std::string profile;  ///< the profile it was checked under; empty when rules did not run
};

/// A finding silenced by a `# costlint: ignore` comment: kept for the reports.
struct SuppressedFinding {
  Diagnostic finding;
  Location comment;
  std::string reason;
};

struct CheckRun {
  std::vector<const RuleInfo*> rules;  ///< every rule, in code order, for the reports
  std::vector<CheckedManifest> manifests;
  std::vector<Diagnostic> diagnostics;
  std::vector<SuppressedFinding> suppressed;
  std::vector<std::unique_ptr<SourceFile>> log_excerpts;  ///< log rows findings point into
  bool fatal = false;  ///< some manifest could not be read or parsed

  size_t count(Severity severity) const;
  /// 0: no error; 1: an error finding; 2: checking could not go on.
  int exit_status() const;
};

}  // namespace costlint
