// The score stage on whole manifests: the axes a system is placed on, placement
// against the manifest's own systems or against reference points, in words, and
// the same words every run.

#include <doctest/doctest.h>

#include <algorithm>
#include <chrono>

#include <fmt/format.h>

#include "estimate/placement_text.h"
#include "corpus/reference_points.h"
#include "test_support.h"

using namespace costlint;

namespace {

constexpr std::string_view kManifest = R"(costlint 1
benchmark tabular { name = "toy-classification"; metric = accuracy; better = higher }
model tabtiny { parameters = 12.4 M; precision = bf16; score tabular = 0.874 }
baseline ft { kind = strong; parameters = 50 M; score tabular = 0.87; train { energy = 80 kWh } }
)";

/// Every placement of `text`'s systems in words, with `reference` points if given:
/// those of `standings`, by default those placed.
std::vector<std::string> sentences(std::string_view text, const ReferenceData* reference = nullptr,
                                   std::vector<Standing> standings = {Standing::Frontier,
                                                                      Standing::Dominated}) {
  CheckOptions options;
  options.reference = reference;
  CheckRun run = check_text("test.cost", text, options);
  REQUIRE(run.manifests.size() == 1);
  const CheckedManifest& m = run.manifests[0];
  REQUIRE(m.placements);
  std::vector<std::string> out;
  for (const SystemPlacement& p : m.placements->systems)
    if (std::find(standings.begin(), standings.end(), p.placement.standing) != standings.end())
      out.push_back(describe_placement(p, m.placements->plots[p.plot],
                                     m.disclosure->systems[p.system].name,
                                     m.disclosure->benchmarks[p.benchmark].name));
  return out;
}

}  // namespace

TEST_CASE("score stage: without reference points, against the manifest's own systems") {
  // ft gives no precision: its weights memory would be a guess, so tabtiny is alone on it.
  std::vector<std::string> expected = {
      "`tabtiny` is on the frontier of parameters of this manifest's systems on `tabular`: "
      "resource-efficiency progress, a better score than `ft` (0.874 vs 0.87) with 4.0× fewer "
      "parameters",
      "`ft` is dominated on the frontier of parameters of this manifest's systems on `tabular` "
      "by `tabtiny`: `tabtiny` needs 4.0× fewer parameters to score at least as well, and the "
      "best at no more parameters scores 0.004 better",
  };
  CHECK(sentences(kManifest) == expected);
  // With both precisions given, weights memory places them as parameters do.
  std::string both(kManifest);
  both.replace(both.find("kind = strong;"), 14, "kind = strong; precision = fp32;");
  std::vector<std::string> said = sentences(both);
  REQUIRE(said.size() == 4);
  CHECK(said[1] ==
        "`tabtiny` is on the frontier of weights memory of this manifest's systems on `tabular`: "
        "resource-efficiency progress, a better score than `ft` (0.874 vs 0.87) with 8.1× less "
        "weights memory");
}

TEST_CASE("score stage: a figure that is not the system's own places nothing") {
  // No parameters and a paper year: the estimator's parameters are the year's trend.
  std::vector<std::string> said = sentences(R"(costlint 1
paper { title = "t"; year = 2022; domain = tabular }
benchmark tabular { name = "tabular"; metric = accuracy; better = higher }
model net_a { score tabular = 0.874 }
model net_b { score tabular = 0.861 }
baseline xgb { kind = simple; parameters = 2 M; score tabular = 0.87 }
)", nullptr, {Standing::Frontier, Standing::Dominated, Standing::NotPlaced});
  REQUIRE(!said.empty());
  for (const std::string& s : said) {
    CHECK(s.find("is on the frontier") == std::string::npos);
    CHECK(s.find("dominated") == std::string::npos);
  }
  CHECK(said[0].starts_with("`net_a` is not placed on the frontier of parameters of this "
                            "manifest's systems on `tabular`: its parameters would come from the "
                            "trend of other models (~"));
  CHECK(said[0].ends_with("no figure of its own: declare `parameters`"));
}

TEST_CASE("score stage: a system is not compared with itself, nor with what came after it") {
  ReferenceData data = embedded_reference();
  CheckOptions options;
  options.reference = &data;
  CheckRun run = check_manifests({COSTLINT_SOURCE_DIR "/corpus/examples/vision.cost"}, options);
  REQUIRE(run.manifests.size() == 1);
  const DisclosurePlacements& placed = *run.manifests[0].placements;
  for (const FrontierPlot& plot : placed.plots) {
    if (!plot.reference) continue;
    CHECK(plot.as_of == 2019);  // the paper's year
    for (const ParetoPoint& point : plot.points) CHECK(point.year <= 2019);
    for (const ParetoPoint& point : plot.later) CHECK(point.year > 2019);
    CHECK(!plot.later.empty());
  }
  const std::vector<System>& systems = run.manifests[0].disclosure->systems;
  size_t twins = 0;
  for (const SystemPlacement& p : placed.systems) {
    const std::string& name = systems[p.system].name;
    for (const std::string& by : p.placement.dominated_by) {
      CHECK(by != "ConvNeXt Tiny");  // 2022
      if (name == "efficientnet_b0") CHECK(by != "EfficientNet-B0");  // its label: itself
      if (name == "resnet50") CHECK(by != "ResNet-50");
    }
    twins += !p.placement.twin.empty();
  }
  CHECK(twins >= 4);  // both systems, on parameters and inference compute
  // --as-of moves the cut: in 2012, only AlexNet is there to compare with.
  options.as_of = 2012;
  run = check_manifests({COSTLINT_SOURCE_DIR "/corpus/examples/vision.cost"}, options);
  for (const FrontierPlot& plot : run.manifests[0].placements->plots)
    if (plot.reference) CHECK(plot.points.size() == 1);
}

TEST_CASE("score stage: against reference points, the same words on every run") {
  ReferenceData data = testing::reference_with(
      "toy-classification", "tests/golden/rules/benchmarks/toy-classification.csv");
  std::vector<std::string> first = sentences(kManifest, &data);
  // Parameters against the reference points; weights memory, which they lack,
  // against the manifest's other system.
  REQUIRE(first.size() == 2);
  CHECK(first[0] ==
        "`tabtiny` is on the `tabular` frontier of parameters: resource-efficiency progress, "
        "81× fewer parameters than `large-h`, the cheapest point that scores at least as well "
        "(0.874 vs 0.89); 0.0662 above the 0.75-quantile trend");
  CHECK(first[1].starts_with("`ft` is on the `tabular` frontier of parameters: resource-efficiency "
                             "progress, 20× fewer parameters than `large-h`, the cheapest point "
                             "that scores at least as well (0.87 vs 0.89)"));
  CHECK(sentences(kManifest, &data) == first);
}

TEST_CASE("score stage: a score's ± is weighed, and said, with the placement") {
  // ft scores 0.87 ± 0.01: it may beat tabtiny's 0.874, or not.
  std::vector<std::string> said = sentences(R"(costlint 1
benchmark tabular { name = "tabular"; metric = accuracy; better = higher }
model tabtiny { parameters = 12.4 M; score tabular = 0.874 }
baseline ft { kind = strong; parameters = 12.4 M; score tabular = 0.87 ± 0.01 }
)");
  REQUIRE(said.size() == 2);
  CHECK(said[0] ==
        "`tabtiny` is on the frontier of parameters of this manifest's systems on `tabular`: "
        "resource-efficiency progress, a better score than `ft` (0.874 vs 0.87) with no more "
        "parameters; not robust: the estimates or the ± of the points it is compared with can "
        "change the conclusion");
  CHECK(said[1] ==
        "`ft` is dominated on the frontier of parameters of this manifest's systems on `tabular` "
        "by `tabtiny`: `tabtiny` scores 0.004 better with no more parameters; not robust: within "
        "its score's ± (0.86 to 0.88) the conclusion changes");
}

TEST_CASE("score stage: a manifest naming LibriSpeech is placed against its table, lower WER better") {
  // No `better` in the manifest: the direction is the table's. WER in %, as the table has it.
  constexpr std::string_view kSpeech = R"(costlint 1
benchmark ls { name = "LibriSpeech test-other"; metric = wer }
model small { parameters = 20 M; score ls = 5.5 }
baseline big { kind = strong; parameters = 300 M; score ls = 6.5 }
)";
  ReferenceData data = embedded_reference();
  CheckOptions options;
  options.reference = &data;
  CheckRun run = check_text("test.cost", kSpeech, options);
  REQUIRE(run.manifests.size() == 1);
  const CheckedManifest& m = run.manifests[0];
  REQUIRE(m.placements);
  const FrontierPlot* parameters = nullptr;
  for (const FrontierPlot& plot : m.placements->plots)
    if (plot.axis == ResourceAxis::Parameters) parameters = &plot;
  REQUIRE(parameters);
  CHECK(parameters->reference);
  CHECK(parameters->better == Better::Lower);
  CHECK(parameters->points.size() == 30);

  std::vector<std::string> said = sentences(kSpeech, &data);
  REQUIRE(said.size() == 2);  // no precision: weights memory is not placed
  // 5.5% with 20 M parameters: no table point has as few parameters and a WER as low; the
  // cheapest one at least as good is NeMo's Conformer-Transducer Medium (32 M, 4.7%). A
  // lower WER is below the trend, which is the 0.25 quantile.
  CHECK(said[0] ==
        "`small` is on the `ls` frontier of parameters: resource-efficiency progress, 1.6× fewer "
        "parameters than `NeMo Conformer-Transducer Medium`, the cheapest point that scores at "
        "least as well (5.5 vs 4.7); 0.598 below the 0.25-quantile trend");
  // 6.5% with 300 M: Zipformer-S (23.3 M, 5.91%) is the most saving of those that do better;
  // the best at no more than 300 M is NeMo's Conformer-Transducer Large (3.7%).
  CHECK(said[1] ==
        "`big` is dominated on the `ls` frontier of parameters by `Zipformer-S` and 15 others: "
        "`Zipformer-S` needs 13× fewer parameters to score at least as well, and the best at no "
        "more parameters scores 2.8 better; 2.37 above the 0.25-quantile trend");
}

TEST_CASE("score stage: scores on another scale than the reference points are not placed on it") {
  // MMLU's table holds fractions (0.689); 45.3 and 54.8 are percentages.
  CheckRun run = check_text("test.cost", R"(costlint 1
benchmark mmlu { name = "MMLU"; metric = accuracy; better = higher }
model a { parameters = 7 B; score mmlu = 45.3 }
model b { parameters = 13 B; score mmlu = 54.8 }
)", CheckOptions{});
  REQUIRE(run.manifests.size() == 1);
  const DisclosurePlacements& placed = *run.manifests[0].placements;
  REQUIRE(placed.scale_mismatches.size() == 1);
  CHECK(placed.scale_mismatches[0].factor == 0.01);
  for (const FrontierPlot& plot : placed.plots) CHECK_FALSE(plot.reference);
  // In fractions, the same systems are placed against the table.
  CheckRun fractions = check_text("test.cost", R"(costlint 1
benchmark mmlu { name = "MMLU"; metric = accuracy; better = higher }
model a { parameters = 7 B; score mmlu = 0.453 }
)", CheckOptions{});
  CHECK(fractions.manifests[0].placements->scale_mismatches.empty());
  CHECK(fractions.manifests[0].placements->plots[0].reference);
}

TEST_CASE("score stage: thousands of systems against each other place in O(n log² n), not O(n²)") {
  // 3,000 systems with scores took 31 s when each was placed by a pass over all the
  // others (copied). 20,000 now take a fraction of a second; a quadratic pass would
  // take minutes, far beyond this generous budget even under the sanitizers.
  std::string text = "costlint 1\nbenchmark b { name = \"toy\"; metric = accuracy; better = higher }\n";
  constexpr size_t kSystems = 20000;
  uint64_t state = 1;
  auto next = [&] { return (state = state * 6364136223846793005ULL + 1442695040888963407ULL) >> 33; };
  for (size_t i = 0; i < kSystems; ++i)
    text += fmt::format("model m{} {{ parameters = {} M; score b = 0.{:04} }}\n", i,
                        1 + next() % 100000, next() % 10000);
  auto start = std::chrono::steady_clock::now();
  CheckRun run = check_text("many.cost", text, CheckOptions{});
  double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  REQUIRE(run.manifests[0].placements);
  const DisclosurePlacements& placed = *run.manifests[0].placements;
  REQUIRE(placed.systems.size() == kSystems);
  REQUIRE(placed.plots.size() == 1);  // parameters; no precision, so weights memory places none
  size_t frontier = 0;
  for (const SystemPlacement& p : placed.systems) {
    frontier += p.placement.standing == Standing::Frontier;
    CHECK(p.placement.dominated_by.size() <= 10);  // named; the rest counted
  }
  CHECK(frontier == placed.plots[0].frontier.size());  // the same frontier, found twice
  CHECK(seconds < 20);
}

TEST_CASE("score stage: all axes at once has a bound, and says when it is reached") {
  // Joint placement compares every pair: 6,000 systems with two axes each are 36 M pairs,
  // past the bound, so the group is reported unplaced instead of taking minutes.
  std::string text = "costlint 1\nbenchmark b { name = \"toy\"; metric = accuracy; better = higher }\n";
  constexpr size_t kSystems = 6000;
  for (size_t i = 0; i < kSystems; ++i)
    text += fmt::format("model m{} {{ parameters = {} M; score b = 0.{:04}; train {{ energy = {} kWh }} }}\n",
                        i, 1 + (i * 7919) % 1000, (i * 104729) % 10000, 1 + (i * 31) % 500);
  CheckRun run = check_text("many.cost", text, CheckOptions{});
  REQUIRE(run.manifests[0].placements);
  const std::vector<JointPlot>& joint = run.manifests[0].placements->joint;
  REQUIRE(joint.size() == 1);
  CHECK(joint[0].unplaced == kSystems);
  CHECK(joint[0].systems.empty());
  // Below the bound, placed as before.
  std::string few = "costlint 1\nbenchmark b { name = \"toy\"; metric = accuracy; better = higher }\n"
                    "model a { parameters = 1 M; score b = 0.8; train { energy = 1 kWh } }\n"
                    "model c { parameters = 2 M; score b = 0.7; train { energy = 2 kWh } }\n";
  CheckRun small = check_text("few.cost", few, CheckOptions{});
  REQUIRE(small.manifests[0].placements->joint.size() == 1);
  CHECK(small.manifests[0].placements->joint[0].unplaced == 0);
  CHECK(small.manifests[0].placements->joint[0].systems.size() == 2);
}
