// Hostile manifests that once held a process for minutes: each is checked
// well within a generous budget (a hundred times what it takes now, a tenth of
// what it took), so that a path that turns quadratic again fails here.

#include <doctest/doctest.h>

#include <algorithm>
#include <chrono>
#include <string>

#include <fmt/format.h>

#include "lint/driver.h"

using namespace costlint;

namespace {

/// Seconds to check `text`, which must be read.
double seconds_to_check(const std::string& text) {
  auto start = std::chrono::steady_clock::now();
  CheckRun run = check_text("hostile.cost", text);
  std::chrono::duration<double> took = std::chrono::steady_clock::now() - start;
  CHECK(run.manifests.size() == 1);
  return took.count();
}

std::string systems(size_t count, std::string_view suffix) {
  std::string text = "costlint 1\n";
  for (size_t i = 0; i < count; ++i) text += "model m" + std::to_string(i) + " { }" + std::string(suffix) + "\n";
  return text;
}

const std::string kMegabytes(3'000'000, 'x');

}  // namespace

TEST_CASE("hostile: 16,000 systems, each with a suppression, are checked in linear time") {
  // It took 65-72 s: each suppression was matched against every finding.
  CHECK(seconds_to_check(systems(16'000, " # costlint: ignore C100 -- generated")) < 10);
}

TEST_CASE("hostile: a B403 check over many models compares them with the simple baselines only") {
  // It grew as the square of the systems: every model against every system
  // (5.8 s for 16,000; about 36 s for these 40,000).
  CHECK(seconds_to_check(systems(40'000, "")) < 10);
}

TEST_CASE("hostile: names megabytes long get no suggestion, and no edit distance") {
  // Each was killed after 120 s: the "did you mean" search compared megabytes.
  CHECK(seconds_to_check("costlint 1\nhardware g = 8 x \"" + kMegabytes +
                         "\"\nmodel m { train { hardware = g } }\n") < 5);
  CHECK(seconds_to_check("costlint 1\nsite s { region = \"" + kMegabytes +
                         "\" }\nmodel m { train { site = s } }\n") < 5);
  CHECK(seconds_to_check("costlint 1\nmodel m { train { " + kMegabytes + " = 1 h } }\n") < 5);
  CHECK(seconds_to_check("costlint 1\nmodel m { train { energy = 1 " + kMegabytes + " } }\n") < 5);
}

TEST_CASE("scale: B401 names five models and counts the others, with five notes at most") {
  std::string text = "costlint 1\n";
  for (int i = 0; i < 300; ++i) text += fmt::format("model m{} {{ }}\nbaseline b{} {{ }}\n", i, i);
  CheckRun run = check_text("many.cost", text);
  auto b401 = std::find_if(run.diagnostics.begin(), run.diagnostics.end(),
                           [](const Diagnostic& d) { return d.code == RuleCode::B401; });
  REQUIRE(b401 != run.diagnostics.end());
  CHECK(b401->message == "no simple baseline: compare `m0`, `m1`, `m2`, `m3`, `m4` and 295 others with a "
                         "`baseline` of `kind = simple` and its cost");
  REQUIRE(b401->notes.size() == 6);
  CHECK(b401->notes.back().message == "and 295 more baselines, none of kind `simple`");
}
