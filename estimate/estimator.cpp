#include "estimate/estimator.h"

#include <algorithm>
#include <cctype>
#include <string_view>

#include <fmt/format.h>

#include "estimate/assumptions.h"
#include "estimate/factor.h"
#include "estimate/memory_estimate.h"
#include "estimate/power_model.h"
#include "estimate/trend_prediction.h"
#include "ir/quantity_format.h"

namespace costlint {
namespace {

namespace a = assumptions;

const Dimension kDeviceTime = dim::device * dim::time;

/// What the estimates of one phase are built from, and the phase they go to.
struct PhaseInputs {
  const Disclosure& disclosure;
  const System& system;
  Phase& phase;
  const GridCatalog& grid;
  const ModelTable& models;
  const HardwarePool* pool = nullptr;
  const DeviceSpec* device = nullptr;
  const Site* site = nullptr;
  /// For a search's estimates, the training it repeats (estimated before it).
  const Phase* train = nullptr;
};

/// What the paper or its logs state of `quantity` in `dimension`.
const Fact* stated(const Phase& phase, Quantity quantity, const Dimension& dimension) {
  return phase[quantity].stated(dimension);
}

Factor stated_factor(const Fact& fact, std::string_view device = "device") {
  return Factor::exact(fact.value, describe_fact(fact, device));
}

/// Files `estimate`, if there is one, under `figure`.
void put(Figure& figure, std::optional<Fact> estimate) {
  if (estimate) figure.estimated.push_back(std::move(*estimate));
}

/// Epoch AI names its domains capitalised ("Language", "Vision"); a paper may not.
std::string epoch_domain(std::string_view domain) {
  std::string out(domain);
  if (!out.empty()) out[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(out[0])));
  return out;
}

/// `quantity` predicted from the trend of the notable models of the paper's year
/// (mid-year) and domain, when the paper gives its year.
std::optional<Fact> from_trend(TrendQuantity quantity, const Disclosure& disclosure,
                               const ModelTable& models) {
  if (!disclosure.paper || !disclosure.paper->year) return std::nullopt;
  std::string domain = disclosure.paper->domain ? epoch_domain(disclosure.paper->domain->value) : "";
  return predict_from_trend(quantity, disclosure.paper->year->value + 0.5, domain, models);
}

/// A count (tokens, runs) declared or logged, as a plain number or in items.
const Fact* stated_count(const Phase& phase, Quantity quantity) {
  if (const Fact* s = stated(phase, quantity, dim::count)) return s;
  return stated(phase, quantity, dim::item);
}

/// The figure's stated value in `dimension` as a factor, else the estimate made
/// earlier, else nothing.
std::optional<Factor> known(const Figure& figure, const Dimension& dimension,
                            std::string_view what, std::string_view unit = "device") {
  if (const Fact* s = figure.stated(dimension)) return stated_factor(*s, unit);
  if (const Fact* e = figure.estimate(dimension))
    return as_factor(*e, fmt::format("{} ({} estimated)", format_quantity(e->value, e->dimension, unit), what));
  return std::nullopt;
}

/// The format the system computes in; bf16 when it does not say, as models are trained.
Precision precision_of(const System& system) {
  if (!system.precision) return Precision::Bf16;
  return precision_from(system.precision->value).value_or(Precision::Bf16);
}

/// The grid row of the phase's site, when its region is known.
const GridRegion* region_of(const PhaseInputs& in) {
  return in.site && in.site->region ? in.grid.find(in.site->region->value) : nullptr;
}

/// The site's PUE; else its cloud provider's published average; else the industry's.
Factor pue(const PhaseInputs& in) {
  if (in.site && in.site->pue)
    return Factor::exact(in.site->pue->value,
                         fmt::format("{} (PUE of `{}`)", format_number(in.site->pue->value), in.site->name));
  if (const GridRegion* region = region_of(in); region && !region->provider.empty())
    if (const ProviderPue* provider = in.grid.pue_for(region->provider))
      return Factor::within(provider->pue, a::kProviderPueSpread,
                            fmt::format("{} (PUE of {}, {})", format_number(provider->pue),
                                        provider->provider, provider->year));
  const ProviderPue& industry = in.grid.default_pue();
  return Factor::within(industry.pue, a::kUnknownPueSpread,
                        fmt::format("{} (PUE of an unknown data centre, {})",
                                    format_number(industry.pue), industry.year));
}

/// The site's declared intensity; else its region's grid; else the world's.
Factor intensity(const PhaseInputs& in) {
  const Dimension per_joule = dim::co2e / dim::energy;
  if (in.site && in.site->intensity)
    return Factor::exact(in.site->intensity->value,
                         fmt::format("{} (intensity of `{}`)",
                                     format_quantity(in.site->intensity->value, per_joule),
                                     in.site->name));
  const GridRegion* region = region_of(in);
  const GridRegion& grid = region ? *region : in.grid.world();
  return Factor::within(grid.gco2e_per_kwh / 3.6e6,
                        region ? a::kGridIntensitySpread : a::kWorldIntensitySpread,
                        fmt::format("{} gCO2e/kWh (grid of {}, {})", format_number(grid.gco2e_per_kwh),
                                    region ? grid.region : "the world, the site unknown", grid.year));
}

/// The pool's devices as a factor; none when the paper does not say how many.
std::optional<Factor> devices(const PhaseInputs& in) {
  if (!in.pool->count) return std::nullopt;
  auto count = static_cast<double>(*in.pool->count);
  if (in.pool->approximate)  // `~1000 x`: the paper rounds its count
    return Factor{count, count * (1 - a::kApproximateCountShare),
                  count * (1 + a::kApproximateCountShare),
                  fmt::format("~{} × `{}`", count, in.pool->model)};
  return Factor::exact(count, fmt::format("{} × `{}`", count, in.pool->model));
}

/// Training FLOP when physics has nothing to go on (no parameters and tokens,
/// no device-time, no duration): the trend of notable models of its year and domain.
void estimate_flop_from_trend(PhaseInputs& in) {
  if (in.phase.kind != PhaseKind::Train || stated(in.phase, Quantity::Compute, kDeviceTime) ||
      stated(in.phase, Quantity::Duration, dim::time) || in.system.role != SystemRole::Model)
    return;
  put(in.phase[Quantity::Compute], from_trend(TrendQuantity::TrainingCompute, in.disclosure, in.models));
}

void estimate_flop(PhaseInputs& in) {
  if (in.phase.kind == PhaseKind::Infer || stated(in.phase, Quantity::Compute, dim::flop)) return;
  const Fact* tokens = stated_count(in.phase, Quantity::Tokens);
  const std::optional<Fact>& parameters = in.system.parameters.declared;
  if (!parameters || !tokens) return estimate_flop_from_trend(in);
  std::vector<Factor> factors = {
      {a::kFlopPerParameterToken, a::kFlopPerParameterToken * a::kFlopLowFactor,
       a::kFlopPerParameterToken * a::kFlopHighFactor, "6 (6·N·D, dense transformer)"},
      Factor::exact(parameters->value, fmt::format("{} parameters", format_number(parameters->value))),
      Factor::exact(tokens->value, fmt::format("{} tokens", format_number(tokens->value)))};
  if (const Fact* runs = stated(in.phase, Quantity::Runs, dim::count); runs && runs->value > 1)
    factors.push_back(Factor::exact(runs->value, fmt::format("{} runs", format_number(runs->value))));
  put(in.phase[Quantity::Compute], product(factors, dim::flop));
}

void estimate_device_time(PhaseInputs& in) {
  if (stated(in.phase, Quantity::Compute, kDeviceTime) || !in.pool) return;
  if (const Fact* duration = stated(in.phase, Quantity::Duration, dim::time)) {
    // Every device busy throughout is the most a pool can have run.
    std::optional<Factor> all = devices(in);
    if (!all) return;
    all->low = all->value * a::kAllDevicesBusyLow;
    all->text += " (if all ran throughout)";
    put(in.phase[Quantity::Compute], product({*all, stated_factor(*duration)}, kDeviceTime));
    return;
  }
  auto flop = known(in.phase[Quantity::Compute], dim::flop, "FLOP");
  if (!flop || !in.device || !in.device->max_peak()) return;
  auto peak = in.device->peak(precision_of(in.system));
  if (!peak) return;
  put(in.phase[Quantity::Compute], product(
      {*flop, Factor::exact(1 / *peak, fmt::format("1 / {} (peak of `{}`)", format_quantity(*peak, dim::flop / dim::time), in.device->model)),
       Factor::within(1 / a::kTrainingUtilization, a::kTrainingUtilizationSpread,
                      fmt::format("1 / {} (utilisation)", format_number(a::kTrainingUtilization)))},
      kDeviceTime));
}

/// A search of N trials costs up to N training runs: a trial is often cut short
/// (early stopping, smaller budgets), so a fraction of a run is assumed.
void estimate_search_device_time(PhaseInputs& in) {
  if (!in.train || stated(in.phase, Quantity::Compute, kDeviceTime)) return;
  const Fact* trials = stated(in.phase, Quantity::Trials, dim::count);
  auto run = known((*in.train)[Quantity::Compute], kDeviceTime, "training device-time",
                   in.phase.device_unit);
  if (!trials || !run) return;
  std::vector<Factor> factors = {*run};
  if (const Fact* runs = stated(*in.train, Quantity::Runs, dim::count); runs && runs->value > 1)
    factors.push_back(Factor::exact(1 / runs->value, fmt::format("1 / {} runs", format_number(runs->value))));
  factors.push_back(Factor::exact(trials->value, fmt::format("{} trials", format_number(trials->value))));
  factors.push_back({a::kTrialShareOfRun, a::kTrialShareLow, a::kTrialShareHigh,
                     fmt::format("{} (a trial is a fraction of a run)", format_number(a::kTrialShareOfRun))});
  put(in.phase[Quantity::Compute], product(factors, kDeviceTime));
}

void estimate_duration(PhaseInputs& in) {
  if (stated(in.phase, Quantity::Duration, dim::time) || !in.pool || !in.pool->count ||
      *in.pool->count == 0)
    return;
  auto device_time = known(in.phase[Quantity::Compute], kDeviceTime, "device-time", in.phase.device_unit);
  if (!device_time) return;
  // The least wall-clock time: longer when devices were idle part of it.
  double count = static_cast<double>(*in.pool->count);
  put(in.phase[Quantity::Duration],
      product({*device_time,
               {1 / count, 1 / count, 1 / (a::kAllDevicesBusyLow * count),
                fmt::format("1 / {} devices", count)}},
              dim::time));
}

/// What is known of the work the phase's devices did: the pool's size, the
/// utilisation declared or logged, the stated FLOP over the stated device-time,
/// and the size of the model a training phase trains.
WorkDone work_done(const PhaseInputs& in) {
  WorkDone work;
  work.devices = in.pool ? in.pool->count : std::nullopt;
  if (in.phase.utilization) work.utilization = in.phase.utilization->value;
  for (const EvidenceRef& evidence : in.phase.evidence)  // logs before assumptions
    if (!work.utilization && evidence.logged && evidence.logged->utilization) {
      work.utilization = evidence.logged->utilization->value;
      work.utilization_source = fmt::format("logged in `{}`", evidence.path);
    }
  const Fact* flop = stated(in.phase, Quantity::Compute, dim::flop);
  const Fact* device_time = stated(in.phase, Quantity::Compute, kDeviceTime);
  double peak = in.device ? in.device->peak(precision_of(in.system)).value_or(0) : 0;
  if (flop && device_time && device_time->value > 0 && peak > 0)
    work.model_flop_share = flop->value / (device_time->value * peak);
  if (in.phase.kind != PhaseKind::Infer && in.system.parameters.declared)
    work.trained_parameters = in.system.parameters.declared->value;
  return work;
}

/// Whether the paper or a log gives the phase's energy in `scope`.
bool states_scope(const Phase& phase, EnergyScope scope, const Dimension& dimension) {
  const Figure& energy = phase[Quantity::Energy];
  if (energy.declared && energy.declared->dimension == dimension && energy.declared->scope == scope)
    return true;
  return std::any_of(energy.logged.begin(), energy.logged.end(), [&](const Fact& fact) {
    return fact.dimension == dimension && fact.scope == scope && fact.value > 0;
  });
}

/// Files the energy of each scope `base`, an energy of scope `from`, does not
/// state: a device's × the rest of the node gives the node's, the node's × the
/// PUE the facility's, and a node's over the rest of the node its devices'.
/// The widest first, as Figure::estimate() gives the first: the facility's,
/// which emissions come from.
void put_energies(PhaseInputs& in, const Factor& base, EnergyScope from,
                  const Dimension& dimension, bool file_base) {
  std::vector<Fact> energies;
  auto add = [&](std::vector<Factor> factors, EnergyScope scope) {
    if (states_scope(in.phase, scope, dimension)) return;  // stated: nothing to estimate
    auto energy = product(factors, dimension);
    if (!energy) return;
    energy->scope = scope;
    energy->method += fmt::format("; {} scope: {}", scope_name(scope), scope_meaning(scope));
    energies.push_back(std::move(*energy));
  };
  // The node's energy: the base itself, or the devices' × the rest of the node.
  std::vector<Factor> node = {base};
  if (from == EnergyScope::Device) node.push_back(node_over_device());
  std::vector<Factor> facility = node;
  facility.push_back(pue(in));
  add(facility, EnergyScope::Facility);
  if (from == EnergyScope::Device || file_base) add(node, EnergyScope::Node);
  if (from == EnergyScope::Node) {
    Factor rest = node_over_device();
    add({base, {1 / rest.value, 1 / rest.high, 1 / rest.low, "1 / " + rest.text}},
        EnergyScope::Device);
  } else if (file_base) {
    add({base}, EnergyScope::Device);
  }
  for (Fact& energy : energies) in.phase[Quantity::Energy].estimated.push_back(std::move(energy));
}

/// Energy in each scope the phase does not state. A paper's energy that does
/// not say what it counts is its figure, and nothing is estimated beside it.
/// Logs before physics: from the widest energy a log measured (the devices',
/// a node's), else from the device-time × what a device draws for the work.
void estimate_scoped_energy(PhaseInputs& in, const Dimension& dimension,
                            std::optional<Factor> device_time) {
  const Fact* widest = in.phase[Quantity::Energy].widest_stated(dimension);
  if (widest && (widest->scope == EnergyScope::Unstated || widest->scope == EnergyScope::Facility))
    return;
  if (widest) return put_energies(in, stated_factor(*widest), widest->scope, dimension, false);
  if (!in.device || !device_time) return;
  Draw draw = draw_per_device(*in.device, work_done(in));
  auto energy = product({*device_time, draw.watts}, dimension);
  if (!energy) return;
  put_energies(in, as_factor(*energy, energy->method), draw.scope, dimension, true);
}

/// At inference, energy per item: what the pool draws over what it serves.
void estimate_energy_per_item(PhaseInputs& in) {
  const Fact* throughput = stated(in.phase, Quantity::Throughput, dim::item / dim::time);
  std::optional<Factor> pool = in.pool ? devices(in) : std::nullopt;
  if (!throughput || throughput->value <= 0 || !pool) return;
  // Devices over items per second: the device-time of one item.
  std::optional<Factor> per_item = Factor::exact(
      pool->value / throughput->value,
      fmt::format("{} / {}", pool->text, describe_fact(*throughput)));
  per_item->low = pool->low / throughput->value;
  per_item->high = pool->high / throughput->value;
  estimate_scoped_energy(in, dim::energy / dim::item, per_item);
}

/// The phase's energy from its device-time; at inference, per item as well,
/// and in all when its device-time is known (a benchmark's run over a test set).
void estimate_energy(PhaseInputs& in) {
  if (in.phase.kind == PhaseKind::Infer) estimate_energy_per_item(in);
  estimate_scoped_energy(
      in, dim::energy,
      known(in.phase[Quantity::Compute], kDeviceTime, "device-time", in.phase.device_unit));
}

/// The energy drawn from the grid: the facility's (ir/figure.h).
std::optional<Factor> grid_energy(const Phase& phase) {
  const Fact* energy = phase[Quantity::Energy].facility_energy(dim::energy);
  if (!energy) return std::nullopt;
  if (energy->origin != Origin::Estimated || energy->method.empty()) return stated_factor(*energy);
  return as_factor(*energy, fmt::format("{} (energy estimated)", format_quantity(energy->value, energy->dimension)));
}

void estimate_emissions(PhaseInputs& in) {
  if (stated(in.phase, Quantity::Emissions, dim::co2e)) return;
  auto energy = grid_energy(in.phase);
  if (!energy) return;
  put(in.phase[Quantity::Emissions], product({*energy, intensity(in)}, dim::co2e));
}

void estimate_memory(PhaseInputs& in) {
  const std::optional<Fact>& parameters = in.system.parameters.declared;
  if (stated(in.phase, Quantity::Memory, dim::bytes) || !parameters) return;
  put(in.phase[Quantity::Memory],
      memory_estimate(in.system, in.phase.kind, parameters->value, in.device, in.pool));
}

void estimate_phase(PhaseInputs& in) {
  in.phase.device_unit = device_unit(in.device);
  estimate_flop(in);
  if (in.phase.kind == PhaseKind::Tune) estimate_search_device_time(in);
  else estimate_device_time(in);
  estimate_duration(in);
  estimate_energy(in);
  estimate_emissions(in);
  estimate_memory(in);
}

}  // namespace

void estimate(Disclosure& disclosure, const HardwareCatalog& hardware, const GridCatalog& grid,
              const ModelTable& models) {
  for (System& system : disclosure.systems) {
    if (system.role == SystemRole::Model && !system.parameters.declared && !system.size)
      put(system.parameters, from_trend(TrendQuantity::Parameters, disclosure, models));
    // In the order of PhaseKind: a search's estimates use its training's.
    for (size_t kind = 0; kind < kPhaseKindCount; ++kind) {
      if (!system.phases[kind]) continue;
      Phase& phase = *system.phases[kind];
      PhaseInputs in{disclosure, system, phase, grid, models};
      const Phase* train = system.phase(PhaseKind::Train) ? &*system.phase(PhaseKind::Train) : nullptr;
      if (phase.kind == PhaseKind::Tune && train) in.train = train;
      // A search without its own pool or site ran where training did.
      const Phase& placed = phase.hardware || !in.train ? phase : *train;
      if (placed.hardware) {
        in.pool = &disclosure.hardware[*placed.hardware];
        in.device = hardware.find(in.pool->model);
      }
      const Phase& sited = phase.site || !in.train ? phase : *train;
      if (sited.site) in.site = &disclosure.sites[*sited.site];
      estimate_phase(in);
    }
  }
}

}  // namespace costlint
