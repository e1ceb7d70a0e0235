// The score stage on whole manifests: the axes a system is placed on, placement
// against the manifest's own systems or against reference points, in words, and
// the same words every run.

#include <doctest/doctest.h>

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

/// Every placement of `text`'s systems in words, those alone on their axis left out, with `reference` points if given.
std::vector<std::string> sentences(std::string_view text, const ReferenceData* reference = nullptr) {
  CheckOptions options;
  options.reference = reference;
  CheckRun run = check_text("test.cost", text, options);
  REQUIRE(run.manifests.size() == 1);
  const CheckedManifest& m = run.manifests[0];
  REQUIRE(m.placements);
  std::vector<std::string> out;
  for (const SystemPlacement& p : m.placements->systems)
    if (p.placement.standing != Standing::Alone)
      out.push_back(describe_placement(p, m.placements->plots[p.plot],
                                     m.disclosure->systems[p.system].name,
                                     m.disclosure->benchmarks[p.benchmark].name));
  return out;
}

}  // namespace

TEST_CASE("score stage: without reference points, against the manifest's own systems") {
  std::vector<std::string> expected = {
      "`tabtiny` is on the frontier of parameters of this manifest's systems on `tabular`: "
      "resource-efficiency progress, a better score than `ft` (0.874 vs 0.87) with 4.0× fewer "
      "parameters",
      "`tabtiny` is on the frontier of weights memory of this manifest's systems on `tabular`: "
      "resource-efficiency progress, a better score than `ft` (0.874 vs 0.87) with 4.0× less "
      "weights memory",
      "`ft` is dominated on the frontier of parameters of this manifest's systems on `tabular` "
      "by `tabtiny`: `tabtiny` needs 4.0× fewer parameters to score at least as well, and the "
      "best at no more parameters scores 0.004 better",
      "`ft` is dominated on the frontier of weights memory of this manifest's systems on "
      "`tabular` by `tabtiny`: `tabtiny` needs 4.0× less weights memory to score at least as "
      "well, and the best at no more weights memory scores 0.004 better; robust to its "
      "estimated weights memory (~95.4 MiB, 47.7 MiB to 191 MiB)",
  };
  CHECK(sentences(kManifest) == expected);
}

TEST_CASE("score stage: against reference points, the same words on every run") {
  ReferenceData data = testing::reference_with(
      "toy-classification", "tests/golden/rules/benchmarks/toy-classification.csv");
  std::vector<std::string> first = sentences(kManifest, &data);
  // Parameters against the reference points; weights memory, which they lack,
  // against the manifest's other system.
  REQUIRE(first.size() == 4);
  CHECK(first[0] ==
        "`tabtiny` is on the `tabular` frontier of parameters: resource-efficiency progress, "
        "81× fewer parameters than `large-h`, the cheapest point that scores at least as well "
        "(0.874 vs 0.89); 0.0662 above the 0.75-quantile trend");
  CHECK(first[1].starts_with("`tabtiny` is on the frontier of weights memory of this manifest's"));
  CHECK(first[2].starts_with("`ft` is on the `tabular` frontier of parameters: resource-efficiency "
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
  REQUIRE(said.size() == 4);
  CHECK(said[0] ==
        "`tabtiny` is on the frontier of parameters of this manifest's systems on `tabular`: "
        "resource-efficiency progress, a better score than `ft` (0.874 vs 0.87) with no more "
        "parameters; not robust: the estimates or the ± of the points it is compared with can "
        "change the conclusion");
  CHECK(said[2] ==
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
  REQUIRE(said.size() == 4);
  // 5.5% with 20 M parameters: no table point has as few parameters and a WER as low; the
  // cheapest one at least as good is NeMo's Conformer-Transducer Medium (32 M, 4.7%). A
  // lower WER is below the trend, which is the 0.25 quantile.
  CHECK(said[0] ==
        "`small` is on the `ls` frontier of parameters: resource-efficiency progress, 1.6× fewer "
        "parameters than `NeMo Conformer-Transducer Medium`, the cheapest point that scores at "
        "least as well (5.5 vs 4.7); 0.598 below the 0.25-quantile trend");
  // 6.5% with 300 M: Zipformer-S (23.3 M, 5.91%) is the most saving of those that do better;
  // the best at no more than 300 M is NeMo's Conformer-Transducer Large (3.7%).
  CHECK(said[2] ==
        "`big` is dominated on the `ls` frontier of parameters by `Zipformer-S` and 15 others: "
        "`Zipformer-S` needs 13× fewer parameters to score at least as well, and the best at no "
        "more parameters scores 2.8 better; 2.37 above the 0.25-quantile trend");
  // Weights memory, which the table lacks: against the manifest's other system.
  CHECK(said[1].starts_with("`small` is on the frontier of weights memory of this manifest's"));
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
