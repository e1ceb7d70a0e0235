// The joint placement: a system's score and all its resource axes at once,
// against reference points or the manifest's other systems.

#include <doctest/doctest.h>

#include <algorithm>

#include "lint/driver.h"
#include "test_support.h"

using namespace costlint;

namespace {

std::vector<JointPlot> joint_of(std::string_view text, const ReferenceData* reference = nullptr) {
  CheckOptions options;
  options.reference = reference;
  CheckRun run = check_text("test.cost", text, options);
  REQUIRE(run.manifests.size() == 1);
  REQUIRE(run.manifests[0].placements);
  return run.manifests[0].placements->joint;
}

constexpr std::string_view kThree = R"(costlint 1
benchmark toy { name = "toy"; metric = accuracy; better = higher }
model big { parameters = 20 B; score toy = 0.95; train { compute = 1e20 FLOP } }
model mid { parameters = 2 B; score toy = 0.9; train { compute = 1e21 FLOP } }
baseline small { kind = simple; parameters = 1 B; score toy = 0.7; train { compute = 2e21 FLOP } }
)";

}  // namespace

TEST_CASE("joint placement: dominated on each axis alone, on the frontier of both at once") {
  std::vector<JointPlot> joint = joint_of(kThree);
  REQUIRE(joint.size() == 1);
  const JointPlot& plot = joint[0];
  // Weights memory, derived from the parameters, would only repeat them.
  CHECK(plot.axes ==
        std::vector<ResourceAxis>{ResourceAxis::Parameters, ResourceAxis::TrainingCompute});
  CHECK_FALSE(plot.reference);
  CHECK(plot.points == 3);
  CHECK(plot.frontier == std::vector<std::string>{"big", "mid", "small"});
  REQUIRE(plot.systems.size() == 3);
  for (const JointStanding& s : plot.systems) CHECK(s.dominated_by.empty());
}

TEST_CASE("joint placement: a point with less of every resource and a better score dominates") {
  std::vector<JointPlot> joint = joint_of(R"(costlint 1
benchmark toy { name = "toy"; metric = accuracy; better = higher }
model a { parameters = 2 B; score toy = 0.9; train { compute = 1e20 FLOP } }
model b { parameters = 3 B; score toy = 0.8; train { compute = 2e20 FLOP } }
model c { parameters = 1 B; score toy = 0.7 }
)");
  // c has no compute: it is placed on no joint plot.
  REQUIRE(joint.size() == 1);
  REQUIRE(joint[0].systems.size() == 2);
  CHECK(joint[0].systems[0].dominated_by.empty());
  CHECK(joint[0].systems[1].dominated_by == std::vector<std::string>{"a"});
  CHECK(joint[0].frontier == std::vector<std::string>{"a"});
}

TEST_CASE("joint placement: against the reference points that have every axis") {
  ReferenceData data = testing::reference_with(
      "toy-classification", "tests/golden/rules/benchmarks/toy-classification.csv");
  std::vector<JointPlot> joint = joint_of(R"(costlint 1
benchmark toy { name = "toy-classification"; metric = accuracy; better = higher }
model m { parameters = 4 M; score toy = 0.75; train { compute = 6e15 FLOP } }
)", &data);
  REQUIRE(joint.size() == 1);
  CHECK(joint[0].reference);
  CHECK(joint[0].points == 10);
  REQUIRE(joint[0].systems.size() == 1);
  // small-b: 3 M parameters, 5e15 FLOP, 0.76.
  CHECK(joint[0].systems[0].dominated_by == std::vector<std::string>{"small-b"});
  CHECK(std::find(joint[0].frontier.begin(), joint[0].frontier.end(), "m") ==
        joint[0].frontier.end());
}
