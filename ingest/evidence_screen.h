#pragma once
// What every reader's output goes through before a rule sees it: a figure no
// training run could have logged (1e34 GWh), or a name holding bytes that are
// not UTF-8, is reported where the log holds it and left out, so that no rule
// compares a declaration with garbage.

#include "ingest/evidence_reader.h"

namespace costlint {

void screen_evidence(LogReading& logged, LogInput& input);

}  // namespace costlint
