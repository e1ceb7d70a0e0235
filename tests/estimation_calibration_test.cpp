// The estimator against published training runs (tests/calibration/): the
// accuracy docs/estimation.md reports, and the targets it must meet. Each run
// is written as the manifest a paper would have (devices, hours, PUE, grid),
// checked through the whole pipeline, and its estimated energy and emissions
// compared with what the paper measured. A second set of runs, those whose
// paper gives parameters, tokens and device-hours, checks the device-time that
// the estimator derives from 6·N·D and the utilisation (at the end).
//
// The node shares of assumptions.h were fitted on these same runs, so they are
// judged leave-one-out: each run's estimate is rescaled to the share fitted on
// the other runs of its device kind (energy is proportional to it). The
// measured per-device power of hardware.csv comes from the same paper (Table 3
// of Patterson et al.), so the estimate that uses it is in-sample: it is
// reported, not used to judge.

#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <sstream>

#include <fmt/format.h>

#include "estimate/assumptions.h"
#include "corpus/hardware_catalog.h"
#include "ir/csv_line.h"
#include "corpus/embedded_corpus.h"
#include "estimates_view.h"
#include "lint/driver.h"
#include "published_runs.h"
#include "test_support.h"

using namespace costlint;
using testing::number;
using testing::Row;
using testing::Estimated;
using testing::reference_without_measured_power;

namespace {

struct Prediction {
  std::string run;
  std::string kind;     ///< of the device: "gpu", "tpu"
  double ratio = 0;     ///< measured power per device / its TDP
  double published = 0;                // kWh
  double estimate = 0, low = 0, high = 0;  // kWh
  double calculator = 0;               // kWh: devices × TDP × hours × PUE
  double emissions_published = 0, emissions_estimate = 0;  // kg
  /// A pool of at least 64 devices: estimated from the node share. Smaller
  /// pools are jobs of the small group (tests/energy_calibration_test.cpp),
  /// their measured power still fits the node share.
  bool large = false;
};

/// The estimate of `row`'s training energy and emissions under `reference`.
std::optional<std::pair<Fact, Fact>> estimate_run(const Row& row,
                                                          const ReferenceData& reference) {
  std::string manifest = fmt::format(
      "costlint 1\nhardware pool = {} x \"{}\"\n"
      "site s {{ pue = {}; intensity = {} gCO2e/kWh }}\n"
      "model m {{ train {{ hardware = pool; site = s; duration = {} h }} }}\n",
      row.at("device_count"), row.at("device_model"), row.at("pue"),
      row.at("grid_gco2e_per_kwh"), row.at("wall_clock_h"));
  CheckOptions options;
  options.reference = &reference;
  CheckRun run = check_text("run.cost", manifest, options);
  if (!run.manifests[0].disclosure || !run.manifests[0].disclosure->systems.at(0).phases[0])
    return std::nullopt;
  auto train = testing::phase_estimates(run, 0, PhaseKind::Train);
  if (!train[Estimated::Energy] || !train[Estimated::Emissions]) return std::nullopt;
  return std::pair{*train[Estimated::Energy], *train[Estimated::Emissions]};
}

/// The runs whose system energy was measured, with every input the estimator needs.
std::vector<Prediction> predictions(const ReferenceData& reference) {
  std::vector<Prediction> out;
  for (const Row& row : testing::published_runs()) {
    if (row.at("outcome_method") != "measured" || row.at("energy_scope") != "system+pue" ||
        row.at("device_count").empty() || row.at("wall_clock_h").empty())
      continue;
    CAPTURE(row.at("run"));
    const DeviceSpec* device = reference.hardware.find(row.at("device_model"));
    REQUIRE(device);
    auto estimate = estimate_run(row, reference);
    REQUIRE(estimate);
    double hours = number(row, "device_count") * number(row, "wall_clock_h");
    out.push_back({row.at("run"), device->kind, number(row, "avg_power_w") / device->tdp_w,
                   number(row, "energy_kwh"), estimate->first.value / 3.6e6,
                   estimate->first.interval->low / 3.6e6, estimate->first.interval->high / 3.6e6,
                   hours * device->tdp_w * number(row, "pue") / 1000,
                   number(row, "emissions_kg"), estimate->second.value / 1000,
                   number(row, "device_count") >= assumptions::kLargeJobDevices});
  }
  return out;
}

/// The share of TDP a node draws, fitted as the geometric mean of the other
/// runs of `p`'s kind.
double share_without(const std::vector<Prediction>& all, const Prediction& p) {
  double sum = 0;
  int n = 0;
  for (const Prediction& q : all)
    if (q.kind == p.kind && q.run != p.run) sum += std::log(q.ratio), ++n;
  return std::exp(sum / n);
}

double median(std::vector<double> values) {
  std::sort(values.begin(), values.end());
  size_t n = values.size();
  return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

struct Accuracy {
  double median_log_error = 0;
  double coverage = 0;
  double calculator_median_log_error = 0;
  double emissions_median_log_error = 0;
};

Accuracy judge(const std::vector<Prediction>& runs, bool leave_one_out) {
  std::vector<double> errors, calculator, emissions;
  int covered = 0;
  for (const Prediction& p : runs) {
    if (!p.large) continue;
    double scale = 1;
    if (leave_one_out)
      scale = share_without(runs, p) /
              (p.kind == "tpu" ? assumptions::kNodeShareTpu : assumptions::kNodeShareGpu);
    double estimate = p.estimate * scale;
    errors.push_back(std::abs(std::log(estimate / p.published)));
    calculator.push_back(std::abs(std::log(p.calculator / p.published)));
    emissions.push_back(std::abs(std::log(p.emissions_estimate * scale / p.emissions_published)));
    covered += p.low * scale <= p.published && p.published <= p.high * scale;
    MESSAGE(fmt::format("{:<34} published {:>9.0f} kWh  estimate {:>9.0f} [{:.0f} – {:.0f}]  "
                        "calculator {:>9.0f}",
                        p.run, p.published, estimate, p.low * scale, p.high * scale, p.calculator));
  }
  return {median(errors), static_cast<double>(covered) / errors.size(), median(calculator),
          median(emissions)};
}

}  // namespace

TEST_CASE("calibration: the estimator's energy beats the calculator's on measured runs") {
  std::vector<Prediction> runs = predictions(reference_without_measured_power());
  REQUIRE(runs.size() == 10);
  Accuracy a = judge(runs, /*leave_one_out=*/true);
  MESSAGE(fmt::format("TDP × node share, leave-one-out: median |log(estimate / published)| "
                      "{:.3f}, interval coverage {:.0f}%; calculator {:.3f}; emissions {:.3f}",
                      a.median_log_error, a.coverage * 100, a.calculator_median_log_error,
                      a.emissions_median_log_error));
  CHECK(a.median_log_error <= 0.20);
  CHECK(a.coverage >= 0.80);
  CHECK(a.median_log_error < a.calculator_median_log_error);
  CHECK(a.emissions_median_log_error <= 0.20);
}

TEST_CASE("calibration: with the measured per-device power (in-sample)") {
  std::vector<Prediction> runs = predictions(embedded_reference());
  REQUIRE(runs.size() == 10);
  Accuracy a = judge(runs, /*leave_one_out=*/false);
  MESSAGE(fmt::format("measured typical power, in-sample: median |log| {:.3f}, coverage {:.0f}%",
                      a.median_log_error, a.coverage * 100));
  CHECK(a.median_log_error <= 0.20);
  CHECK(a.coverage >= 0.80);
}

// Device-time from FLOP. A paper that states parameters and tokens but not its
// device-time gets 6·N·D / (peak × utilisation): checked here on the runs whose
// paper states all three, as costlint would see them (parameters, tokens, the
// device, bf16; no duration, no device-time). What a run achieved over its
// whole device-time, restarts and evaluation included, is 6·N·D / (device-time
// × peak): kTrainingUtilization was set from it, so it is judged leave-one-out.

namespace {

struct TimePrediction {
  std::string run;
  double published = 0;                      ///< device-hours, as stated
  double estimate = 0, low = 0, high = 0;    ///< device-hours
  double flop = 0, flop_low = 0, flop_high = 0;
  double stated_flop = 0;                    ///< the paper's FLOP; 0 when it gives none
  double achieved = 0;                       ///< 6·N·D / (published device-time × peak)
};

/// The device-time of `row` as its paper states it: device-hours, else devices × hours.
std::optional<double> published_device_hours(const Row& row) {
  if (!row.at("device_hours").empty()) return number(row, "device_hours");
  if (!row.at("device_count").empty() && !row.at("wall_clock_h").empty())
    return number(row, "device_count") * number(row, "wall_clock_h");
  return std::nullopt;
}

/// The dense runs whose paper gives parameters, tokens and device-time.
std::vector<TimePrediction> time_predictions() {
  std::vector<TimePrediction> out;
  for (const Row& row : testing::published_runs()) {
    auto published = published_device_hours(row);
    if (row.at("parameters").empty() || row.at("training_tokens").empty() || !published ||
        row.at("run").find("MoE") != std::string::npos)
      continue;
    CAPTURE(row.at("run"));
    const DeviceSpec* device = embedded_reference().hardware.find(row.at("device_model"));
    REQUIRE(device);
    std::optional<double> peak = device->peak(Precision::Bf16);
    REQUIRE(peak);
    double parameters = number(row, "parameters"), tokens = number(row, "training_tokens");
    std::string manifest = fmt::format(
        "costlint 1\nhardware pool = {} x \"{}\"\n"
        "model m {{\n  parameters = {} B\n  precision = bf16\n"
        "  train {{ hardware = pool; tokens = {} B }}\n}}\n",
        row.at("device_count").empty() ? "1" : row.at("device_count"), row.at("device_model"),
        parameters / 1e9, tokens / 1e9);
    CheckRun run = check_text("run.cost", manifest, CheckOptions{});
    auto train = testing::phase_estimates(run, 0, PhaseKind::Train);
    REQUIRE(train[Estimated::DeviceTime]);
    REQUIRE(train[Estimated::Flop]);
    const Fact& time = *train[Estimated::DeviceTime];
    const Fact& flop = *train[Estimated::Flop];
    double six_nd = assumptions::kFlopPerParameterToken * parameters * tokens;
    CHECK(flop.value == doctest::Approx(six_nd));
    out.push_back({row.at("run"), *published, time.value / 3600, time.interval->low / 3600, time.interval->high / 3600,
                   flop.value, flop.interval->low, flop.interval->high,
                   row.at("training_flop").empty() ? 0 : number(row, "training_flop"),
                   six_nd / (*published * 3600 * *peak)});
  }
  return out;
}

/// The family of a run: its name without the size ("Llama 2 7B" is of "Llama 2").
std::string family(const std::string& run) {
  size_t space = run.rfind(' ');
  return space == std::string::npos ? run : run.substr(0, space);
}

/// The utilisation fitted on the runs other than `p` (or than its family): the
/// geometric mean of what they achieved.
double utilization_without(const std::vector<TimePrediction>& all, const TimePrediction& p,
                           bool whole_family = false) {
  double sum = 0;
  int n = 0;
  for (const TimePrediction& q : all)
    if (whole_family ? family(q.run) != family(p.run) : q.run != p.run)
      sum += std::log(q.achieved), ++n;
  return std::exp(sum / n);
}

struct TimeAccuracy {
  double median_log_error = 0;
  double coverage = 0;
  double family_median_log_error = 0;     ///< each family's runs left out at once
  double full_peak_median_log_error = 0;  ///< FLOP / peak: every cycle useful
  double half_peak_median_log_error = 0;  ///< FLOP / (peak × 0.5): the common rule of thumb
  double fitted_utilization = 0;          ///< the geometric mean of what all runs achieved
};

TimeAccuracy judge_time(const std::vector<TimePrediction>& runs, bool leave_one_out) {
  std::vector<double> errors, family_errors, full, half;
  double log_sum = 0;
  int covered = 0;
  for (const TimePrediction& p : runs) {
    // Device-time is inversely proportional to the utilisation.
    double scale =
        leave_one_out ? assumptions::kTrainingUtilization / utilization_without(runs, p) : 1;
    double estimate = p.estimate * scale;
    errors.push_back(std::abs(std::log(estimate / p.published)));
    family_errors.push_back(std::abs(std::log(p.achieved / utilization_without(runs, p, true))));
    full.push_back(std::abs(std::log(p.achieved)));
    half.push_back(std::abs(std::log(p.achieved / 0.5)));
    covered += p.low * scale <= p.published && p.published <= p.high * scale;
    log_sum += std::log(p.achieved);
    MESSAGE(fmt::format("{:<22} published {:>10.0f} device-h  estimate {:>10.0f} "
                        "[{:.0f} – {:.0f}]  achieved {:.2f}",
                        p.run, p.published, estimate, p.low * scale, p.high * scale, p.achieved));
  }
  return {median(errors), static_cast<double>(covered) / runs.size(), median(family_errors),
          median(full), median(half), std::exp(log_sum / runs.size())};
}

}  // namespace

TEST_CASE("calibration: device-time from 6ND against published device-hours") {
  std::vector<TimePrediction> runs = time_predictions();
  REQUIRE(runs.size() == 27);
  TimeAccuracy in_sample = judge_time(runs, /*leave_one_out=*/false);
  TimeAccuracy a = judge_time(runs, /*leave_one_out=*/true);
  MESSAGE(fmt::format("utilisation {}, leave-one-out: median |log(estimate / published)| {:.3f}, "
                      "interval coverage {:.0f}%; leave-one-family-out {:.3f}; as set: {:.3f}, "
                      "{:.0f}%; FLOP / peak {:.3f}; FLOP / (0.5 × peak) {:.3f}; utilisation "
                      "achieved (geometric mean) {:.3f}",
                      assumptions::kTrainingUtilization, a.median_log_error, a.coverage * 100,
                      a.family_median_log_error, in_sample.median_log_error,
                      in_sample.coverage * 100,
                      a.full_peak_median_log_error, a.half_peak_median_log_error,
                      a.fitted_utilization));
  // Regression guards at what is measured (docs/estimation.md): 0.230 and 26
  // of 27. The median misses the 0.20 the energy meets: no single utilisation
  // fits runs that achieved from 0.16 to 0.51 of peak, whatever its value.
  CHECK(a.median_log_error <= 0.24);
  CHECK(a.coverage >= 0.90);
  CHECK(a.family_median_log_error <= 0.25);
  CHECK(in_sample.median_log_error <= 0.22);
  CHECK(in_sample.coverage >= 0.90);
  CHECK(a.median_log_error < a.half_peak_median_log_error);
  CHECK(a.median_log_error < a.full_peak_median_log_error);
  // The constant is the runs' own geometric mean, to two figures.
  CHECK(std::abs(std::log(assumptions::kTrainingUtilization / a.fitted_utilization)) < 0.02);
}

TEST_CASE("calibration: 6ND against the training FLOP papers state") {
  int stated = 0, covered = 0;
  std::vector<double> errors;
  for (const TimePrediction& p : time_predictions()) {
    if (p.stated_flop == 0) continue;
    ++stated;
    covered += p.flop_low <= p.stated_flop && p.stated_flop <= p.flop_high;
    errors.push_back(std::abs(std::log(p.flop / p.stated_flop)));
    MESSAGE(fmt::format("{:<22} stated {:.3g} FLOP  6·N·D {:.3g} [{:.3g} – {:.3g}]", p.run,
                        p.stated_flop, p.flop, p.flop_low, p.flop_high));
    // 6·N·D counts model FLOP: within 40% of what any of these papers states.
    CHECK(std::abs(std::log(p.flop / p.stated_flop)) < std::log(1.4));
  }
  MESSAGE(fmt::format("6·N·D against the stated FLOP: median |log| {:.3f}, {} of {} in the "
                      "interval",
                      median(errors), covered, stated));
  CHECK(stated == 4);
  // BloombergGPT's figure is measured hardware FLOP, recomputation included:
  // just above the range.
  CHECK(covered == 3);
}
