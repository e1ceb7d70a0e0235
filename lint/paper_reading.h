#pragma once
// The paper a manifest names (`paper { source = "main.tex" }`, relative to the
// manifest, or `check --paper FILE`) read by `costlint extract` into
// Disclosure::paper_statements, for the D7xx rules. A paper that cannot be read
// is S006; one outside the repository root is S007 and is not opened.

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "ir/diagnostic.h"
#include "ir/disclosure.h"
#include "ir/source_file.h"

namespace costlint {

class HardwareCatalog;

/// `files` receives the paper's files, which the statements point into.
void read_paper(Disclosure& disclosure, const std::string& manifest_path, const std::string& root,
                const std::optional<std::string>& paper_path, const HardwareCatalog& hardware,
                DiagnosticSink& sink, std::vector<std::unique_ptr<SourceFile>>& files);

}  // namespace costlint
