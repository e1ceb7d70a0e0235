#pragma once
// What several rules need: the pool and device a phase ran on, where to point
// when a figure is missing, and the fix-it that inserts a field into a block.

#include <optional>
#include <string>
#include <string_view>

#include "corpus/hardware_catalog.h"
#include "corpus/profile.h"
#include "rules/rule.h"
#include "ir/source_file.h"
#include "rules/rules.h"

namespace costlint::rules {

std::string_view phase_name(PhaseKind kind);

/// The phase, if the system has it.
const Phase* phase_of(const System& system, PhaseKind kind);

/// The systems a missing-figure rule judges: the paper's own models.
bool is_model(const System& system);

/// Reports that the `kind` block of `system` does not disclose `what`, at the
/// block's keyword. A missing block is C100's to report, not every rule's.
Diagnostic& report_missing(RuleContext& context, const System& system, const Phase& phase,
                           std::string_view what);

const HardwarePool* pool_of(const RuleContext& context, const Phase& phase);
/// The catalog's row for the phase's device, if the pool names a known one.
const DeviceSpec* device_of(const RuleContext& context, const Phase& phase);
/// The PUE of the phase's site, if it gives one.
std::optional<double> pue_of(const RuleContext& context, const Phase& phase);

/// A fix-it that adds `field` (e.g. "energy = ~38 kWh") as the last field of the
/// block whose range is `block`, on a line of its own or after a `;`.
FixIt insert_field(const SourceFile& file, SourceRange block, std::string_view field);

/// The estimator's figure for `quantity` of `phase` that a fix-it offers, if it
/// made one: compute in device-time when the pool is known, as papers report it.
const Fact* estimate_of(const Phase& phase, Quantity quantity);
/// Adds to `finding` the estimator's figure as a fix-it (`energy = ~38 kWh`)
/// and a note with its interval and method, when there is one.
void suggest_estimate(RuleContext& context, const Phase& phase, Quantity quantity,
                      Diagnostic& finding);

/// Reports each model whose `kind` phase lacks `quantity` ("its training energy"),
/// at the phase keyword, with the estimator's figure as a fix-it when it has one.
/// Whether a log the phase cites holds `quantity` and the manifest does not
/// declare it: what X503 reports, and the missing-figure rules then leave to it.
bool logged_undeclared(const Phase& phase, Quantity quantity);

/// An estimate is offered as a fix-it only when its interval is narrower than
/// this factor (high / low); a looser one is shown with what would settle it.
inline constexpr double kFixItSpread = 3;

void check_missing(RuleContext& context, PhaseKind kind, Quantity quantity,
                   std::string_view what);


}  // namespace costlint::rules
