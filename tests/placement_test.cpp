// Placement against reference points: dominance, its factors, and the two kinds
// of progress of Figure 7 of Varoquaux, Luccioni & Whittaker (FAccT 2025).

#include <tuple>
#include <doctest/doctest.h>

#include "estimate/placement.h"

using namespace costlint;

namespace {

constexpr ResourceAxis kAxis = ResourceAxis::TrainingCompute;

/// A, B, C: a frontier of three points, and D, dominated by B.
std::vector<ParetoPoint> reference() {
  std::vector<ParetoPoint> points;
  for (auto [label, resource, score] : {std::tuple{"A", 1.0, 0.5}, {"B", 10.0, 0.7},
                                        {"C", 100.0, 0.8}, {"D", 20.0, 0.6}}) {
    ParetoPoint& p = points.emplace_back();
    p.label = label;
    p.score = score;
    p[kAxis] = Coordinate::exact(resource);
  }
  return points;
}

Placement at(double resource, double score, Better better = Better::Higher) {
  return place(Coordinate::exact(resource), score, std::nullopt, reference(), kAxis, better);
}

}  // namespace

TEST_CASE("placement: dominated, by whom, by how much") {
  Placement p = at(50, 0.6);
  CHECK(p.standing == Standing::Dominated);
  CHECK(p.progress == Progress::None);
  CHECK(p.dominated_by == std::vector<std::string>{"B", "D"});  // the most saving first
  CHECK(p.resource_factor == doctest::Approx(5));
  CHECK(p.score_gap == doctest::Approx(0.1));  // B's 0.7 at no more than 50
  CHECK(p.robust);
}

TEST_CASE("placement: resource-efficiency progress, less resource at an equal score") {
  Placement p = at(5, 0.7);
  CHECK(p.standing == Standing::Frontier);
  CHECK(p.progress == Progress::Efficiency);
  CHECK(p.compared_with == "B");
  CHECK(p.progress_factor == doctest::Approx(2));
  // Better than every point, with less resource than the best: efficiency too.
  Placement q = at(50, 0.9);
  CHECK(q.progress == Progress::Efficiency);
  CHECK(q.compared_with == "C");
  CHECK(q.progress_factor == doctest::Approx(2));
}

TEST_CASE("placement: resource-intensive progress, a better score for more resource") {
  Placement p = at(1000, 0.9);
  CHECK(p.standing == Standing::Frontier);
  CHECK(p.progress == Progress::Intensive);
  CHECK(p.compared_with == "C");
  CHECK(p.progress_factor == doctest::Approx(10));
}

TEST_CASE("placement: a twin of a frontier point is on it, without progress") {
  Placement p = at(10, 0.7);
  CHECK(p.standing == Standing::Frontier);
  CHECK(p.progress == Progress::None);
  CHECK(at(10, 0.7, Better::Lower).standing == Standing::Dominated);  // A: 1, 0.5 errors
}

TEST_CASE("placement: lower is better reverses the scores") {
  Placement p = at(0.5, 0.4, Better::Lower);  // less error than A with less resource
  CHECK(p.progress == Progress::Efficiency);
  CHECK(p.compared_with == "A");
  Placement q = at(50, 0.65, Better::Lower);
  CHECK(q.standing == Standing::Dominated);
  CHECK(q.dominated_by == std::vector<std::string>{"A", "D"});  // B's error is worse
  CHECK(q.resource_factor == doctest::Approx(50));
  CHECK(q.score_gap == doctest::Approx(0.15));  // A's 0.5 against 0.65
}

TEST_CASE("placement: an estimate is robust only if both ends of its interval agree") {
  Coordinate loose{5, true, Interval{2, 20}};  // at 20, B dominates it
  CHECK_FALSE(place(loose, 0.7, std::nullopt, reference(), kAxis, Better::Higher).robust);
  Coordinate tight{5, true, Interval{4, 6}};
  CHECK(place(tight, 0.7, std::nullopt, reference(), kAxis, Better::Higher).robust);
  // An estimated reference point counts too: B may need as much as 30.
  std::vector<ParetoPoint> points = reference();
  points[1][kAxis] = Coordinate{10, true, Interval{3, 30}};
  CHECK_FALSE(place(Coordinate::exact(5), 0.7, std::nullopt, points, kAxis, Better::Higher).robust);
}

TEST_CASE("placement: a score's ± is part of robustness") {
  // At 5, only A (1, 0.5) can dominate it: a score that may be 0.45 may be dominated.
  Coordinate five = Coordinate::exact(5);
  Placement wide = place(five, 0.7, Interval{0.45, 0.75}, reference(), kAxis, Better::Higher);
  CHECK(wide.progress == Progress::Efficiency);
  CHECK_FALSE(wide.robust);
  CHECK(place(five, 0.7, Interval{0.65, 0.75}, reference(), kAxis, Better::Higher).robust);
  // Lower is better: the worst end is the high one. At 0.55, A's 0.5 at 1 dominates it.
  Coordinate two = Coordinate::exact(2);
  Placement lower = place(two, 0.45, Interval{0.40, 0.55}, reference(), kAxis, Better::Lower);
  CHECK(lower.progress == Progress::Intensive);
  CHECK_FALSE(lower.robust);
  CHECK(place(two, 0.45, Interval{0.44, 0.46}, reference(), kAxis, Better::Lower).robust);
}

TEST_CASE("placement: alone without reference points on the axis") {
  CHECK(place(Coordinate::exact(5), 0.7, std::nullopt, {}, kAxis, Better::Higher).standing == Standing::Alone);
  CHECK(place(Coordinate::exact(5), 0.7, std::nullopt, reference(), ResourceAxis::Parameters, Better::Higher)
            .standing == Standing::Alone);
}
