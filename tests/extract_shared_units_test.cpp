// The extractor on numbers whose unit another part of the text writes: a
// split's members, a list of parameter counts after the first, a clock's
// hours and minutes under an hours column, a table's dataset columns, a
// model card's questions.

#include <doctest/doctest.h>

#include <algorithm>
#include <string>

#include "extract_support.h"

using namespace costlint;
using namespace costlint::extract;

using testing::found;
using testing::one;

namespace {

std::vector<double> values_of(const std::vector<CostStatement>& statements, FigureKind figure) {
  std::vector<double> values;
  for (const CostStatement& s : statements)
    if (s.figure == figure) values.push_back(s.value);
  return values;
}

}  // namespace

TEST_CASE("extract: a split's training count takes the noun its held-out member writes") {
  CHECK(one("It has 559 images, split into 391 training, 111 validation, and 57 test images.").value == 391);
  CHECK(one("MedQA uses the public files with 10,178 training and 1,273 test examples.").value == 10178);
  // No held-out member with a noun after it: no split.
  CHECK(found("We ran 391 training, then 20 more.").empty());
  CHECK(found("It took 391 training, 111 validation runs.").empty());
}

TEST_CASE("extract: counts in words past twelve, and the tens joined to their units") {
  auto run = found("Training took thirty-six hours on forty GPUs.");
  REQUIRE(run.size() == 2);
  CHECK(run[0].value == 36 * 3600);
  CHECK(run[1].value == 40);
  CHECK(run[1].figure == FigureKind::Hardware);
  CHECK(found("We ran twenty-one trials.").empty());
  CHECK(one("We use thirty two GPUs.").value == 32);
  CHECK(found("Training took seventy-five GPU hours.").empty());  // device-time in words: no count of devices
  CHECK(one("The dataset contains sixty thousand images in total.").value == doctest::Approx(6e4));
}

TEST_CASE("extract: a bracket of the splits' counts alone gives the training count") {
  CHECK(one("We use bone fractures (750 train, 50 val, 200 test) from all over the body.").value == 750);
  CHECK(one("SST-2 [67,349 train | 872 validation | 1,821 test] consists of reviews.").value == 67349);
  // Under a hundred, shares; a bracket that says more than counts, or never closes, another list.
  CHECK(found("We split it (80 train, 10 val, 10 test).").empty());
  CHECK(found("It took (750 train, 50 val runs).").empty());
  CHECK(found("We ran 750 train, 50 val, 200 test, then stopped.").empty());
  // Sizes of an image or a batch, years, and counts of what follows the bracket are no split's.
  for (const char* other : {"Images are resized (224 train, 288 test) as in FixRes.",
                            "We use batch sizes (300 train, 1000 test) throughout.",
                            "We run it for (1000 train, 200 eval) steps.",
                            "Each class has (500 train, 100 test) images per class.", "It covers (2019 train, 2020 test).",
                            "The evaluation uses (512 train | 1024 test)."}) {
    CAPTURE(other);
    CHECK(found(other).empty());
  }
}

TEST_CASE("extract: a small set counted with 'training' in its unit") {
  CHECK(one("We use 159 training examples.").value == 159);
  CHECK(one("Train BC & 159 train examples, loss 0.0332 & done \\\\\n").value == 159);
  CHECK(found("We use 159 examples.").empty());
}

TEST_CASE("extract: a mixture of experts' activated parameters") {
  auto moe = found("It comprises 236B total parameters, of which 21B are activated for each token.");
  CHECK(values_of(moe, FigureKind::Parameters) == std::vector<double>{236e9, 21e9});
  CHECK(one("It has 3B active parameters.").value == 3e9);
  CHECK(found("The app has 1B active users.").empty());
}

TEST_CASE("extract: bare numbers after a count of parameters, written alike in its sentence") {
  auto listed = found(
      "At $L{=}336$ it uses $64{,}997$ parameters at $H{=}96$\n"
      "and $487{,}445$ at $H{=}720$, comparable to DLinear ($64{,}704$ / $485{,}280$).\n");
  CHECK(values_of(listed, FigureKind::Parameters) == std::vector<double>{64997, 487445, 64704, 485280});
  auto arrow = found("It adds only 0.08M parameters (2.58M $\\to$ 2.66M).");
  CHECK(values_of(arrow, FigureKind::Parameters) == std::vector<double>{0.08e6, 2.58e6, 2.66e6});
  // Not a number of something else, nor one written otherwise, nor after the sentence, a label or a list's item.
  CHECK(values_of(found("It has 70M parameters and ran 1.4M steps."), FigureKind::Parameters).size() == 1);
  CHECK(values_of(found("It has 70M parameters and 12,000 of them are frozen."), FigureKind::Parameters).size() == 1);
  CHECK(values_of(found("It has 70M parameters. We add 2.5M more."), FigureKind::Parameters).size() == 1);
  CHECK(values_of(found("- Size: 468,239,360 parameters\n- Number of steps: 1,200,000\n", "README.md"),
                  FigureKind::Parameters)
            .size() == 1);
}

TEST_CASE("extract: hours and minutes under an hours column, minutes and seconds under a minutes one") {
  auto hours = found("| Model | Training (hours) |\n|---|---|\n| A | 7:59 |\n| B | 10:06 |\n", "README.md");
  CHECK(values_of(hours, FigureKind::Duration) == std::vector<double>{7 * 3600 + 59 * 60, 10 * 3600 + 6 * 60});
  CHECK(one("| Model | Time (min) |\n|---|---|\n| A | 12:30 |\n", "README.md").value == 12 * 60 + 30);
  CHECK(found("| Model | Training (hours) |\n|---|---|\n| A | 7:75 |\n", "README.md").empty());  // no clock
}

TEST_CASE("extract: a table of datasets' sentences and words, a threeparttable's notes, trainable variables") {
  auto treebanks = found(
      "\\begin{tabular}{lrrr}\nLanguage & \\# & Sents & Words \\\\\n\\hline\n"
      "Afrikaans & 1 & 1,934 & 49,276 \\\\\nGerman & 4 & 208,440 & 3,753,947 \\\\\n\\end{tabular}\n");
  CHECK(values_of(treebanks, FigureKind::Samples) == std::vector<double>{1934, 208440});
  CHECK(values_of(treebanks, FigureKind::Tokens) == std::vector<double>{49276, 3753947});
  auto noted = found("\\begin{tabular}{lr}\ndataset & \\#clips \\\\\nMagnaTagATune & 25,863\\tnote{3} \\\\\n"
                     "\\end{tabular}\n");
  CHECK(values_of(noted, FigureKind::Samples) == std::vector<double>{25863});
  auto variables = found("\\begin{tabular}{lr}\nT & No. trainable variables \\\\\n1 & 269,322 \\\\\n\\end{tabular}\n");
  CHECK(values_of(variables, FigureKind::Parameters) == std::vector<double>{269322});
}

TEST_CASE("extract: a model card's numbered question that names carbon, over a mass") {
  CostStatement emitted = one(
      "| Question | Answer |\n|---|---|\n| 7. How much CO2eq was emitted to train the final model? | 15.79 kg |\n",
      "README.md");
  CHECK(emitted.figure == FigureKind::Emissions);
  CHECK(emitted.value == doctest::Approx(15790));
  CHECK(emitted.row_label == "7. How much CO2eq was emitted to train the final model?");
  CHECK(found("| Question | Answer |\n|---|---|\n| 3. How heavy is the robot? | 15.79 kg |\n", "README.md").empty());
}

TEST_CASE("extract: a statement's sentence ends at its own period") {
  auto statements = found("Pretraining took about 3 days. We fine-tuned for 12 hours.");
  REQUIRE(!statements.empty());
  CHECK(statements.front().text == "Pretraining took about 3 days.");
}

TEST_CASE("extract: what a review of the sixth session found") {
  // Bare numbers share a count of parameters only where the sentence lists them.
  CHECK(values_of(found("Our ResNet has 11,689,512 parameters, trained with a batch size of 1,024 for 90 epochs."),
                  FigureKind::Parameters) == std::vector<double>{11689512});
  CHECK(values_of(found("GPT-3 Small has 125M parameters and uses a batch size of 0.5M."), FigureKind::Parameters) ==
        std::vector<double>{125e6});
  CHECK(values_of(found("The tiny model has 50K parameters and a context length of 2K."), FigureKind::Parameters) ==
        std::vector<double>{50e3});
  CHECK(values_of(found("The U-Net has 31,042,434 parameters and takes 1,024 × 1,024 inputs."),
                  FigureKind::Parameters) == std::vector<double>{31042434});
  CHECK(values_of(found("It has 14.03M parameters (Generator 9.59M, Detector 4.31M)."), FigureKind::Parameters) ==
        std::vector<double>{14.03e6, 9.59e6, 4.31e6});
  // A set held out by a clause after `and` that counts nothing else.
  CHECK(found("We randomly sample 10,000 images and hold them out for testing.").empty());
  CHECK(found("We sample 5,000 examples and reserve them for validation.").empty());
  // A split's members: tokens as tokens, a rate no size, a small set of other things none.
  CostStatement tokens = one("The corpus has 3.2B training, 10M validation and 10M test tokens.");
  CHECK(tokens.figure == FigureKind::Tokens);
  CHECK(found("Each task uses 100 training and 1,000 test examples per class.").empty());
  CHECK(found("Matterport3D is split into 61 training, 11 validation and 18 test scenes.").empty());
  // A duration's parts end at their own period.
  auto parts = found("Training took 2 hours 30 min. Per epoch, it took 5 minutes.");
  CHECK(values_of(parts, FigureKind::Duration) == std::vector<double>{9000, 300});
  // Activated parameters only as a mixture of experts says them.
  CHECK(found("The platform has 1B users that are active per month.").empty());
  CHECK(values_of(found("It comprises 236B total parameters, of which 21B are activated."),
                  FigureKind::Parameters) == std::vector<double>{236e9, 21e9});
  // The held-out verbs as words, just before the count.
  CHECK(one("Of the three versions, the latest one contains 120,000 images.").value == 120000);
  CHECK(one("Models evaluated on VTAB were pretrained on 14M images.").value == 14e6);
  // A label's count stays the label's where the phrase after it names no device in use.
  CostStatement label = one("- GPUs: 8 × A100 worker nodes\n", "README.md");
  CHECK(label.value == 8);
  // `Words` alone is no corpus's size; a non-trainable variable no parameter.
  CHECK(found("| Lexicon | Words |\n|---|---|\n| NRC | 14,182 |\n", "README.md").empty());
  CHECK(found("| T | Non-trainable variables |\n|---|---|\n| 1 | 269,322 |\n", "README.md").empty());
}

TEST_CASE("extract: units a caption's bracket or a header's context gives, from heldout24") {
  // A caption's bracket of several parts: the part that ends with a unit.
  auto runtime = found(
      "\\begin{table}\\caption{Runtime (mean$\\pm$s.d.\\ training seconds; CPU; $n{=}10$).}\n"
      "\\begin{tabular}{lcc}\nMethod & LastFM & GitHub \\\\\nCILP & $198{\\pm}89$ & $504{\\pm}85$ \\\\\n"
      "\\end{tabular}\\end{table}\n");
  CHECK(values_of(runtime, FigureKind::Duration) == std::vector<double>{198, 504});
  // A header's unit before what it was measured on.
  auto minutes = found("| | runtime (minutes) in `Breakout-v5` |\n|:--|--:|\n| baseline (8 A100) | 30.5 |\n", "README.md");
  CHECK(values_of(minutes, FigureKind::Duration) == std::vector<double>{30.5 * 60});
  // A header that writes its own unit keeps it under a heading's `(FPS)`.
  auto own = found("## Model performance benchmark (FPS)\n\n| model | llm cold sec<sup>2</sup> | Tokens/s |\n"
                   "| --- | :--: | :--: |\n| Qwen3-2B | 21.9 | 11.5 |\n",
                   "README.md");
  CHECK(values_of(own, FigureKind::Throughput) == std::vector<double>{11.5});
  // A processor's model number after its marks of trade is no count.
  auto xeon = found("It ran on an Intel(R) Xeon(R) Silver 4216 CPU @ 2.10GHz.");
  CHECK(std::none_of(xeon.begin(), xeon.end(), [](const CostStatement& s) { return s.value == 4216; }));
  // `13B param model`, `13B weights`.
  CHECK(one("We train the 13B param model.").value == 13e9);
  CHECK(one("Randomly initializing 13B weights can be slow.").value == 13e9);
}

TEST_CASE("extract: a count restated in brackets before its unit") {
  CHECK(one("We train on 1 trillion (1T) tokens for 4 epochs.").value == 1e12);
  CostStatement tokens = one("We use 300 billion (300B) tokens.");
  CHECK(tokens.figure == FigureKind::Tokens);  // not the bracket's `300B` as a model's size
  CHECK(one("It has 1.3B (1,300M) parameters.").value == 1.3e9);
  CHECK(found("It took 3 (see Table 2) runs.").empty());
}

TEST_CASE("extract: from heldout25: a time symbol in brackets without a space, a size after a header's unit") {
  for (std::string_view header : {"Time(s)", "Time[s]", "Latency(ms)", "Time[s] 100K"}) {
    CAPTURE(header);
    auto row = found("| Tool | " + std::string(header) + " |\n|---|---|\n| h2o | 11 |\n", "README.md");
    CHECK(values_of(row, FigureKind::Duration).size() == 1);
  }
  CHECK(found("| Tool | GPU(s) |\n|---|---|\n| h2o | 11 |\n", "README.md").empty());  // a plural, not seconds
  // A count after a device, set apart by a times sign; in Markdown a `*` between spaces is that sign.
  CostStatement star = one("- GPU: NVIDIA Tesla V100 32GB * 1\n", "README.md");
  REQUIRE(star.device);
  CHECK(star.device->count == 1);
  // A `*` after a count that no other `*` of its line closes is a sign too; a closed one, emphasis.
  CostStatement attached = one("## cmd we used to train LLaMA on 16*V100\n", "README.md");
  REQUIRE(attached.device);
  CHECK(attached.device->count == 16);
  CHECK(values_of(found("We train on 2*V100* GPUs, *fast*.\n", "README.md"), FigureKind::Hardware).empty());
  // Another count's sign, a `**` or a `*` another opened close nothing.
  auto two = found("Training needs 8*A100 for 3 days, inference 1*T4.\n", "README.md");
  CHECK(values_of(two, FigureKind::Hardware) == std::vector<double>{8, 1});
  CHECK(one("We train on **8*A100** GPUs.\n", "README.md").value == 8);
  CHECK(values_of(found("Trained for 3 days on 4*A100 *(80GB)*.\n", "README.md"), FigureKind::Hardware) ==
        std::vector<double>{4});
  CHECK(one("We train on A100 x 8.").value == 8);
  CHECK(one("Here is the conformer model's perf on T4.", "README.md").device->model == "NVIDIA T4");
}

TEST_CASE("extract: a step's time is no run's, and the draft takes the run's") {
  auto statements = found("For our base models, each training step took about 0.4 seconds.\n\n"
                          "We trained the base models for 12 hours. The step time was 1.0 seconds.\n");
  CHECK(values_of(statements, FigureKind::Duration) == std::vector<double>{12 * 3600});
  CHECK(found("Each training iteration took about an hour on our hardware.", "README.md").empty());
  CHECK(one("Training took about an hour on our hardware.", "README.md").value == 3600);
}

TEST_CASE("extract: a label of carbon gives a mass after it to emissions (CarbonTracker's report)") {
  auto report = found(
      "Actual consumption for 1 epoch(s):\n        Time:   8:00:33\n        Energy: 2.800010 kWh\n"
      "        CO2eq:  299.601022 g\n        This is equivalent to:\n        2.786986 km travelled by car\n",
      "README.md");
  REQUIRE(report.size() == 3);
  CHECK(report[2].figure == FigureKind::Emissions);
  CHECK(report[2].value == doctest::Approx(299.601022));
  CHECK(found("Weight: 12 g\n", "README.md").empty());
  CHECK(found("The CO2 sensor, a part of 12 g, was replaced.\n", "README.md").empty());
}

TEST_CASE("extract: KJ is the kJ of papers in capitals") {
  CostStatement energy = one("SpiNNaker works in real time using $4.92$~KJ of energy.");
  CHECK(energy.figure == FigureKind::Energy);
  CHECK(energy.value == doctest::Approx(4920));
}

TEST_CASE("extract: a magnitude joined to its number and its unit by hyphens") {
  CostStatement corpus = one("We use the 1.3-trillion token FineWeb-Edu dataset.");
  CHECK(corpus.figure == FigureKind::Tokens);
  CHECK(corpus.value == 1.3e12);
  CHECK(one("We train on a 100-billion-token sample.").value == 100e9);
  CostStatement model = one("We train a 7-billion-parameter model.");
  CHECK(model.figure == FigureKind::Parameters);
  CHECK(model.value == 7e9);
  CHECK(one("We train a 7B-parameter model.").value == 7e9);
  // A length a model reads at once is no cost.
  CHECK(found("It reads a 1M-token context window.").empty());
}

TEST_CASE("extract: what a review of the seventh session found") {
  // A hyphenated time that sets what the data is, not a run's (the hyphen stays in the unit read).
  CHECK(found("It was pre-trained on the 60K-hour Libri-Light corpus.").empty());
  // A bracket that makes the name a rate, a mean or a held-out split keeps it from being read alone.
  CHECK(found("| Model | GPU hours (per epoch) | Tokens (per batch) | Images (test) |\n|---|---|---|---|\n"
              "| A | 12 | 2M | 5000 |\n",
              "README.md")
            .empty());
  // `Total training` may count anything: under a caption of GPU hours, it is GPU hours.
  auto total = found("Table 2: Training cost in GPU hours.\n\n| Model | Pre-training | Total training |\n|---|---|---|\n"
                     "| A | 120 | 150 |\n",
                     "README.md");
  CHECK(std::none_of(total.begin(), total.end(), [](const CostStatement& s) { return s.figure == FigureKind::Samples; }));
  // A label of carbon that names a rate is no statement of emissions.
  CHECK(found("Carbon intensity: 475 g per kWh\n\nCO2 per token: 0.2 g\n", "README.md").empty());
  // A device's column that is not the count's keeps its device; a row labelled by its device too.
  auto named = found("| Model | GPUs | Time (h) |\n|---|---|---|\n| A | A100 | 12 |\n", "README.md");
  CHECK(std::any_of(named.begin(), named.end(), [](const CostStatement& s) { return s.figure == FigureKind::Hardware; }));
  auto labelled = found("| | #GPUs | Hours |\n|---|---|---|\n| V100 | 8 | 12 |\n", "README.md");
  CHECK(std::count_if(labelled.begin(), labelled.end(),
                      [](const CostStatement& s) { return s.figure == FigureKind::Hardware; }) == 2);
  // A list of counts starting at none counts no device.
  CHECK(values_of(found("We vary the devices over 0, 1 and 2 GPUs."), FigureKind::Hardware) ==
        std::vector<double>{1, 2});
}

TEST_CASE("extract: a rate per device, written with slashes, reads as `per second per GPU` does") {
  CHECK(one("We reach 3,100 tokens/s/GPU on H100.").value == 3100);
  CHECK(one("BLOOM trained at 4,200 tokens/GPU/s.").figure == FigureKind::Throughput);
  auto table = found("| Techniques | TPS/GPU | Memory(GiB) |\n|---|---|---|\n| FSDP | 5,762 | 82.4 |\n", "README.md");
  REQUIRE(table.size() == 2);
  CHECK(table[0].figure == FigureKind::Throughput);
  CHECK(table[0].value == 5762);
  CHECK(table[1].figure == FigureKind::Memory);
  auto row = found("| Median effective tokens/sec/GPU | 701.4K |\n", "README.md");
  REQUIRE(row.size() == 1);
  CHECK(row[0].figure == FigureKind::Throughput);
  // A batch per device is no rate, nor bytes per device.
  CHECK(found("The effective batch size is 160 (10 samples/GPU).").empty());
}

TEST_CASE("extract: bytes before a kind of device are what it held, before a model a card's name") {
  auto cells = found("| Model | Full Finetuning |\n|---|---|\n| T0_3B | 47.14GB GPU / 2.96GB CPU |\n", "README.md");
  REQUIRE(cells.size() == 2);
  CHECK(cells[0].figure == FigureKind::Memory);
  CHECK(cells[0].value == doctest::Approx(47.14e9));
  CHECK(cells[1].value == doctest::Approx(2.96e9));
  CHECK(one("Inference takes ~500 MB GPU/MPS memory.").figure == FigureKind::Memory);
  CHECK(one("The quantized model costs only 5.2GB CPU memory.").value == doctest::Approx(5.2e9));
  CHECK(one("It runs with only **6GB** GPU memory.", "README.md").figure == FigureKind::Memory);
  CHECK(one("Training uses a 24GB GPU.").figure == FigureKind::Hardware);
  // `80GB A100`, `a 24GB GPU card`: the card, not what a run held.
  auto cards = found("We train on 8 80GB A100 GPUs.");
  REQUIRE(cards.size() == 1);
  CHECK(cards[0].figure == FigureKind::Hardware);
}
