// The lm-eval reader on the harness's real test data (../shared, skipped when
// absent) and on results files laid out as EvaluationTracker writes them.

#include <doctest/doctest.h>

#include "ingest/readers.h"
#include "ingest_support.h"
#include "test_support.h"

using namespace costlint;

namespace {

uint32_t line_of(const Fact& fact) { return fact.source.file->locate(fact.source.range.begin).line; }

}  // namespace

TEST_CASE("lm-eval: each task's metrics are scores, at their line, without their stderr") {
  Read read = read_file(lm_eval_reader(), testing::source_dir() + "/fuzz/seeds/lm-eval/results.json");
  CHECK(read.problems.empty());
  REQUIRE(read.logged.scores.size() == 3);
  const LoggedScore* acc = score(read.logged, "acc,none", "hellaswag");
  REQUIRE(acc);
  CHECK(acc->last.value == 0.5712);
  CHECK(line_of(acc->last) == 5);
  const LoggedScore* mmlu = score(read.logged, "acc,none", "mmlu");
  REQUIRE(mmlu);
  CHECK(mmlu->last.value == 0.4587);
  CHECK(line_of(mmlu->last) == 12);  // mmlu's, not hellaswag's `acc,none`
  CHECK_FALSE(score(read.logged, "acc_stderr,none", "hellaswag"));
  CHECK(value(read.logged, Quantity::Duration) == doctest::Approx(1843.27));
  CHECK(lm_eval_reader().recognizes("{\n  \"results\": {\n  \"versions\": {"));
  CHECK_FALSE(lm_eval_reader().recognizes("{\n  \"_runtime\": 12\n}"));
}

TEST_CASE("lm-eval: the harness's own expected results" * testing::needs_shared()) {
  auto shared = testing::shared_dir();
  REQUIRE(shared);
  Read read = read_file(lm_eval_reader(), *shared +
                        "/samples/ml-logs/lm-eval-harness/cpu_regression_expected.json");
  CHECK(read.problems.empty());
  const LoggedScore* perplexity = score(read.logged, "perplexity,none", "lambada_openai");
  REQUIRE(perplexity);
  CHECK(perplexity->last.value == doctest::Approx(605.5452047779999));
  REQUIRE(score(read.logged, "word_perplexity,none", "wikitext"));
  CHECK(score(read.logged, "acc,none", "arc_easy")->last.value == 0.3);
  CHECK_FALSE(figure(read.logged, Quantity::Duration));  // the test data has no timing
  CHECK(lm_eval_reader().recognizes(testing::read_file(
      *shared + "/samples/ml-logs/lm-eval-harness/cpu_regression_expected.json")));
}

TEST_CASE("lm-eval: not a results file, or a bad time, is said") {
  Read array = read_text(lm_eval_reader(), "[1, 2]\n");
  REQUIRE(array.problems.size() == 1);
  CHECK(array.problems[0].find("is not an lm-eval results file") != std::string::npos);
  Read no_results = read_text(lm_eval_reader(), "{\"versions\": {}}\n");
  REQUIRE(no_results.problems.size() == 1);
  CHECK(no_results.problems[0].find("no `results` object") != std::string::npos);
  Read bad_time = read_text(lm_eval_reader(),
                            "{\"results\": {}, \"total_evaluation_time_seconds\": \"soon\"}\n");
  REQUIRE(bad_time.problems.size() == 1);
  CHECK(bad_time.problems[0].find("is not a duration in seconds") != std::string::npos);
}
