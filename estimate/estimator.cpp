#include "estimate/estimator.h"

#include <algorithm>
#include <cctype>
#include <string_view>

#include <fmt/format.h>

#include "estimate/assumptions.h"
#include "estimate/factor.h"
#include "estimate/phase_figures.h"
#include "estimate/trend_prediction.h"
#include "ir/quantity_format.h"

namespace costlint {
namespace {

namespace a = assumptions;

const Dimension kDeviceTime = dim::device * dim::time;

/// What the estimates of one phase are built from.
struct PhaseInputs {
  const Disclosure& disclosure;
  const System& system;
  const Phase& phase;
  const GridCatalog& grid;
  const ModelTable& models;
  const HardwarePool* pool = nullptr;
  const DeviceSpec* device = nullptr;
  const Site* site = nullptr;
  /// For a search's estimates, the training it repeats.
  const Phase* train = nullptr;
  const PhaseEstimates* train_estimates = nullptr;
};

Factor stated_factor(const Stated& s) { return Factor::exact(s.value, s.text); }

/// Epoch AI names its domains capitalised ("Language", "Vision"); a paper may not.
std::string epoch_domain(std::string_view domain) {
  std::string out(domain);
  if (!out.empty()) out[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(out[0])));
  return out;
}

/// `quantity` predicted from the trend of the notable models of the paper's year
/// (mid-year) and domain, when the paper gives its year.
std::optional<Estimate> from_trend(TrendQuantity quantity, const Disclosure& disclosure,
                                   const ModelTable& models, const Dimension& dimension) {
  if (!disclosure.paper || !disclosure.paper->year) return std::nullopt;
  std::string domain = disclosure.paper->domain ? epoch_domain(disclosure.paper->domain->value) : "";
  auto prediction =
      predict_from_trend(quantity, disclosure.paper->year->value + 0.5, domain, models);
  if (!prediction) return std::nullopt;
  return Estimate{prediction->value, prediction->low, prediction->high, dimension,
                  prediction->method};
}

/// A count (tokens, runs) declared or logged, as a plain number or in items.
std::optional<Stated> stated_count(const Phase& phase, Quantity quantity) {
  if (auto s = stated(phase, quantity, dim::count)) return s;
  return stated(phase, quantity, dim::item);
}

/// The stated figure as a factor, else the estimate made earlier, else nothing.
std::optional<Factor> known(const std::optional<Stated>& s, const std::optional<Estimate>& e,
                            std::string_view what, std::string_view unit = "device") {
  if (s) return stated_factor(*s);
  if (e) return as_factor(*e, fmt::format("{} ({} estimated)", format_quantity(e->value, e->dimension, unit), what));
  return std::nullopt;
}

/// What a node draws per device while training: the catalog's typical draw,
/// within the spread of a measurement, or of the node share of the device's
/// kind when the table derived it from the TDP (corpus/hardware.md).
Factor node_power(const DeviceSpec& device) {
  const PowerFigure& typical = device.typical;
  if (typical.measured)
    return Factor::within(typical.watts, a::kTypicalPowerSpread,
                          fmt::format("{} W (measured per `{}` while training)",
                                      format_number(typical.watts), device.model));
  double spread = a::kNodeShareSpreadGpu;
  if (device.kind == "tpu") spread = a::kNodeShareSpreadTpu;
  if (device.kind == "cpu") spread = a::kNodeShareSpreadCpu;
  return Factor::within(typical.watts, spread,
                        fmt::format("{} W (TDP of `{}`) × {} (node share; derived, not measured)",
                                    format_number(device.tdp_w), device.model,
                                    format_number(typical.watts / device.tdp_w)));
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

Factor devices(const PhaseInputs& in) {
  return Factor::exact(static_cast<double>(in.pool->count),
                       fmt::format("{} × `{}`", in.pool->count, in.pool->model));
}

/// Training FLOP when physics has nothing to go on (no parameters and tokens,
/// no device-time, no duration): the trend of notable models of its year and domain.
void estimate_flop_from_trend(const PhaseInputs& in, PhaseEstimates& out) {
  if (in.phase.kind != PhaseKind::Train || stated(in.phase, Quantity::Compute, kDeviceTime) ||
      stated(in.phase, Quantity::Duration, dim::time) || in.system.role != SystemRole::Model)
    return;
  out[Estimated::Flop] = from_trend(TrendQuantity::TrainingCompute, in.disclosure, in.models, dim::flop);
}

void estimate_flop(const PhaseInputs& in, PhaseEstimates& out) {
  if (in.phase.kind == PhaseKind::Infer || stated(in.phase, Quantity::Compute, dim::flop)) return;
  auto tokens = stated_count(in.phase, Quantity::Tokens);
  if (!in.system.parameters || !tokens) return estimate_flop_from_trend(in, out);
  std::vector<Factor> factors = {
      {a::kFlopPerParameterToken, a::kFlopPerParameterToken * a::kFlopLowFactor,
       a::kFlopPerParameterToken * a::kFlopHighFactor, "6 (6·N·D, dense transformer)"},
      Factor::exact(in.system.parameters->value,
                    fmt::format("{} parameters", format_number(in.system.parameters->value))),
      Factor::exact(tokens->value, fmt::format("{} tokens", format_number(tokens->value)))};
  if (auto runs = stated(in.phase, Quantity::Runs, dim::count); runs && runs->value > 1)
    factors.push_back(Factor::exact(runs->value, fmt::format("{} runs", format_number(runs->value))));
  out[Estimated::Flop] = product(factors, dim::flop);
}

void estimate_device_time(const PhaseInputs& in, PhaseEstimates& out) {
  if (stated(in.phase, Quantity::Compute, kDeviceTime, device_unit(in.device)) || !in.pool) return;
  if (auto duration = stated(in.phase, Quantity::Duration, dim::time)) {
    // Every device busy throughout is the most a pool can have run.
    Factor all = devices(in);
    all.low = all.value * 0.7;
    all.text += " (if all ran throughout)";
    out[Estimated::DeviceTime] = product({all, stated_factor(*duration)}, kDeviceTime);
    return;
  }
  auto flop = known(stated(in.phase, Quantity::Compute, dim::flop), out[Estimated::Flop], "FLOP");
  if (!flop || !in.device || !in.device->max_peak()) return;
  Precision precision = in.system.precision ? precision_from(in.system.precision->value).value_or(Precision::Bf16)
                                            : Precision::Bf16;
  auto peak = in.device->peak(precision);
  if (!peak) return;
  out[Estimated::DeviceTime] = product(
      {*flop, Factor::exact(1 / *peak, fmt::format("1 / {} (peak of `{}`)", format_quantity(*peak, dim::flop / dim::time), in.device->model)),
       Factor::within(1 / a::kTrainingUtilization, a::kTrainingUtilizationSpread,
                      fmt::format("1 / {} (utilisation)", format_number(a::kTrainingUtilization)))},
      kDeviceTime);
}

/// A search of N trials costs up to N training runs: a trial is often cut short
/// (early stopping, smaller budgets), so half a run is assumed, within 0.1–1.
void estimate_search_device_time(const PhaseInputs& in, PhaseEstimates& out) {
  if (!in.train || stated(in.phase, Quantity::Compute, kDeviceTime)) return;
  auto trials = stated(in.phase, Quantity::Trials, dim::count);
  auto run = known(stated(*in.train, Quantity::Compute, kDeviceTime, device_unit(in.device)),
                   (*in.train_estimates)[Estimated::DeviceTime], "training device-time",
                   device_unit(in.device));
  if (!trials || !run) return;
  std::vector<Factor> factors = {*run};
  if (auto runs = stated(*in.train, Quantity::Runs, dim::count); runs && runs->value > 1)
    factors.push_back(Factor::exact(1 / runs->value, fmt::format("1 / {} runs", format_number(runs->value))));
  factors.push_back(Factor::exact(trials->value, fmt::format("{} trials", format_number(trials->value))));
  factors.push_back({0.5, 0.1, 1, "0.5 (a trial is a fraction of a run)"});
  out[Estimated::DeviceTime] = product(factors, kDeviceTime);
}

void estimate_duration(const PhaseInputs& in, PhaseEstimates& out) {
  if (stated(in.phase, Quantity::Duration, dim::time) || !in.pool || in.pool->count == 0) return;
  auto device_time = known(stated(in.phase, Quantity::Compute, kDeviceTime, device_unit(in.device)),
                           out[Estimated::DeviceTime], "device-time",
                           device_unit(in.device));
  if (!device_time) return;
  // The least wall-clock time: longer when devices were idle part of it.
  double count = static_cast<double>(in.pool->count);
  out[Estimated::Duration] = product(
      {*device_time,
       {1 / count, 1 / count, 1 / (0.7 * count), fmt::format("1 / {} devices", in.pool->count)}},
      dim::time);
}

/// At inference, energy per item: what the pool draws over what it serves.
void estimate_energy_per_item(const PhaseInputs& in, PhaseEstimates& out) {
  if (stated(in.phase, Quantity::Energy, dim::energy / dim::item) || !in.device) return;
  auto throughput = stated(in.phase, Quantity::Throughput, dim::item / dim::time);
  if (!throughput || throughput->value <= 0) return;
  out[Estimated::Energy] = product(
      {devices(in), node_power(*in.device), pue(in),
       Factor::exact(1 / throughput->value, fmt::format("1 / {}", throughput->text))},
      dim::energy / dim::item);
}

void estimate_energy(const PhaseInputs& in, PhaseEstimates& out) {
  if (in.phase.kind == PhaseKind::Infer) return estimate_energy_per_item(in, out);
  if (stated(in.phase, Quantity::Energy, dim::energy) || !in.device) return;
  auto device_time = known(stated(in.phase, Quantity::Compute, kDeviceTime, device_unit(in.device)),
                           out[Estimated::DeviceTime], "device-time",
                           device_unit(in.device));
  if (!device_time) return;
  out[Estimated::Energy] = product({*device_time, node_power(*in.device), pue(in)}, dim::energy);
}

void estimate_emissions(const PhaseInputs& in, PhaseEstimates& out) {
  if (in.phase.kind == PhaseKind::Infer || stated(in.phase, Quantity::Emissions, dim::co2e)) return;
  auto energy = known(stated(in.phase, Quantity::Energy, dim::energy), out[Estimated::Energy], "energy");
  if (!energy) return;
  out[Estimated::Emissions] = product({*energy, intensity(in)}, dim::co2e);
}

}  // namespace

Factor bytes_per_weight(const System& system) {
  std::string_view precision = system.precision ? std::string_view(system.precision->value) : "";
  double bytes = precision == "fp32" || precision == "tf32" ? 4
                 : precision == "fp8" || precision == "int8" ? 1
                 : precision == "int4"                       ? 0.5
                                                             : 2;
  if (precision.empty()) return {2, 1, 4, "2 B per weight (bf16, assumed)"};
  return Factor::exact(bytes, fmt::format("{} B per weight ({})", format_number(bytes), precision));
}

namespace {

void estimate_memory(const PhaseInputs& in, PhaseEstimates& out) {
  if (stated(in.phase, Quantity::Memory, dim::bytes) || !in.system.parameters) return;
  if (in.phase.kind == PhaseKind::Infer) {
    out[Estimated::Memory] = product(
        {Factor::exact(in.system.parameters->value,
                       fmt::format("{} parameters", format_number(in.system.parameters->value))),
         bytes_per_weight(in.system)},
        dim::bytes);
    return;
  }
  auto memory = product(
      {Factor::exact(in.system.parameters->value,
                     fmt::format("{} parameters", format_number(in.system.parameters->value))),
       {a::kTrainingBytesPerParameter, a::kTrainingBytesLow, a::kTrainingBytesHigh,
        "16 B (mixed-precision Adam: weights, gradients, fp32 copy, two moments)"}},
      dim::bytes);
  if (!memory) return;
  // Per device, never more than a device holds; a model whose state does not
  // fit one device was sharded over the pool (ZeRO, FSDP).
  if (in.device && in.device->memory_bytes && memory->high > *in.device->memory_bytes) {
    double capacity = *in.device->memory_bytes;
    if (in.pool && memory->value > capacity)
      memory->low = memory->value / static_cast<double>(std::max<uint64_t>(in.pool->count, 1));
    memory->high = capacity;
    memory->value = std::min(memory->value, capacity);
    memory->low = std::min(memory->low, capacity);
    memory->method += fmt::format(", at most the {} of `{}`", format_quantity(capacity, dim::bytes),
                                  in.device->model);
  }
  out[Estimated::Memory] = memory;
}

PhaseEstimates estimate_phase(const PhaseInputs& in) {
  PhaseEstimates out;
  out.device_unit = device_unit(in.device);
  estimate_flop(in, out);
  if (in.phase.kind == PhaseKind::Tune) estimate_search_device_time(in, out);
  else estimate_device_time(in, out);
  estimate_duration(in, out);
  estimate_energy(in, out);
  estimate_emissions(in, out);
  estimate_memory(in, out);
  return out;
}

}  // namespace

DisclosureEstimates estimate(const Disclosure& disclosure, const HardwareCatalog& hardware,
                             const GridCatalog& grid, const ModelTable& models) {
  DisclosureEstimates out;
  for (const System& system : disclosure.systems) {
    SystemEstimates& estimates = out.systems.emplace_back();
    if (system.role == SystemRole::Model && !system.parameters && !system.size)
      estimates.parameters = from_trend(TrendQuantity::Parameters, disclosure, models, dim::count);
    for (size_t kind = 0; kind < kPhaseKindCount; ++kind) {
      if (!system.phases[kind]) continue;
      const Phase& phase = *system.phases[kind];
      PhaseInputs in{disclosure, system, phase, grid, models};
      const Phase* train = system.phase(PhaseKind::Train) ? &*system.phase(PhaseKind::Train) : nullptr;
      if (phase.kind == PhaseKind::Tune && train) {
        in.train = train;
        in.train_estimates = &*estimates.phases[static_cast<size_t>(PhaseKind::Train)];
      }
      // A search without its own pool or site ran where training did.
      const Phase& placed = phase.hardware || !in.train ? phase : *train;
      if (placed.hardware) {
        in.pool = &disclosure.hardware[*placed.hardware];
        in.device = hardware.find(in.pool->model);
      }
      const Phase& sited = phase.site || !in.train ? phase : *train;
      if (sited.site) in.site = &disclosure.sites[*sited.site];
      estimates.phases[kind] = estimate_phase(in);
    }
  }
  return out;
}

}  // namespace costlint
