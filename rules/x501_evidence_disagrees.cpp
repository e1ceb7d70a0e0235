// X501: a declared figure disagrees with the log that backs it, or the log ran
// on other hardware or in another country than the manifest declares.

#include <cmath>
#include <set>

#include <fmt/format.h>

#include "ir/quantity_format.h"
#include "corpus/countries.h"
#include "corpus/grid_catalog.h"
#include "rules/rule_support.h"

namespace costlint::rules {
namespace {

/// How a logged figure bounds the declared one once both count the same thing.
enum class Bound { Equal, AtLeast, AtMost };

/// The logged figure in the declared one's terms. Energies of different scopes
/// are compared like with like: converted by a stated factor (a PUE, the
/// log's own or the site's, between node and facility), else only as the bound
/// the narrower scope sets.
struct Comparison {
  double logged = 0;
  Bound bound = Bound::Equal;
  bool converted = false;  ///< by a stated PUE, into the declared scope
  std::string how;         ///< the conversion or the bound, for the note
};

Comparison compare(const RuleContext& context, const Phase& phase, const Fact& declared,
                   const Fact& logged, std::optional<double> log_pue) {
  Comparison out{logged.value, logged.at_least ? Bound::AtLeast : Bound::Equal, false, {}};
  EnergyScope d = declared.scope, l = logged.scope;
  if (declared.dimension != dim::energy || d == EnergyScope::Unstated ||
      l == EnergyScope::Unstated)
    return out;
  if (d == l) {  // a device energy is a lower bound of a node's, not of another device energy
    out.bound = Bound::Equal;
    return out;
  }
  // A log's facility energy comes back to its node's through the PUE the log
  // applied; a node's goes to the facility's through the site's.
  bool from_log = l == EnergyScope::Facility && log_pue;
  std::optional<double> pue = from_log ? log_pue : pue_of(context, phase);
  bool node_and_facility = (d == EnergyScope::Facility && l == EnergyScope::Node) ||
                           (d == EnergyScope::Node && l == EnergyScope::Facility);
  if (node_and_facility && pue) {
    out.logged = d == EnergyScope::Facility ? logged.value * *pue : logged.value / *pue;
    out.bound = Bound::Equal;
    out.converted = true;
    out.how = fmt::format("the log's {} energy {} {} PUE of {}", scope_name(l),
                          d == EnergyScope::Facility ? "times" : "over",
                          from_log ? "the log's own" : "the site's", format_number(*pue));
    return out;
  }
  out.bound = d > l ? Bound::AtLeast : Bound::AtMost;
  out.how = fmt::format("a {} energy {} the {} energy logged, with no stated factor between them",
                        scope_name(d), d > l ? "contains" : "is part of", scope_name(l));
  return out;
}

void check_figure(RuleContext& context, const Phase& phase, const Figure& figure,
                  const Fact& logged, std::optional<double> log_pue) {
  const auto& declared = figure.declared;
  if (!declared || declared->dimension != logged.dimension || logged.value <= 0) return;
  Comparison c = compare(context, phase, *declared, logged, log_pue);
  double ratio = declared->value / c.logged - 1, tolerance = context.evidence_tolerance;
  bool within = c.bound == Bound::AtLeast  ? ratio >= -tolerance
                : c.bound == Bound::AtMost ? ratio <= tolerance
                                           : std::abs(ratio) <= tolerance;
  if (within) return;
  const Dimension& d = declared->dimension;
  auto scoped = [](const Fact& fact) {
    return fact.scope == EnergyScope::Unstated ? std::string()
                                               : fmt::format(" ({})", scope_name(fact.scope));
  };
  // A node energy converted by the PUE is written as what it became: `(node, as facility)`.
  std::string logged_scope = c.converted ? fmt::format(" ({}, as {})", scope_name(logged.scope),
                                                       scope_name(declared->scope))
                                         : scoped(logged);
  Diagnostic& finding = context.report(
      declared->source,
      fmt::format("the declared {}{} differs from `{}` by {:+.0f}%: {} declared, {} logged{}{}",
                  format_quantity(declared->value, d), scoped(*declared), logged.log, ratio * 100,
                  format_quantity(declared->value, d), format_quantity(c.logged, d),
                  c.bound == Bound::AtLeast  ? " at least"
                  : c.bound == Bound::AtMost ? " at most"
                                             : "",
                  logged_scope));
  finding.note(fmt::format("logged here: {} ({})", format_quantity(logged.value, d), logged.method),
               logged.source);
  if (!c.how.empty()) finding.note(c.how);
}

/// The pools already found to differ from a log, with the device logged: two
/// models that share a pool and a log make one finding, not two.
using Reported = std::set<std::pair<const HardwarePool*, std::string>>;

/// The log's device against the pool's, when the catalog knows both.
void check_device(RuleContext& context, const Phase& phase, const LoggedEvidence& logged,
                  Reported& reported) {
  const HardwarePool* pool = pool_of(context, phase);
  if (!pool || !logged.device_model) return;
  if (!reported.emplace(pool, logged.device_model->value).second) return;
  const DeviceSpec* declared = context.hardware.find(pool->model);
  const DeviceSpec* seen = context.hardware.find(logged.device_model->value);
  if (declared && seen && declared != seen)
    context.report(pool->model_source,
                   fmt::format("the log ran on `{}`, not on the declared `{}`",
                               logged.device_model->value, pool->model))
        .note("logged here", logged.device_model->source);
  if (logged.device_count && pool->count && *logged.device_count > *pool->count)
    context.report(pool->model_source,
                   fmt::format("the log saw {} devices, more than the {} declared",
                               *logged.device_count, *pool->count));
}

/// The sites already found to differ from a log, with the region logged.
using ReportedSites = std::set<std::pair<const Site*, std::string>>;

/// The country a region names: itself, or a cloud region's ("us-east-1" is US).
const Country* country_of(const RuleContext& context, std::string_view region) {
  if (const Country* country = find_country(region)) return country;
  const GridRegion* grid = context.grid.find(region);
  return grid && !grid->country.empty() ? find_country(grid->country) : nullptr;
}

/// The log's country against the site's, when both name one.
void check_region(RuleContext& context, const Phase& phase, const LoggedEvidence& logged,
                  ReportedSites& reported) {
  if (!phase.site || !logged.region) return;
  const Site& site = context.disclosure.sites[*phase.site];
  if (!site.region || !reported.emplace(&site, logged.region->value).second) return;
  const Country* declared = country_of(context, site.region->value);
  const Country* seen = country_of(context, logged.region->value);
  if (declared && seen && declared != seen)
    context
        .report(site.region->source,
                fmt::format("the log ran in `{}` ({}), not in the declared `{}` ({})",
                            logged.region->value, seen->name, site.region->value, declared->name))
        .note("logged here", logged.region->source);
}

void check(RuleContext& context) {
  Reported reported;
  ReportedSites reported_sites;
  for (const System& system : context.disclosure.systems)
    for (const auto& phase : system.phases)
      if (phase)
        for (const EvidenceRef& evidence : phase->evidence)
          if (evidence.logged) {
            for (const Figure& figure : phase->figures)
              for (const Fact& logged : figure.logged)
                if (logged.log == evidence.path)
                  check_figure(context, *phase, figure, logged, evidence.logged->pue);
            check_device(context, *phase, *evidence.logged, reported);
            check_region(context, *phase, *evidence.logged, reported_sites);
          }
}

}  // namespace

const Rule kX501{
    {RuleCode::X501, "evidence-disagrees", Severity::Error,
     "a declared figure disagrees with the log that backs it",
     "A paper that cites its logs should report what they hold: a declared figure that differs "
     "from the log by more than the tolerance (10%, `--tolerance`) is a slip, a different run, "
     "or a number from elsewhere. Energies are compared like with like: a device energy "
     "(nvidia-smi, CodeCarbon's `gpu_energy`) is a lower bound of a node's, a node's of a "
     "facility's, and node and facility convert only through a stated PUE (the log's own, else the site's). A log that ran on other devices, or in another country, than the manifest declares is a finding too. Source: MANIFEST.md, \"Evidence formats\" (declared figures are "
     "cross-checked against the evidence).",
     "train {\n  energy = 41.2 kWh\n  evidence codecarbon \"logs/emissions.csv\"   # logs 20.3 kWh\n}",
     "Declare what the log holds, or explain the difference and suppress the finding with "
     "its reason."},
    check};

}  // namespace costlint::rules
