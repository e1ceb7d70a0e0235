#include "rules/rule_support.h"

#include <fmt/format.h>

#include "ir/quantity_format.h"
#include "ir/field_schema.h"

namespace costlint::rules {

std::string_view phase_name(PhaseKind kind) {
  switch (kind) {
    case PhaseKind::Train: return "train";
    case PhaseKind::Tune: return "tune";
    case PhaseKind::Infer: return "infer";
  }
  return "train";
}

const Phase* phase_of(const System& system, PhaseKind kind) {
  const auto& phase = system.phase(kind);
  return phase ? &*phase : nullptr;
}

bool is_model(const System& system) { return system.role == SystemRole::Model; }

Diagnostic& report_missing(RuleContext& context, const System& system, const Phase& phase,
                           std::string_view what) {
  return context.report(phase.keyword, fmt::format("the `{}` block of `{}` does not disclose {}",
                                                   phase_name(phase.kind), system.name, what));
}

const Fact* estimate_of(const Phase& phase, Quantity quantity) {
  const Figure& figure = phase[quantity];
  if (quantity == Quantity::Compute)
    if (const Fact* device_time = figure.estimate(dim::device * dim::time)) return device_time;
  return figure.estimated.empty() ? nullptr : &figure.estimated.front();
}

namespace {

/// What a reader would measure or look up to replace a loose estimate of `quantity`.
std::string_view settling_figure(Quantity quantity) {
  switch (quantity) {
    case Quantity::Energy:
      return "the energy a tracker or nvidia-smi measured (CodeCarbon, Zeus), or the devices' "
             "average power or `utilization` over the run, and the site's `pue`";
    case Quantity::Emissions:
      return "the site's region (`site { region }`) for its grid, or the emissions a tracker "
             "logged";
    case Quantity::Compute: return "the device-hours of the job logs, or the devices and the duration";
    case Quantity::Duration: return "the wall-clock time of the run, from its logs";
    case Quantity::Memory:
      return "the peak the framework logged (torch.cuda.max_memory_allocated, nvidia-smi)";
    default: return "the measured figure";
  }
}

}  // namespace

void suggest_estimate(RuleContext& context, const Phase& phase, Quantity quantity,
                      Diagnostic& finding) {
  const Fact* estimate = estimate_of(phase, quantity);
  if (!estimate) return;
  std::string_view unit = device_unit(device_of(context, phase));
  auto shown = [&](double v) { return format_quantity(v, estimate->dimension, unit); };
  std::string value = shown(estimate->value);
  // Device-time in hours, the unit papers use, however long.
  if (estimate->dimension == dim::device * dim::time)
    value = fmt::format("{} {}.h", format_number(estimate->value / 3600), unit);
  const Interval& range = *estimate->interval;
  // An interval wider than this is no figure to write into a paper: say what
  // would settle it instead of offering it as a fix.
  if (!(range.high < kFixItSpread * range.low)) {
    finding.note(fmt::format("estimate: ~{} (from {} to {}, {} apart: too loose to write down) "
                             "= {}; what would settle it: {}",
                             value, shown(range.low), shown(range.high),
                             format_factor(range.high / range.low), estimate->method,
                             settling_figure(quantity)));
    return;
  }
  std::string scope = estimate->scope == EnergyScope::Unstated
                          ? std::string()
                          : fmt::format(" ({})", scope_name(estimate->scope));
  finding.fix(insert_field(*context.disclosure.file, phase.block.range,
                           fmt::format("{} = ~{}{}", field_name(quantity), value, scope)));
  finding.note(fmt::format("estimate: ~{} (from {} to {}) = {}", value, shown(range.low),
                           shown(range.high), estimate->method));
}

bool logged_undeclared(const Phase& phase, Quantity quantity) {
  const Figure& figure = phase[quantity];
  if (figure.declared || field_name(quantity).empty()) return false;
  for (const EvidenceRef& evidence : phase.evidence) {
    if (!evidence.logged) continue;
    for (const Fact& fact : figure.logged)
      if (fact.log == evidence.path && fact.value > 0) return true;
  }
  return false;
}

void check_missing(RuleContext& context, PhaseKind kind, Quantity quantity,
                   std::string_view what) {
  for (const System& system : context.disclosure.systems) {
    if (!is_model(system)) continue;
    const Phase* phase = phase_of(system, kind);
    if (!phase || (*phase)[quantity].declared) continue;
    // One cause, one finding: X503 says the figure is in a log and not declared.
    if (context.runs(RuleCode::X503) && logged_undeclared(*phase, quantity)) continue;
    Diagnostic& finding = report_missing(context, system, *phase, what);
    suggest_estimate(context, *phase, quantity, finding);
  }
}

const HardwarePool* pool_of(const RuleContext& context, const Phase& phase) {
  return phase.hardware ? &context.disclosure.hardware[*phase.hardware] : nullptr;
}

const DeviceSpec* device_of(const RuleContext& context, const Phase& phase) {
  const HardwarePool* pool = pool_of(context, phase);
  return pool ? context.hardware.find(pool->model) : nullptr;
}

std::optional<double> pue_of(const RuleContext& context, const Phase& phase) {
  if (!phase.site) return std::nullopt;
  const auto& pue = context.disclosure.sites[*phase.site].pue;
  return pue ? std::optional<double>(pue->value) : std::nullopt;
}

FixIt insert_field(const SourceFile& file, SourceRange block, std::string_view field) {
  std::string_view text = file.text();
  uint32_t close = block.end - 1;  // the `}`
  uint32_t line_start = close;
  while (line_start > block.begin && text[line_start - 1] != '\n') --line_start;
  bool brace_alone = text.substr(line_start, close - line_start).find_first_not_of(" \t") ==
                     std::string_view::npos;
  if (!brace_alone)  // `train { duration = 4 min }`: add `; field` before the brace
    return {Location::in(file, {close, close}), fmt::format("; {} ", field)};
  // Indent as the block's first line, plus two.
  uint32_t open_line = block.begin;
  while (open_line > 0 && text[open_line - 1] != '\n') --open_line;
  size_t indent = text.substr(open_line).find_first_not_of(" \t");
  return {Location::in(file, {line_start, line_start}),
          fmt::format("{}  {}\n", text.substr(open_line, indent), field)};
}

}  // namespace costlint::rules
