// The Hugging Face Trainer reader on a trainer_state.json laid out as
// TrainerState.save_to_json writes it (tests/golden/rules/logs/hf-trainer/), and
// on hostile ones: invalid JSON, Python's NaN, numbers out of range, negatives.

#include <doctest/doctest.h>

#include <fmt/format.h>

#include "ingest/readers.h"
#include "ingest_support.h"
#include "test_support.h"

using namespace costlint;

namespace {

uint32_t line_of(const Fact& fact) {
  return fact.source.file->locate(fact.source.range.begin).line;
}

/// A state of one training entry and the top-level keys, in the Trainer's layout.
std::string state_with(std::string_view train_entry, std::string_view top = "\"epoch\": 3.0") {
  return fmt::format(
      "{{\n  {},\n  \"global_step\": 30,\n  \"log_history\": [\n    {{\n      \"loss\": 0.7,\n"
      "      \"step\": 10\n    }},\n    {{\n      {}\n    }}\n  ],\n  \"max_steps\": 30,\n"
      "  \"total_flos\": 1000000.0\n}}\n",
      top, train_entry);
}

}  // namespace

TEST_CASE("hf-trainer: the figures and scores of a trainer_state.json, each at its line") {
  std::string path =
      testing::source_dir() + "/tests/golden/rules/logs/hf-trainer/trainer_state.json";
  Read read = read_file(hf_trainer_reader(), path);
  CHECK(read.problems.empty());
  CHECK(value(read.logged, Quantity::Compute) == 723012345678912.0);
  CHECK(line_of(figure(read.logged, Quantity::Compute)->fact) == 83);  // the top level's
  CHECK(figure(read.logged, Quantity::Compute)->what.find("not a measurement") !=
        std::string::npos);
  CHECK(value(read.logged, Quantity::Duration) == 412.5);
  CHECK(line_of(figure(read.logged, Quantity::Duration)->fact) == 51);
  CHECK(value(read.logged, Quantity::Throughput) == 26.68);
  CHECK(figure(read.logged, Quantity::Throughput)->fact.dimension == dim::item / dim::time);
  CHECK(value(read.logged, Quantity::Epochs) == 3);
  CHECK_FALSE(figure(read.logged, Quantity::Samples));

  const LoggedScore* accuracy = score(read.logged, "eval_accuracy");
  REQUIRE(accuracy);
  CHECK(accuracy->last.value == doctest::Approx(0.8627450980392157));
  CHECK(line_of(accuracy->last) == 57);
  CHECK(accuracy->highest.value == doctest::Approx(0.8725490196078431));
  CHECK(line_of(accuracy->highest) == 38);
  CHECK(accuracy->lowest.value == doctest::Approx(0.8455882352941176));
  CHECK(line_of(accuracy->lowest) == 21);
  CHECK(score(read.logged, "loss"));
  CHECK(score(read.logged, "train_loss"));
  for (const char* bookkeeping : {"epoch", "step", "learning_rate", "grad_norm", "total_flos",
                                  "eval_runtime", "train_samples_per_second"})
    CHECK_MESSAGE(!score(read.logged, bookkeeping), bookkeeping);
}

TEST_CASE("hf-trainer: Python's NaN is said once, where first written, the rest is read") {
  Read read =
      read_text(hf_trainer_reader(), state_with("\"loss\": NaN,\n      \"train_runtime\": 12.5,\n"
                                                "      \"train_loss\": -Infinity"));
  CHECK(read.problems ==
        std::vector<std::string>{
            "10: note: a value here is NaN or infinite, which Python writes and JSON does not "
            "allow: the run may have diverged; it is not read, nor 1 more"});
  CHECK(value(read.logged, Quantity::Duration) == 12.5);
  CHECK(score(read.logged, "loss")->last.value == 0.7);  // the NaN is not a value
  CHECK_FALSE(score(read.logged, "train_loss"));
  // NaN inside a string is text, not a number.
  CHECK(read_text(hf_trainer_reader(), state_with("\"note\": \"NaN\"")).problems.empty());
}

TEST_CASE("hf-trainer: what is not a Trainer state says so once, where the parse stopped") {
  Read truncated = read_text(hf_trainer_reader(), "{\n  \"epoch\": 3.0,\n  \"log_history\": [\n");
  REQUIRE(truncated.problems.size() == 1);
  CHECK(truncated.problems[0].starts_with("3: error: `"));
  CHECK(truncated.problems[0].find("` is not a Trainer state: syntax error") != std::string::npos);
  CHECK(truncated.logged.figures.empty());

  Read array = read_text(hf_trainer_reader(), "[1, 2]\n");
  REQUIRE(array.problems.size() == 1);
  CHECK(
      array.problems[0].ends_with("is not a Trainer state: it holds a JSON array, not an object"));

  // A number no double holds is refused by the parser; a merely huge one is read.
  Read overflow = read_text(hf_trainer_reader(), state_with("\"x\": 1", "\"total_flos\": 1e999"));
  REQUIRE(overflow.problems.size() == 1);
  CHECK(overflow.problems[0].find("number overflow parsing '1e999'") != std::string::npos);
  Read huge = read_text(hf_trainer_reader(), "{\"total_flos\": 1e300}");
  CHECK(value(huge.logged, Quantity::Compute) == 1e300);

  CHECK(read_text(hf_trainer_reader(), std::string(100000, '[')).problems.size() == 1);
  // Deep but valid: refused before the parser would hold a value per level.
  Read deep = read_text(hf_trainer_reader(), "{\"a\":\n" + std::string(100000, '[') +
                                                 std::string(100000, ']') + "}");
  CHECK(deep.problems.size() == 1);
  CHECK(deep.problems[0].starts_with("2: error: "));
  CHECK(deep.problems[0].ends_with("is not a Trainer state: it nests deeper than 64 levels"));
  CHECK(read_text(hf_trainer_reader(), "").problems.size() == 1);
}

TEST_CASE("hf-trainer: negative figures are reported at their key and not read") {
  Read read =
      read_text(hf_trainer_reader(),
                state_with("\"train_runtime\": -4.0,\n      \"train_samples_per_second\": 2",
                           "\"epoch\": -1"));
  CHECK(read.problems ==
        std::vector<std::string>{"2: warning: `epoch` is negative: it is not read",
                                 "10: warning: `train_runtime` is negative: it is not read"});
  CHECK_FALSE(figure(read.logged, Quantity::Duration));
  CHECK_FALSE(figure(read.logged, Quantity::Epochs));
  CHECK(value(read.logged, Quantity::Throughput) == 2);
}

TEST_CASE("hf-trainer: epochs drift to whole, stop within one, or stop early") {
  Read drift = read_text(hf_trainer_reader(), state_with("\"step\": 30", "\"epoch\": 2.9985"));
  CHECK(value(drift.logged, Quantity::Epochs) == 3);
  CHECK(figure(drift.logged, Quantity::Epochs)->what == "`epoch`");
  Read half = read_text(hf_trainer_reader(),
                        "{\n  \"epoch\": 1.5,\n  \"global_step\": 15,\n  \"max_steps\": 30\n}\n");
  CHECK(value(half.logged, Quantity::Epochs) == 1.5);
  CHECK(figure(half.logged, Quantity::Epochs)->what == "`epoch`, stopped within an epoch");
  CHECK(half.problems ==
        std::vector<std::string>{"3: note: training stopped at step 15 of the 30 planned: the "
                                 "figures are those of the steps run"});
}

TEST_CASE("hf-trainer: auto recognizes a Trainer state by its first bytes") {
  std::string head = testing::read_file(testing::source_dir() +
                                        "/tests/golden/rules/logs/hf-trainer/trainer_state.json")
                         .substr(0, EvidenceReader::kHeadBytes);
  CHECK(hf_trainer_reader().recognizes(head));
  CHECK_FALSE(wandb_reader().recognizes(head));
  CHECK_FALSE(hf_trainer_reader().recognizes("{\"_runtime\": 5, \"_wandb\": {}}"));
  CHECK_FALSE(hf_trainer_reader().recognizes("step,epoch,log_history,global_step"));
}
