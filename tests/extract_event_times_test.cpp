// The extractor on durations that are no run's: the times a clinical or
// operational dataset records between events, the deadlines after an event,
// and the index of a LaTeX symbol it cannot write.

#include <doctest/doctest.h>

#include <algorithm>
#include <vector>

#include "extract_support.h"

using namespace costlint;
using namespace costlint::extract;

using testing::found;
using testing::one;

namespace {

bool has_duration(const std::vector<CostStatement>& statements) {
  return std::any_of(statements.begin(), statements.end(),
                     [](const CostStatement& s) { return s.figure == FigureKind::Duration; });
}

}  // namespace

TEST_CASE("extract: a deadline after an event is no run's duration") {
  CHECK(!has_duration(found("Of these, 88,928 patients arrived within 4 hours of known stroke onset.")));
  CHECK(found("Patients had their scan within 255 minutes of stroke onset.").empty());
  // Within a time of training, the run's.
  CHECK(has_duration(found("The model converges within 2 hours of training on one GPU.")));
}

TEST_CASE("extract: the time between two recorded events is no run's duration") {
  CHECK(found("Ideal: onset-to-arrival = 90 minutes and arrival-to-scan = 15 minutes.").empty());
  CHECK(found("All patients have 15 minutes arrival-to-scan time.").empty());
  CHECK(found("Arrival-to-scan time $<$30 minutes.").empty());
  // A model's compound and a run's time-to-train stay.
  CHECK(one("The end-to-end model trains in 2.6 days.").value == doctest::Approx(2.6 * 86400));
  CHECK(has_duration(found("Its time-to-train = 3 hours on 8 GPUs.")));
}

TEST_CASE("extract: the index of a symbol that has no text is dropped with it") {
  CHECK(found("The loss is $\\sigma(\\lambda_3 h)$ for each pair.").empty());
  CHECK(found("We weight it by $\\tau_{3} h$.").empty());
  // A subscript after a letter joins its word.
  CHECK(one("It emits 12 kg CO_2 in all.").figure == FigureKind::Emissions);
}

TEST_CASE("extract: a duration's parts across a line's break, GPU-hours after their maker") {
  CHECK(one("Training the model took 8 minutes 37\nseconds.").value == 517);
  CHECK(found("Training took 8 minutes.\n\n37 seconds of audio were kept.").size() == 1);
  CHECK(one("We estimate our experiments to spend 350 NVIDIA GPU-hours in all.").value == 350 * 3600.0);
}
