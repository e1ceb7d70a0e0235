// What a review of the thirteenth session's rules found (a helper reading the
// diff and trying sentences on the built tool), each kept fixed: rules that
// reached past what they were written for.

#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "extract_support.h"

using namespace costlint;
using namespace costlint::extract;

using testing::found;
using testing::one;

namespace {

bool has(const std::vector<CostStatement>& statements, FigureKind figure) {
  return std::any_of(statements.begin(), statements.end(),
                     [figure](const CostStatement& s) { return s.figure == figure; });
}

}  // namespace

TEST_CASE("review: where items come from gives way to where they go") {
  CHECK(found("We hold out 5,000 images from the training set for validation.").empty());
  CHECK(found("We randomly sample 10,000 images from the training set as the validation set.").empty());
  CHECK(found("We compare 50,000 generated images to the training set to check memorization.").empty());
  CHECK(one("The VOC train-val set has 16,551 images.").value == 16551);
}

TEST_CASE("review: a denial, a condition or a count of runs must govern the device") {
  CHECK(one("We trained without gradient checkpointing on 8 A100 GPUs.").value == 8);
  CHECK(one("Without pretraining we train on 4 A100 GPUs.").value == 4);
  CHECK(one("We do not use mixed precision and train on 8 A100 GPUs.").value == 8);
  CHECK(one("We could not use larger batches on 8 V100 GPUs for training.").value == 8);
  CHECK(has(found("Training on 8 A100 GPUs runs for 3 days."), FigureKind::Hardware));
  CHECK(has(found("A single A100 GPU runs the full training in 2 hours."), FigureKind::Hardware));
  CHECK(one("We trained the model on the 4 A100 GPUs available in our cluster.").value == 4);
}

TEST_CASE("review: a run's span is no time between recorded events") {
  CHECK(has(found("The model converges within 6 hours of starting the run on 8 GPUs."), FigureKind::Duration));
  CHECK(has(found("Our pipeline has a start-to-finish time of 14 hours on 8 A100 GPUs."), FigureKind::Duration));
  CHECK(has(found("The train-to-convergence time is 12 hours on 8 A100 GPUs."), FigureKind::Duration));
  CHECK(!has(found("The median was 30 minutes (arrival-to-scan time)."), FigureKind::Duration));
}

TEST_CASE("review: a list of sizes after `size`, a caption of two sentences, a value beside its gain") {
  CHECK(found("We vary the training set size 10,000, 20,000 and 50,000 images.").size() == 3);
  auto hours = found("\\begin{table}\n\\begin{tabular}{lcc}\nMethod & Stage 1 & Stage 2 \\\\\nOurs & 1200 & 2000 \\\\\n"
                     "\\end{tabular}\n\\caption{Training time of each stage (GPU hours). Lower is better.}\n\\end{table}\n");
  CHECK(hours.size() == 2);
  auto speeds = found("\\begin{tabular}{lc}\nMethod & Throughput (tokens/s) \\\\\nBaseline & 1200 \\\\\n"
                      "Ours & 3800 \\textcolor{green}{3.2$\\times$} \\\\\nOurs-large & 2900 \\\\\n\\end{tabular}\n");
  CHECK(std::any_of(speeds.begin(), speeds.end(), [](const auto& s) { return s.value == 2900; }));
}

TEST_CASE("review: a caption's duration stays every stage's, an API's price is a cost, tokens under Training Data") {
  auto stages = found("Table 1: Training time of each stage, in hours.\n\n| Method | Pretraining | Finetuning (h) |\n"
                      "|---|---|---|\n| A | 120 | 10 |\n| B | 200 | 12 |\n",
                      "README.md");
  CHECK(stages.size() == 4);
  auto api = found("| Method | Accuracy | API Price ($) |\n|---|---|---|\n| A | 80 | 1520 |\n", "README.md");
  REQUIRE(api.size() == 1);
  CHECK(api[0].figure == FigureKind::Cost);
  auto corpus = found("| Model | Training Data | Params |\n|---|---|---|\n| GPT-3 | 300B | 175B |\n", "README.md");
  REQUIRE(corpus.size() == 2);
  CHECK(corpus[0].figure == FigureKind::Tokens);
  // A superscript after a number is a note's mark, never its digits.
  auto marked = found("| Run | Time (h) |\n|---|---|\n| A | 12<sup>1</sup> |\n| B | 20 |\n", "README.md");
  CHECK(std::none_of(marked.begin(), marked.end(), [](const auto& s) { return s.value == 121 * 3600.0; }));
  CHECK(found("The scaling is $\\Pi$1 of the network.").empty());
}
