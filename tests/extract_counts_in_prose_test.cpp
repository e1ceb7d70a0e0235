// The extractor on the shapes a count takes in prose: a model's size in brackets
// after its name or words before it, data at a sentence's start, held by a set,
// beside its share of a whole; a duration times another of its unit (a length).

#include <doctest/doctest.h>

#include <algorithm>

#include "extract/extractor.h"
#include "extract_support.h"

using namespace costlint;
using namespace costlint::extract;

using testing::found;
using testing::one;

TEST_CASE("extract: sizes in brackets after a model's name, alone or listed") {
  auto listed = found("Official release for the **CodeGen** models (`350M`, `2B`, `6B`, `16B`) for synthesis.",
                      "README.md");
  REQUIRE(listed.size() == 4);
  CHECK(listed[0].figure == FigureKind::Parameters);
  CHECK(listed[0].value == 350e6);
  CHECK(listed[3].value == 16e9);
  CHECK(one("We train GPT-2 (124M) on it.").value == 124e6);
  // Not a list with a member of another kind, nor trillions (`OLMo 1B (3T)` is its tokens).
  CHECK(found("The models (350M, 2B, 30 layers) are released.").empty());
  CHECK(found("We release OLMo 1B (3T) today.").empty());
}

TEST_CASE("extract: a word that opens a sentence is no model's name before a count") {
  CHECK(one("Across 5,555 proteins from 12 organisms, the onset is the same.").value == 5555);
  // A name before a size still is one (`Pythia 160M scores`).
  CHECK(found("Pythia 160M scores 30% on it.").empty());
}

TEST_CASE("extract: a dataset that holds a count gives its size, however small") {
  CHECK(one("In total the dataset consists of 242 scans.").value == 242);
  CHECK(one("We build a dataset of 177 proteins backed by experimental structures.").value == 177);
  CHECK(one("OAIZIB-CM contains 507 volumes.").value == 507);
  CHECK(one("Each dataset consists of 200 successful trajectories.", "README.md").value == 200);
  CHECK(one("The empty samples were removed, leaving 522 samples.").value == 522);
  CHECK(one("50 trajectories by each operator, for a total of 300 successful trajectories.").value == 300);
  // Words may qualify the noun; a list's next member is no count the set holds.
  auto frame = found("The internal frame contained 392 TCGA-PRAD patients, 80 BCR events.");
  REQUIRE(frame.size() == 1);
  CHECK(frame[0].value == 392);
  // What each item holds, and a set a model is judged on, are not a dataset's size.
  CHECK(found("HumanEval-X is a new multilingual benchmark that contains 820 coding problems.").empty());
  CHECK(found("Each scan contains 120 slices.").empty());
  CHECK(found("Results are evaluated on the Evaluation Dataset, which contains 230 query pairs.").empty());
  // Without a dataset that holds it, a small count is no cost.
  CHECK(found("We show 177 proteins in the appendix.").empty());
  CHECK(found("Each figure has 242 points.").empty());
}

TEST_CASE("extract: a count's share of a whole in brackets stands between it and its noun") {
  auto split = one("We used 46893 (75\\%) samples for training and 15632 (25\\%) for testing.");
  CHECK(split.figure == FigureKind::Samples);
  CHECK(split.value == 46893);
  // A share alone in brackets restates no count (`(75%)` is no unit of its own).
  CHECK(found("We used 46893 (75\\%) for training.").empty());
}

TEST_CASE("extract: a size up to three words before its model, within its clause") {
  CHECK(one("Our 1.45B latent diffusion LAION model was integrated into Spaces.", "README.md").value == 1.45e9);
  // The models of another count (`22M games in 865 models`) are none of its size.
  auto games = found("Overall, we played 22M games in 865 models over about two weeks.", "README.md");
  CHECK(std::none_of(games.begin(), games.end(), [](const CostStatement& s) { return s.figure == FigureKind::Parameters; }));
}

TEST_CASE("extract: a duration times another of its unit is a box's sides") {
  CHECK(found("The $2h\\times4h\\times2h$ domain contains one cube.").empty());
  CHECK(one("Each run takes 3h on our cluster.").value == 3 * 3600);
  auto product = found("Each run takes 3h x 8 GPUs.");
  REQUIRE(!product.empty());
  CHECK(product[0].value == 3 * 3600);
}

TEST_CASE("extract: a count in groups not read is not read again from its second group") {
  CHECK(found("The confidence model is trained on 4,096 PLINDER complexes with pose sets.").empty());
  CHECK(one("The demucs dataset is a dataset of 150 songs.").value == 150);
}

TEST_CASE("extract: a statistic's resampling counts no data") {
  CHECK(found("Confidence intervals use 4000 bootstrap replicates of the corpus.").empty());
  CHECK(found("The posterior is summarised by 4000 draws from the training data.").empty());
}

TEST_CASE("extract: a resolution before a noun of data counts nothing, a column of data points counts") {
  CHECK(found("We show high-fidelity generation of **1024px** Celeba-HQ images.", "README.md").empty());
  auto table = found("| Data set | Data points | Dimensions |\n|---|---|---|\n| Census | 2,458,285 | 68 |\n", "README.md");
  REQUIRE(table.size() == 1);
  CHECK(table[0].figure == FigureKind::Samples);
  CHECK(table[0].value == 2458285);
}

TEST_CASE("extract: the share of counted items a sentence gives to training, and items from a held-out split") {
  auto pool = found("The joined pool contained 2737 samples, of which 2326 were used for training and 411 for validation.");
  REQUIRE(pool.size() == 2);
  CHECK(pool[1].value == 2326);
  CHECK(pool[1].unit == "samples");
  CHECK(found("We ran 12 trials, of which 9 were used for training.").empty());
  auto directories = found("The generators used 30,416 images from the training directory and 1,614 images from the "
                           "validation directory.");
  REQUIRE(directories.size() == 1);
  CHECK(directories[0].value == 30416);
}

TEST_CASE("extract: a count of parameters a comparison repeats its verb for shares their unit") {
  auto both = found("In the mRNA-only setting, the original model had 52,613 trainable parameters, whereas the small one "
                    "had 14,789.");
  REQUIRE(both.size() == 2);
  CHECK(both[1].figure == FigureKind::Parameters);
  CHECK(both[1].value == 14789);
  // Not a count written otherwise, nor one another noun follows.
  CHECK(found("The model had 52,613 parameters, whereas the run had 12 epochs.").size() == 1);
}
