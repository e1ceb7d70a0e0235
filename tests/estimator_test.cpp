// The estimator on manifests written here: which figures it derives, their
// values, intervals and methods; that it never overrides what is declared;
// and that its fix-its, applied, give a manifest that checks.

#include <doctest/doctest.h>

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

#include "estimate/assumptions.h"
#include "estimates_view.h"
#include "lint/driver.h"
#include "test_support.h"

using namespace costlint;
using costlint::testing::Estimated;

namespace {

constexpr const char* kPaper = R"(costlint 1
hardware gpus = 8 x "NVIDIA A100-SXM4-80GB"
site paris { region = "FR"; pue = 1.15; intensity = 56 gCO2e/kWh }
model m {
  parameters = 7 B
  train { hardware = gpus; site = paris; duration = 6.5 h; tokens = 2e12 }
  infer { hardware = gpus; throughput = 4000 token/s }
}
)";

struct Estimated_ {
  CheckRun run;
  testing::PhaseEstimates phase(PhaseKind kind) const { return testing::phase_estimates(run, 0, kind); }
};

Estimated_ estimates_of(std::string_view text) { return {check_text("paper.cost", text)}; }

}  // namespace

TEST_CASE("estimator: FLOP, device-time, energy, emissions and memory from what is declared") {
  namespace a = assumptions;
  auto e = estimates_of(kPaper);
  const testing::PhaseEstimates train = e.phase(PhaseKind::Train);

  REQUIRE(train[Estimated::Flop]);
  CHECK(train[Estimated::Flop]->value == doctest::Approx(6 * 7e9 * 2e12));
  CHECK(train[Estimated::Flop]->interval->low == doctest::Approx(6 * 7e9 * 2e12 * a::kFlopLowFactor));
  CHECK(train[Estimated::Flop]->method == "6 (6·N·D, dense transformer) × 7e9 parameters × 2e12 tokens");

  REQUIRE(train[Estimated::DeviceTime]);
  CHECK(train[Estimated::DeviceTime]->value == doctest::Approx(8 * 6.5 * 3600));
  CHECK(train[Estimated::DeviceTime]->interval->high == doctest::Approx(8 * 6.5 * 3600));
  CHECK(train[Estimated::DeviceTime]->interval->low == doctest::Approx(0.7 * 8 * 6.5 * 3600));

  // Energy in each scope, the facility's first: 8 devices of a job of ≤ 8
  // devices draw the small jobs' share of their TDP, more for a larger model
  // (7B parameters: the whole TDP), the node adds its part, the site its PUE.
  REQUIRE(train[Estimated::Energy]);
  double share = std::min(
      1.0, a::kSmallJobDeviceShare * std::pow(7e9 / a::kSmallJobReferenceParameters, a::kSmallJobSizeElasticity));
  CHECK(share == 1.0);
  double device_joules = 8 * 6.5 * 3600 * 400 * share;
  double joules = device_joules * a::kNodeOverDevice * 1.15;
  CHECK(train[Estimated::Energy]->scope == EnergyScope::Facility);
  CHECK(train[Estimated::Energy]->value == doctest::Approx(joules));
  // Independent ranges add in quadrature in log space: the draw's, the node's
  // and the device-time's (which only goes down).
  // The draw reaches no higher than its ceiling, whatever its model's size.
  double draw = std::log(a::kSmallJobDeviceShareSpread), node = std::log(a::kNodeOverDeviceSpread);
  double draw_up = std::log(a::kSmallJobDrawCeiling / share);
  CHECK(draw_up > 0);
  CHECK(train[Estimated::Energy]->interval->high == doctest::Approx(joules * std::exp(std::hypot(draw_up, node))));
  CHECK(train[Estimated::Energy]->interval->low ==
        doctest::Approx(joules * std::exp(-std::hypot(std::hypot(draw, node), std::log(1 / 0.7)))));
  CHECK(train[Estimated::Energy]->method.find("× 1.15 (PUE of `paris`); facility scope") != std::string::npos);
  CHECK(train[Estimated::Energy]->method.find("what measured jobs of ≤ 8 devices drew, training a model of 7e9 "
                                              "parameters") != std::string::npos);
  std::vector<std::pair<EnergyScope, double>> scopes;
  for (const Fact& fact : train.phase->figures[static_cast<size_t>(Quantity::Energy)].estimated)
    scopes.emplace_back(fact.scope, fact.value);
  REQUIRE(scopes.size() == 3);
  CHECK(scopes[1].first == EnergyScope::Node);
  CHECK(scopes[1].second == doctest::Approx(device_joules * a::kNodeOverDevice));
  CHECK(scopes[2].first == EnergyScope::Device);
  CHECK(scopes[2].second == doctest::Approx(device_joules));

  REQUIRE(train[Estimated::Emissions]);
  CHECK(train[Estimated::Emissions]->value == doctest::Approx(joules / 3.6e6 * 56));

  CHECK_FALSE(train[Estimated::Duration]);  // declared
  REQUIRE(train[Estimated::Memory]);
  CHECK(train[Estimated::Memory]->value == doctest::Approx(80e9).epsilon(0.1));  // capped by the device
  CHECK(train[Estimated::Memory]->interval->high <= 80e9 * 1.0001);

  const testing::PhaseEstimates infer = e.phase(PhaseKind::Infer);
  REQUIRE(infer[Estimated::Energy]);
  CHECK(infer[Estimated::Energy]->value ==
        doctest::Approx(8 * 400 * a::kSmallJobDeviceShare * a::kNodeOverDevice *
                        embedded_reference().grid.default_pue().pue / 4000));
  CHECK(infer[Estimated::Energy]->dimension == dim::energy / dim::item);
  REQUIRE(infer[Estimated::Memory]);
  CHECK(infer[Estimated::Memory]->value == doctest::Approx(7e9 * 2));
}

TEST_CASE("estimator: an inference run of known device-time has its energy in all, and its emissions") {
  // One of eight A100s of a node ran the model for 1.13 h, the node's GPU
  // energy measured whole (Luccioni et al. 2024): the utilisation over the
  // eight is at most 1/8, and the draw is nearer idle than any job's.
  namespace a = assumptions;
  auto e = estimates_of("costlint 1\nhardware node = 8 x \"NVIDIA A100-SXM4-80GB\"\n"
                        "site s { pue = 1.2; intensity = 300 gCO2e/kWh }\n"
                        "model m { infer { hardware = node; site = s; duration = 1.13 h; "
                        "utilization = 0.125; throughput = 0.25 image/s } }\n");
  const Phase& infer = *e.phase(PhaseKind::Infer).phase;
  const DeviceSpec* a100 = embedded_reference().hardware.find("NVIDIA A100-SXM4-80GB");
  double idle = a100->idle.measured ? a100->idle.watts : a::kIdleShare * a100->tdp_w;
  double device_joules = 8 * 1.13 * 3600 * (idle + 0.125 * (a100->tdp_w - idle));
  const Fact *total = nullptr, *per_item = nullptr;
  for (const Fact& fact : infer[Quantity::Energy].estimated)
    if (fact.scope == EnergyScope::Device) (fact.dimension == dim::energy ? total : per_item) = &fact;
  REQUIRE(total);
  CHECK(total->value == doctest::Approx(device_joules));
  CHECK(total->method.find("utilisation of 0.125, declared") != std::string::npos);
  REQUIRE(per_item);  // and per item, from the throughput
  CHECK(per_item->dimension == dim::energy / dim::item);
  CHECK(per_item->value == doctest::Approx(8 * (idle + 0.125 * (a100->tdp_w - idle)) / 0.25));
  REQUIRE(e.phase(PhaseKind::Infer)[Estimated::Emissions]);
  CHECK(e.phase(PhaseKind::Infer)[Estimated::Emissions]->value ==
        doctest::Approx(device_joules * a::kNodeOverDevice * 1.2 / 3.6e6 * 300));

  // Without a duration or device-time, only the energy per item.
  auto served = estimates_of(kPaper);
  CHECK_FALSE(served.phase(PhaseKind::Infer)[Estimated::Emissions]);
}

TEST_CASE("estimator: device-time gives the least duration, FLOP gives device-time") {
  auto e = estimates_of(R"(costlint 1
hardware gpus = 4 x "NVIDIA A100-SXM4-80GB"
model m {
  parameters = 1 B; precision = bf16
  train { hardware = gpus; compute = 100 GPU.h }
}
model n {
  parameters = 1 B; precision = bf16
  train { hardware = gpus; compute = 1e21 FLOP }
}
)");
  const testing::PhaseEstimates m = e.phase(PhaseKind::Train);
  REQUIRE(m[Estimated::Duration]);
  CHECK(m[Estimated::Duration]->value == doctest::Approx(25 * 3600));
  CHECK(m[Estimated::Duration]->interval->high == doctest::Approx(25 * 3600 / 0.7));
  CHECK_FALSE(m[Estimated::DeviceTime]);

  const auto n = testing::phase_estimates(e.run, 1, PhaseKind::Train);
  REQUIRE(n[Estimated::DeviceTime]);
  CHECK(n[Estimated::DeviceTime]->value ==
        doctest::Approx(1e21 / (312e12 * assumptions::kTrainingUtilization)));
  REQUIRE(n[Estimated::Duration]);
  CHECK(n[Estimated::Duration]->value == doctest::Approx(n[Estimated::DeviceTime]->value / 4));
}

TEST_CASE("estimator: a pool whose count the paper does not give bounds nothing it would need") {
  // "trained on TPU v3 for 10 days, 20 000 TPU-hours": how many chips, the paper does not say.
  auto e = estimates_of(R"(costlint 1
hardware tpus = "Google TPU v3"
model m {
  parameters = 1 B; precision = bf16
  train { hardware = tpus; duration = 10 d; compute = 20000 TPU.h }
  infer { hardware = "NVIDIA A100-SXM4-80GB"; throughput = 10 sample/s }
}
model n { parameters = 1 B; precision = bf16; train { hardware = tpus; duration = 10 d } }
)");
  REQUIRE(e.run.manifests[0].disclosure);
  CHECK_FALSE(e.run.manifests[0].disclosure->hardware[0].count);
  const testing::PhaseEstimates m = e.phase(PhaseKind::Train);
  REQUIRE(m[Estimated::Energy]);  // device-time × power needs no count
  CHECK_FALSE(m[Estimated::Duration]);
  CHECK(e.phase(PhaseKind::Infer).phase->figures[static_cast<size_t>(Quantity::Energy)]
            .estimated.empty());  // per item: the pool's draw needs its count
  // Duration alone and no count: no device-time, rather than one device assumed.
  CHECK_FALSE(testing::phase_estimates(e.run, 1, PhaseKind::Train)[Estimated::DeviceTime]);
  // No finding claims what a count would decide (X502, X504), and none is an error.
  CHECK(e.run.count(Severity::Error) == 0);
}

TEST_CASE("estimator: an estimate looser than a factor of 3 is no fix-it, but says what would settle it") {
  // Emissions on the world's grid span 28×: no figure to write into a paper.
  CheckRun run = check_text("paper.cost", R"(costlint 1
hardware gpus = 8 x "NVIDIA A100-SXM4-80GB"
model m {
  train {
    hardware = gpus
    duration = 10 h
  }
}
)");
  bool loose = false, tight = false;
  for (const Diagnostic& d : run.diagnostics) {
    if (d.code == RuleCode::E206) {
      loose = true;
      CHECK(d.fixits.empty());
      REQUIRE(d.notes.size() == 1);
      CHECK(d.notes[0].message.find("too loose to write down") != std::string::npos);
      CHECK(d.notes[0].message.find("what would settle it: the site's region") !=
            std::string::npos);
    }
    if (d.code == RuleCode::C101) {  // 8 GPUs × 10 h, if all ran: within 1.4×
      tight = true;
      CHECK(d.fixits.size() == 1);
    }
  }
  CHECK(loose);
  CHECK(tight);
}

TEST_CASE("estimator: training memory is the state at least, up to what the device holds") {
  // DistilBERT (66 M parameters) on 16 GB V100s: 1007 MiB of weights, gradients and
  // Adam state, while activations at the batch sizes papers use fill most of the card.
  auto e = estimates_of(R"(costlint 1
hardware v = 8 x "NVIDIA V100-SXM2-16GB"
model distilbert { parameters = 66 M; precision = fp32; train { hardware = v; duration = 90 h } }
)");
  const testing::PhaseEstimates train = e.phase(PhaseKind::Train);
  REQUIRE(train[Estimated::Memory]);
  const Fact& memory = *train[Estimated::Memory];
  CHECK(memory.value == doctest::Approx(66e6 * 16));
  CHECK(memory.interval->high == doctest::Approx(16e9));
  CHECK(memory.method.starts_with("at least 6.6e7 parameters × 16 B for weights, gradients and "
                                  "optimizer state"));
  CHECK(memory.method.find("activations not counted") != std::string::npos);
}

TEST_CASE("estimator: logs before physics, a log's device energy is where the estimate starts") {
  // The MLflow run logs 552 Wh of GPU energy over 1 h on 2 A100s; the TDP over the
  // hour would say 800 Wh × PUE, whatever the GPUs drew.
  CheckOptions options;
  options.root = testing::source_dir();
  CheckRun run = check_manifests(
      {testing::source_dir() + "/tests/golden/rules/x503_mlflow.cost"}, options);
  const testing::PhaseEstimates train = testing::phase_estimates(run, 0, PhaseKind::Train);
  REQUIRE(train[Estimated::Energy]);
  const Fact& energy = *train[Estimated::Energy];
  CHECK(energy.method.starts_with("552 Wh (logged in `logs/mlruns/"));
  CHECK(energy.value == doctest::Approx(552 * 3600 * 1.3 * 1.15).epsilon(0.01));
  CHECK(energy.interval->low >= 552 * 3600);  // the node draws at least what its GPUs did
}

TEST_CASE("estimator: logs before physics, a log's utilisation sets the draw") {
  // Two A100s for 2 h at 25% utilisation, their power not readable: the draw is
  // a quarter of the way from idle to the TDP, not what small jobs draw.
  testing::TempFolder repo("utilization");
  repo.write(".git/HEAD", "");
  repo.write("gpu.csv", "timestamp, index, power.draw [W], utilization.gpu [%]\n"
                        "2024/01/15 10:00:00.000, 0, [N/A], 25 %\n"
                        "2024/01/15 10:00:00.000, 1, [N/A], 25 %\n");
  repo.write("paper.cost", "costlint 1\nmodel m { train {\n"
                           "  hardware = 2 x \"NVIDIA A100-SXM4-80GB\"; duration = 2 h\n"
                           "  evidence nvidia-smi \"gpu.csv\"\n} }\n");
  CheckOptions options;
  options.root = repo.dir().string();
  CheckRun run = check_manifests({(repo.dir() / "paper.cost").string()}, options);
  const Phase& train = *testing::phase_estimates(run, 0, PhaseKind::Train).phase;
  const Fact* device = nullptr;
  for (const Fact& fact : train[Quantity::Energy].estimated)
    if (fact.scope == EnergyScope::Device) device = &fact;
  REQUIRE(device);
  CHECK(device->method.find("utilisation of 0.25, logged in `gpu.csv`") != std::string::npos);
  const DeviceSpec* a100 = embedded_reference().hardware.find("NVIDIA A100-SXM4-80GB");
  double idle = a100->idle.measured ? a100->idle.watts : 0.1 * a100->tdp_w;
  CHECK(device->value == doctest::Approx(2 * 2 * 3600 * (idle + 0.25 * (a100->tdp_w - idle))));
}

TEST_CASE("estimator: a scope the paper or a log states is not estimated, nor beside an unscoped figure") {
  testing::TempFolder repo("scopes");
  repo.write(".git/HEAD", "");
  // CodeCarbon logs the node's 1.2 kWh and the GPUs' 0.9 kWh.
  repo.write("e.csv", "timestamp,project_name,run_id,duration,emissions,gpu_energy,energy_consumed,pue\n"
                      "t,p,a,3600,0.1,0.9,1.2,1.0\n");
  auto energies = [&](std::string_view energy_line) {
    repo.write("paper.cost", fmt::format("costlint 1\nmodel m {{ train {{\n  hardware = 1 x \"NVIDIA A100-SXM4-80GB\"\n"
                                         "  {}\n  evidence codecarbon \"e.csv\"\n}} }}\n", energy_line));
    CheckOptions options;
    options.root = repo.dir().string();
    CheckRun run = check_manifests({(repo.dir() / "paper.cost").string()}, options);
    const Phase& train = *testing::phase_estimates(run, 0, PhaseKind::Train).phase;
    std::vector<EnergyScope> scopes;
    for (const Fact& fact : train[Quantity::Energy].estimated) scopes.push_back(fact.scope);
    return scopes;
  };
  // Both the node's and the devices' are logged: only the facility's is estimated.
  CHECK(energies("duration = 1 h") == std::vector<EnergyScope>{EnergyScope::Facility});
  // The paper's energy that does not say what it counts is its figure: nothing beside it.
  CHECK(energies("energy = 1.5 kWh").empty());
}

TEST_CASE("estimator: systems are compared on the facility's energy, stated or estimated") {
  auto e = estimates_of(R"(costlint 1
model m { train { hardware = 8 x "NVIDIA A100-SXM4-80GB"; compute = 52 GPU.h; energy = 10 kWh (device) } }
)");
  const Figure& energy = (*e.phase(PhaseKind::Train).phase)[Quantity::Energy];
  REQUIRE(energy.facility_energy(dim::energy));
  // The devices' 10 kWh is stated; what the facility drew is estimated from it.
  CHECK(energy.widest_stated(dim::energy)->scope == EnergyScope::Device);
  CHECK(energy.facility_energy(dim::energy)->scope == EnergyScope::Facility);
  CHECK(energy.facility_energy(dim::energy)->value > 10 * 3.6e6);
  // A paper's energy that does not say what it counts is what it compares on.
  auto plain = estimates_of("costlint 1\nmodel m { train { energy = 10 kWh } }\n");
  const Figure& stated = (*plain.phase(PhaseKind::Train).phase)[Quantity::Energy];
  CHECK(stated.facility_energy(dim::energy) == &*stated.declared);
}

TEST_CASE("estimator: nothing to go on, nothing estimated") {
  auto e = estimates_of("costlint 1\nmodel m { train { duration = 2 h } }\n");
  const testing::PhaseEstimates train = e.phase(PhaseKind::Train);
  for (const Figure& figure : train.phase->figures) CHECK(figure.estimated.empty());
}

TEST_CASE("estimator: the fix-its it suggests give a manifest that checks") {
  CheckRun run = check_text("paper.cost", R"(costlint 1
hardware gpus = 8 x "NVIDIA A100-SXM4-80GB"
site paris { region = "FR"; pue = 1.15; intensity = 56 gCO2e/kWh }
model m {
  parameters = 7 B
  train { hardware = gpus; site = paris; duration = 6.5 h; tokens = 2e12; runs = 1; utilization = 0.9 }
  infer { hardware = gpus; throughput = 4000 token/s; memory = 14 GB }
}
)");
  std::string text(run.manifests[0].file->text());
  // Apply from the end, so that earlier offsets stay valid.
  std::vector<FixIt> fixes;
  for (const Diagnostic& d : run.diagnostics)
    for (const FixIt& fix : d.fixits) fixes.push_back(fix);
  std::sort(fixes.begin(), fixes.end(), [](const FixIt& a, const FixIt& b) {
    return a.location.range.begin > b.location.range.begin;
  });
  CHECK(fixes.size() >= 3);  // energy, emissions, memory; inference energy is too loose
  for (const FixIt& fix : fixes)
    text.replace(fix.location.range.begin, fix.location.range.end - fix.location.range.begin,
                 fix.replacement);
  // With its utilisation the energy is close enough to offer, in the scope it counts.
  CHECK(text.find("energy = ~28.4 kWh (facility)") != std::string::npos);
  CheckRun fixed = check_text("paper.cost", text);
  for (const Diagnostic& d : fixed.diagnostics) {
    CAPTURE(d.message);
    CHECK(code_name(d.code)[0] != 'S');                     // no syntax, name or unit error
    CHECK(d.code != RuleCode::C101);                     // each fixed figure is now disclosed
    CHECK(d.code != RuleCode::E201);
  }
}

TEST_CASE("estimator: a search of N trials scales a training run, on the training's pool") {
  auto e = estimates_of(R"(costlint 1
hardware gpus = 8 x "NVIDIA A100-SXM4-80GB"
model m {
  train { hardware = gpus; duration = 10 h; runs = 2 }
  tune { trials = 20 }
}
)");
  const testing::PhaseEstimates tune = e.phase(PhaseKind::Tune);
  REQUIRE(tune[Estimated::DeviceTime]);
  // 80 GPU.h for 2 runs: 40 a run, × 20 trials × 0.5.
  CHECK(tune[Estimated::DeviceTime]->value == doctest::Approx(400 * 3600));
  CHECK(tune[Estimated::DeviceTime]->interval->high == doctest::Approx(800 * 3600));
  CHECK(tune[Estimated::DeviceTime]->method.find("× 1 / 2 runs × 20 trials × 0.5") != std::string::npos);
  REQUIRE(tune[Estimated::Energy]);
  CHECK(tune[Estimated::Energy]->method.find("TDP of `NVIDIA A100-SXM4-80GB`") != std::string::npos);
}

TEST_CASE("estimator: with nothing but the paper's year and domain, the trends of notable models") {
  auto e = estimates_of(R"(costlint 1
paper { year = 2023; domain = "language" }
hardware gpus = 64 x "NVIDIA A100-SXM4-80GB"
model m { train { hardware = gpus } }
baseline b { kind = simple; train { hardware = gpus } }
)");
  const Fact* parameters = testing::estimated_parameters(e.run, 0);
  REQUIRE(parameters);
  CHECK(parameters->interval->low < parameters->value);
  CHECK(parameters->value < parameters->interval->high);
  CHECK(parameters->value > 1e8);  // a 2023 language model: hundreds of millions and up
  CHECK(parameters->method.find("trend of log10(parameters)") != std::string::npos);
  CHECK(parameters->method.find("(Language)") != std::string::npos);
  const testing::PhaseEstimates train = e.phase(PhaseKind::Train);
  REQUIRE(train[Estimated::Flop]);
  CHECK(train[Estimated::Flop]->method.find("trend of log10(training compute)") != std::string::npos);
  // From the trend's FLOP, physics goes on: device-time on the pool, then energy.
  REQUIRE(train[Estimated::DeviceTime]);
  REQUIRE(train[Estimated::Energy]);
  // A baseline is not guessed from the notable models' trend.
  CHECK_FALSE(testing::estimated_parameters(e.run, 1));
  CHECK_FALSE(testing::phase_estimates(e.run, 1, PhaseKind::Train)[Estimated::Flop]);
  // Without the paper's year, no trend.
  auto bare = estimates_of("costlint 1\nmodel m { train { } }\n");
  CHECK_FALSE(testing::estimated_parameters(bare.run, 0));
}
