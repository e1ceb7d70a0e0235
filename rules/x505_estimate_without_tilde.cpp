// X505: a training energy written as a measurement that is exactly what the
// usual calculator formula gives: an estimate, which should carry its `~`.

#include <cmath>
#include <vector>

#include <fmt/format.h>

#include "ir/quantity_format.h"
#include "rules/rule_support.h"

namespace costlint::rules {
namespace {

/// Figures copied from a calculator are rounded: 0.5% apart still means equal.
constexpr double kTolerance = 0.005;

struct Formula {
  double joules = 0;
  std::string text;  ///< "52 device.h × 400 W (TDP of `…`)"
};

/// What a calculator would print for the phase: device-time × TDP, and devices ×
/// TDP × duration, each also with the site's PUE.
std::vector<Formula> formulas(const RuleContext& context, const Phase& train) {
  std::vector<Formula> out;
  const DeviceSpec* device = device_of(context, train);
  if (!device) return out;
  std::string tdp = fmt::format("{} W (TDP of `{}`)", format_number(device->tdp_w), device->model);
  const auto& compute = train[Quantity::Compute].declared;
  if (compute && compute->dimension == dim::device * dim::time)
    out.push_back(
        {compute->value * device->tdp_w,
         fmt::format("{} × {}", format_quantity(compute->value, compute->dimension), tdp)});
  const auto& duration = train[Quantity::Duration].declared;
  if (const HardwarePool& pool = *pool_of(context, train); duration && pool.count) {
    out.push_back({static_cast<double>(*pool.count) * device->tdp_w * duration->value,
                   fmt::format("{} × {} × {}", *pool.count, tdp,
                               format_quantity(duration->value, dim::time))});
  }
  if (auto pue = pue_of(context, train)) {
    size_t without = out.size();
    for (size_t i = 0; i < without; ++i)
      out.push_back({out[i].joules * *pue,
                     fmt::format("{} × {} (PUE of the site)", out[i].text, format_number(*pue))});
  }
  return out;
}

void check(RuleContext& context) {
  for (const System& system : context.disclosure.systems) {
    const Phase* train = phase_of(system, PhaseKind::Train);
    if (!train) continue;
    const auto& energy = (*train)[Quantity::Energy].declared;
    if (!energy || energy->origin != Origin::Declared || energy->dimension != dim::energy) continue;
    for (const Formula& formula : formulas(context, *train)) {
      if (std::abs(energy->value - formula.joules) > kTolerance * formula.joules) continue;
      uint32_t start = energy->source.range.begin;
      context
          .report(energy->source,
                  fmt::format("`energy` of {} is an estimate presented as a measurement",
                              format_quantity(energy->value, dim::energy)))
          .note(fmt::format("it is what the formula {} gives: {}; mark it `~`", formula.text,
                            format_quantity(formula.joules, dim::energy)))
          .fix(Location::in(*context.disclosure.file, {start, start}), "~");
      break;
    }
  }
}

}  // namespace

const Rule kX505{
    {RuleCode::X505, "estimate-without-tilde", Severity::Warning,
     "a training energy that equals a calculator's estimate but is not marked `~`",
     "An energy equal to device-hours × TDP, or to devices × TDP × duration (with or without "
     "the site's PUE), was computed, not measured: devices rarely draw their TDP throughout, so "
     "such a figure can be far from the energy drawn. The manifest keeps the two apart, and a "
     "reader must know which one a paper gives. Source: physics, and the vendors' datasheets "
     "collected in corpus/hardware.csv; MANIFEST.md, \"`~` marks an estimate\".",
     "hardware gpus = 8 x \"NVIDIA A100-SXM4-80GB\"\n"
     "model tabtiny {\n  train { hardware = gpus; compute = 52 GPU.h; energy = 20.8 kWh }\n}",
     "Write the energy as `~20.8 kWh`, or give the measured figure (a power meter, nvidia-smi "
     "or CodeCarbon log) and cite it with `evidence`."},
    check};

}  // namespace costlint::rules
