#pragma once
// The ingest stage: reads the log behind every `evidence` line and attaches
// what it holds to the line (EvidenceRef::logged). Paths are relative to the
// manifest's folder and may not leave the repository root (S007), through a
// symbolic link or otherwise; nothing outside it is opened.

#include <memory>
#include <string>
#include <vector>

#include "ir/diagnostic.h"
#include "ir/disclosure.h"
#include "ir/source_file.h"

namespace costlint {

/// `excerpts` receives the log rows that findings and logged facts point into;
/// they must outlive the Disclosure's use.
void ingest_evidence(Disclosure& disclosure, const std::string& manifest_path,
                     const std::string& root, DiagnosticSink& sink,
                     std::vector<std::unique_ptr<SourceFile>>& excerpts);

/// The evidence format of the log at `path` as `evidence auto` would read it:
/// a file whose start a reader recognizes, or a folder holding a reader's
/// entry file (an MLflow run). Empty when no reader knows it.
std::string recognized_format(const std::string& path);

}  // namespace costlint
