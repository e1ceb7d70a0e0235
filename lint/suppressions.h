#pragma once
// `# costlint: ignore RULE -- reason`: moves the findings a suppression
// silences out of the findings and into the suppressed list (reports still show
// them), and reports suppressions without a reason (S010), that silence nothing
// or are malformed (S011), or that name no rule (S002).

#include <vector>

#include "lint/check_run.h"
#include "ir/disclosure.h"

namespace costlint {

void apply_suppressions(const Disclosure& disclosure, std::vector<Diagnostic>& findings,
                        std::vector<SuppressedFinding>& suppressed, DiagnosticSink& sink);

}  // namespace costlint
