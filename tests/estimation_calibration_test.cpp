// The estimator against published training runs (tests/calibration/): the
// accuracy docs/estimation.md reports, and the targets it must meet. Each run
// is written as the manifest a paper would have (devices, hours, PUE, grid),
// checked through the whole pipeline, and its estimated energy and emissions
// compared with what the paper measured.
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
#include "lint/csv_line.h"
#include "lint/embedded_corpus.h"
#include "lint/driver.h"
#include "published_runs.h"
#include "test_support.h"

using namespace costlint;
using testing::number;
using testing::Row;

namespace {

struct Prediction {
  std::string run;
  std::string kind;     ///< of the device: "gpu", "tpu"
  double ratio = 0;     ///< measured power per device / its TDP
  double published = 0;                // kWh
  double estimate = 0, low = 0, high = 0;  // kWh
  double calculator = 0;               // kWh: devices × TDP × hours × PUE
  double emissions_published = 0, emissions_estimate = 0;  // kg
};

/// The catalog with each measured training draw replaced by the one derived from
/// the TDP: what the estimator does for the devices nobody measured.
const ReferenceData& reference_without_measured_power() {
  static const ReferenceData reference = [] {
    std::istringstream lines(*corpus_file("hardware.csv"));
    std::string derived;
    for (std::string line; std::getline(lines, line);) {
      std::vector<FieldSpan> spans;
      std::vector<std::string> f = split_csv_line(line, ',', &spans);
      if (f.size() > 8 && f[8] == "measured") {
        double share = f[2] == "tpu" ? assumptions::kNodeShareTpu : assumptions::kNodeShareGpu;
        line = line.substr(0, spans[7].begin) + fmt::format("{},derived", std::stod(f[4]) * share) +
               line.substr(spans[8].end);
      }
      derived += line + "\n";
    }
    std::string error;
    auto hardware = HardwareCatalog::parse(derived, &error);
    REQUIRE_MESSAGE(hardware, error);
    return ReferenceData{std::move(*hardware), embedded_reference().grid, embedded_reference().models,
                         embedded_reference().benchmarks, ""};
  }();
  return reference;
}

/// The estimate of `row`'s training energy and emissions under `reference`.
std::optional<std::pair<Estimate, Estimate>> estimate_run(const Row& row,
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
  const auto& train = run.manifests[0].estimates->systems[0].phases[0];
  if (!train || !(*train)[Estimated::Energy] || !(*train)[Estimated::Emissions]) return std::nullopt;
  return std::pair{*(*train)[Estimated::Energy], *(*train)[Estimated::Emissions]};
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
                   estimate->first.low / 3.6e6, estimate->first.high / 3.6e6,
                   hours * device->tdp_w * number(row, "pue") / 1000,
                   number(row, "emissions_kg"), estimate->second.value / 1000});
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
  return {median(errors), static_cast<double>(covered) / runs.size(), median(calculator),
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
