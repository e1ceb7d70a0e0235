// The energy estimator against measured runs of every size (issue 13): the
// small and medium jobs of tests/calibration/small_runs.csv and the measured
// large runs of published_runs.csv, each written as the manifest its paper
// would have (the pool, its device-hours, the PUE when the paper gives the
// facility's energy), checked through the whole pipeline, and the estimate in
// the scope the run measured (device, node or facility) compared with it.
//
// The draw of each size group was fitted on these runs, so it is judged held
// out: each run's estimate is rescaled by the geometric mean of measured over
// estimated on the other runs of its group (energy is proportional to the
// draw), leaving out the run alone (leave-one-out) or every run of its source
// (leave-one-source-out). The interval is the estimator's, rescaled alike; its
// spread was set from all runs' residuals, which the coverage does not hold out.
// The catalog's measured draws per device are left out, as they come from
// Patterson et al.'s runs: each device draws what the TDP and its kind give.
// docs/estimation.md reports the table this test prints (`-s`).

#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <regex>
#include <set>

#include <fmt/format.h>

#include "corpus/embedded_corpus.h"
#include "estimate/assumptions.h"
#include "estimate/power_model.h"
#include "lint/driver.h"
#include "published_runs.h"
#include "test_support.h"

using namespace costlint;
using testing::number;
using testing::Row;

namespace {

struct Run {
  std::string name, source;
  JobSize size = JobSize::Unknown;
  EnergyScope scope = EnergyScope::Unstated;
  double measured = 0;                     ///< kWh
  double estimate = 0, low = 0, high = 0;  ///< kWh, in the run's scope
  double calculator = 0;                   ///< kWh: devices × TDP × hours × PUE
  /// log10 of the trained model's parameters over the power model's reference
  /// size; 0 where the size is not given (the draw then does not depend on it).
  double log_size = 0;
  /// Whether the estimate drew on the small jobs' fitted draw (no utilisation
  /// given): only those runs refit it, and only they take the refitted level.
  bool fitted_draw = true;
};

std::optional<EnergyScope> scope_of(const std::string& column) {
  if (column == "device" || column == "gpu") return EnergyScope::Device;
  if (column == "node") return EnergyScope::Node;
  if (column == "facility" || column == "system+pue") return EnergyScope::Facility;
  return std::nullopt;
}

/// The group a row's measurement comes from: its paper's authors and year, or
/// the folder of ../shared/samples it was read in. The Zeus repository's traces
/// and the Zeus paper are one group.
std::string source_of(const Row& row) {
  const std::string& source = row.at("source");
  if (source.find("Zeus") != std::string::npos || source.find("/zeus/") != std::string::npos)
    return "Zeus";
  std::smatch year;
  if (std::regex_search(source, year, std::regex("^[^(:]*?(19|20)[0-9][0-9]")))
    return year.str();
  return source.substr(0, source.find(':'));
}

std::optional<double> device_hours(const Row& row) {
  if (!row.at("device_hours").empty()) return number(row, "device_hours");
  if (!row.at("device_count").empty() && !row.at("wall_clock_h").empty())
    return number(row, "device_count") * number(row, "wall_clock_h");
  return std::nullopt;
}

/// The estimate of `row` in its scope, through the whole pipeline; nothing when
/// the catalog does not know its device or the row lacks an input.
/// `utilization`: whether the manifest gives the devices' utilisation where the
/// source tells it.
std::optional<Run> estimate(const Row& row, bool utilization) {
  auto scope = scope_of(row.at("energy_scope"));
  auto hours = device_hours(row);
  const DeviceSpec* device =
      testing::reference_without_measured_power().hardware.find(row.at("device_model"));
  if (!scope || !hours || row.at("device_count").empty() || row.at("energy_kwh").empty() ||
      !device || device->kind == "cpu")
    return std::nullopt;
  // What a paper would give: a facility's energy with the PUE it applied, a
  // training run's model with its parameters, the devices' utilisation where
  // the source tells it, and the phase.
  bool pue = *scope == EnergyScope::Facility && !row.at("pue").empty();
  // published_runs.csv holds training runs alone, and no phase column.
  bool trains = !row.count("phase") || row.at("phase") == "train" || row.at("phase") == "finetune";
  bool sized = trains && !row.at("parameters").empty();
  bool busy = utilization && row.count("gpu_utilization") && !row.at("gpu_utilization").empty();
  std::string manifest = fmt::format(
      "costlint 1\nhardware pool = {} x \"{}\"\n{}"
      "model m {{ {}{} {{ hardware = pool; compute = {} device.h{}{} }} }}\n",
      row.at("device_count"), row.at("device_model"),
      pue ? fmt::format("site s {{ pue = {} }}\n", row.at("pue")) : "",
      sized ? fmt::format("parameters = {:.0f}; ", number(row, "parameters")) : "",
      trains ? "train" : "infer", *hours, pue ? "; site = s" : "",
      busy ? fmt::format("; utilization = {}", row.at("gpu_utilization")) : "");
  CheckOptions options;
  options.reference = &testing::reference_without_measured_power();
  CheckRun checked = check_text("run.cost", manifest, options);
  const auto& disclosure = checked.manifests.at(0).disclosure;
  REQUIRE(disclosure);
  const auto& phase = disclosure->systems.at(0).phase(trains ? PhaseKind::Train : PhaseKind::Infer);
  REQUIRE(phase);
  for (const Fact& fact : (*phase)[Quantity::Energy].estimated)
    if (fact.scope == *scope && fact.dimension == dim::energy) {
      double count = number(row, "device_count");
      double calculator_pue = row.at("pue").empty() ? 1.56 : number(row, "pue");
      return Run{row.at("run"), source_of(row), job_size(static_cast<uint64_t>(count)), *scope,
                 number(row, "energy_kwh"), fact.value / 3.6e6, fact.interval->low / 3.6e6,
                 fact.interval->high / 3.6e6, *hours * device->tdp_w * calculator_pue / 1000,
                 sized && job_size(static_cast<uint64_t>(count)) == JobSize::Small
                     ? std::log10(number(row, "parameters") / assumptions::kSmallJobReferenceParameters)
                     : 0,
                 !busy};
    }
  FAIL("no estimate in the run's scope: " << row.at("run"));
  return std::nullopt;
}

std::vector<Run> runs(bool utilization = true) {
  std::vector<Run> out;
  std::set<std::string> small_names;
  for (const Row& row : testing::calibration_table("small_runs.csv")) {
    small_names.insert(row.at("run"));
    if (auto run = estimate(row, utilization)) out.push_back(*run);
  }
  // The measured large runs; Patterson et al.'s eight-device runs are in both tables.
  for (const Row& row : testing::published_runs())
    if (row.at("outcome_method") == "measured" && !small_names.count(row.at("run")))
      if (auto run = estimate(row, utilization)) out.push_back(*run);
  return out;
}

double median(std::vector<double> values) {
  if (values.empty()) return NAN;
  std::sort(values.begin(), values.end());
  size_t n = values.size();
  return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

enum class HoldOut { Run, Source };

/// The factor a run's estimate takes when its group's draw is fitted without
/// it: the draw's level and its slope in the model's size, both refitted on the
/// other runs (least squares of ln(measured / estimate) on log_size), so that
/// neither the power model's share nor its size elasticity is judged on the
/// runs it was fitted to.
double refit(const std::vector<Run>& all, const Run& run, HoldOut hold_out) {
  double n = 0, sx = 0, sy = 0, sxx = 0, sxy = 0;
  for (const Run& other : all) {
    bool held = hold_out == HoldOut::Run ? &other == &run : other.source == run.source;
    if (held || other.size != run.size || !other.fitted_draw) continue;
    double x = other.log_size, y = std::log(other.measured / other.estimate);
    n += 1, sx += x, sy += y, sxx += x * x, sxy += x * y;
  }
  if (n == 0 || !run.fitted_draw) return 1;
  double spread = n * sxx - sx * sx;
  double slope = spread > 1e-9 ? (n * sxy - sx * sy) / spread : 0;
  return std::exp((sy - slope * sx) / n + slope * run.log_size);
}

struct Accuracy {
  size_t runs = 0;
  double median_log_error = NAN, coverage = NAN, median_width = NAN, calculator = NAN;
  /// The 80th percentile of the held-out |ln(estimate / measured)|: the spread
  /// an interval needs to cover 80% of the runs.
  double error_80 = NAN;
  /// Measured over estimated, geometric mean over the group, in-sample: 1 when
  /// the group's draw is centred on these runs.
  double centre = NAN;
  /// The slope of ln(measured / estimated) in log10 of the trained model's
  /// size, in-sample: 0 when the power model's size elasticity fits these runs.
  double size_slope = NAN;
};

double quantile(std::vector<double> values, double q) {
  std::sort(values.begin(), values.end());
  return values.empty() ? NAN : values[static_cast<size_t>(q * (values.size() - 1) + 0.5)];
}

Accuracy judge(const std::vector<Run>& all, JobSize size, HoldOut hold_out,
               EnergyScope scope = EnergyScope::Unstated) {
  std::vector<double> errors, widths, calculator;
  size_t covered = 0;
  double log_centre = 0, n = 0, sx = 0, sy = 0, sxx = 0, sxy = 0;
  for (const Run& run : all) {
    if (run.size != size || (scope != EnergyScope::Unstated && run.scope != scope)) continue;
    if (run.fitted_draw) {
      double y = std::log(run.measured / run.estimate);
      log_centre += y;
      n += 1, sx += run.log_size, sy += y, sxx += run.log_size * run.log_size, sxy += run.log_size * y;
    }
    double scale = refit(all, run, hold_out);
    errors.push_back(std::abs(std::log(run.estimate * scale / run.measured)));
    widths.push_back(run.high / run.low);
    calculator.push_back(std::abs(std::log(run.calculator / run.measured)));
    covered += run.low * scale <= run.measured && run.measured <= run.high * scale;
  }
  return {errors.size(), median(errors), static_cast<double>(covered) / errors.size(),
          median(widths), median(calculator), quantile(errors, 0.8),
          std::exp(log_centre / n),
          n * sxx - sx * sx > 1e-9 ? (n * sxy - sx * sy) / (n * sxx - sx * sx) : 0};
}

void print(std::string_view what, const Accuracy& a) {
  MESSAGE(fmt::format("{:<42} {:>3} runs  median |ln(estimate / measured)| {:.3f}  coverage "
                      "{:>3.0f}%  median width ×{:.2f}  calculator {:.3f}  (80% within ×{:.2f}; "
                      "centre ×{:.3f}, size slope {:+.3f})",
                      what, a.runs, a.median_log_error, a.coverage * 100, a.median_width,
                      a.calculator, std::exp(a.error_80), a.centre, a.size_slope));
}

}  // namespace

TEST_CASE("calibration: energy in the scope each run measured, small jobs and large, held out") {
  std::vector<Run> all = runs();
  std::map<std::pair<JobSize, EnergyScope>, int> groups;
  for (const Run& run : all) {
    ++groups[{run.size, run.scope}];
    MESSAGE(fmt::format("{:<50} {:<18} {:<8} measured {:>10.4g} kWh  estimate {:>10.4g} "
                        "[{:.4g} – {:.4g}]  calculator {:>10.4g}",
                        run.name.substr(0, 50), run.source, scope_name(run.scope), run.measured,
                        run.estimate, run.low, run.high, run.calculator));
  }
  Accuracy small_loo = judge(all, JobSize::Small, HoldOut::Run);
  Accuracy small_loso = judge(all, JobSize::Small, HoldOut::Source);
  Accuracy large_loo = judge(all, JobSize::Large, HoldOut::Run);
  Accuracy large_loso = judge(all, JobSize::Large, HoldOut::Source);
  print("small (≤ 8 devices), leave-one-source-out", small_loso);
  print("small (≤ 8 devices), leave-one-out", small_loo);
  print("large (≥ 64 devices), leave-one-source-out", large_loso);
  print("large (≥ 64 devices), leave-one-out", large_loo);
  for (EnergyScope scope : {EnergyScope::Device, EnergyScope::Node, EnergyScope::Facility})
    if (Accuracy a = judge(all, JobSize::Small, HoldOut::Source, scope); a.runs > 0)
      print(fmt::format("small, {} energy, leave-one-source-out", scope_name(scope)), a);
  std::vector<Run> fitted;
  std::copy_if(all.begin(), all.end(), std::back_inserter(fitted), [](const Run& run) { return run.fitted_draw; });
  Accuracy fitted_loso = judge(fitted, JobSize::Small, HoldOut::Source);
  print("small, the fitted draw alone, by source", fitted_loso);
  // As a reviewer who missed what the sources say of their devices' utilisation
  // (Luccioni et al. 2024 measured eight GPUs while one worked) would find it.
  Accuracy unknown_use = judge(runs(false), JobSize::Small, HoldOut::Source);
  print("small, utilisation never given, by source", unknown_use);

  // What the set holds: every scope among the small jobs, from several sources.
  CHECK(small_loo.runs >= 45);
  CHECK(large_loo.runs >= 7);
  CHECK(groups[{JobSize::Small, EnergyScope::Device}] >= 20);
  CHECK(groups[{JobSize::Small, EnergyScope::Facility}] >= 10);
  // What is measured (docs/estimation.md), guarded so that a change that makes
  // it worse fails. Both groups meet the targets held out by source,
  // the small jobs' draw level and its slope in the trained model's size
  // refitted without the source. Large runs' intervals cover 7 of 8 (Strubell et
  // al.'s BERT base, a one-GPU measurement scaled to 64 GPUs, lies 1.6× below).
  // Both groups' spreads are the 80% band of their held-out errors, set on
  // these runs: the coverage does not hold them out.
  CHECK(small_loso.median_log_error <= 0.23);
  CHECK(small_loso.coverage >= 0.80);
  CHECK(fitted_loso.coverage >= 0.80);
  CHECK(small_loo.median_log_error <= 0.25);
  CHECK(small_loo.coverage >= 0.80);
  CHECK(large_loo.median_log_error <= 0.20);
  CHECK(large_loo.coverage >= 0.80);
  CHECK(large_loso.median_log_error <= 0.30);
  CHECK(large_loso.coverage >= 0.80);
  // The small jobs' draw is centred on them, no wider than it must be, and far
  // better than the calculator.
  CHECK(std::abs(std::log(small_loo.centre)) <= 0.05);
  CHECK(small_loso.median_width <= 2.6);
  CHECK(std::abs(small_loo.size_slope) <= 0.05);
  CHECK(small_loso.median_log_error < small_loso.calculator / 2);
  CHECK(large_loso.median_log_error < large_loso.calculator);
}
