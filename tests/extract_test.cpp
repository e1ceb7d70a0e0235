// The extractor on the forms authors write (issue 12's list), and on numbers
// that are not costs. Recall and precision on real papers are measured by
// tests/extract/score.py (the extract_* tests).

#include <doctest/doctest.h>

#include <algorithm>
#include <chrono>

#include "corpus/hardware_catalog.h"
#include "extract/draft_manifest.h"
#include "extract/extractor.h"
#include "extract/plain_text.h"
#include "ir/utf8.h"
#include "lint/driver.h"
#include "extract_support.h"
#include "test_support.h"

using namespace costlint;
using namespace costlint::extract;

using testing::catalog;
using testing::found;
using testing::one;

TEST_CASE("extract: hardware, as papers write it") {
  CostStatement p100 = one("We trained on 8 NVIDIA P100 GPUs.");
  CHECK(p100.figure == FigureKind::Hardware);
  CHECK(p100.value == 8);
  REQUIRE(p100.device);
  CHECK(p100.device->model == "NVIDIA Tesla P100-PCIE-16GB");
  CHECK(one("using 1024 32GB V100 GPUs").device->count == 1024);
  CHECK(one("on 512 TPU v3 chips").value == 512);
  // The memory's unit set apart from a model whose last word ends in its digits.
  CostStatement spaced = one("All pretraining runs were done on $8\\times$ A100-80 GB GPUs.");
  CHECK(spaced.value == 8);
  REQUIRE(spaced.device);
  CHECK(spaced.device->model == "NVIDIA A100-SXM4-80GB");
  CostStatement a100 = one("on 8$\\times$A100 (80\\,GB) for the runs");
  CHECK(a100.value == 8);
  CHECK(a100.device->model.find("A100") != std::string::npos);
  CHECK(one("It fits on a single GPU").value == 1);
  CostStatement unknown = one("on 4 Gaudi9 GPUs");  // not in the catalog: kept as written
  CHECK(unknown.device->model == "Gaudi9 GPUs");
  // The model first and its count after, as Strubell et al.'s Table 3 writes it.
  CostStatement p100x8 = one("Transformer (big) & P100x8 & 84");
  CHECK(p100x8.value == 8);
  // Edge and laptop devices by their maker: `a single NVIDIA Jetson AGX Orin`, `an Apple M2 Max laptop`.
  CHECK(one("We used a single NVIDIA Jetson AGX Orin for on-device inference.").device->model == "NVIDIA Jetson AGX Orin");
  CHECK(one("Experiments ran on an Apple M2 Max laptop.").device->model == "Apple M2");
  CHECK(p100x8.device->model == "NVIDIA Tesla P100-PCIE-16GB");
  CHECK(one("BERT base on TPUv2x16.").value == 16);
  CHECK(found("the x86 port and the RTX6000x").empty());  // no count after the `x`
  // The card's power or memory before its name, as its memory after.
  CostStatement a100_400w = one("Timings done on a 400W NVIDIA A100");
  CHECK(a100_400w.value == 1);
  CHECK(a100_400w.device->model.find("A100") != std::string::npos);
  CHECK(one("trained on a single 24 GiB Nvidia RTX TITAN").value == 1);
  // A device without a count is what the run used where a verb or a column says so.
  CostStatement ran_on = one("Experiments ran on NVIDIA RTX 3080.");
  CHECK_FALSE(ran_on.device->count);
  CHECK(ran_on.device->model == "NVIDIA GeForce RTX 3080");
  auto column = found("| Exp. | GPU |\n|---|---|\n| 1.1 | Tesla V100-PCIE-16GB |\n", "t.md");
  REQUIRE(column.size() == 1);
  CHECK(column[0].figure == FigureKind::Hardware);
  CHECK(found("The V100 has more memory than the P100.").empty());
  // The vendor after the model; processors counted as accelerators are.
  CHECK(one("on a GeForce GTX 1080 Ti NVIDIA GPU").device->model == "NVIDIA GeForce GTX 1080 Ti");
  CostStatement xeon = one("using 96 Intel Xeon Platinum 8160 CPUs @ 2.10GHz");
  CHECK(xeon.value == 96);
  CHECK(xeon.device->model == "Intel Xeon Platinum 8160 CPUs");
  CHECK(one("The code also runs on a CPU.").device->model == "CPU");
  CHECK(found("Two CPU workers feed the batch.").empty());
  CHECK(found("with a single Nvidia ConnectX-6 DX network card").empty());
  CostStatement times_four = one("- **Hardware Type:** NVIDIA A100x4 for training", "card.md");
  CHECK(times_four.value == 4);
  CHECK(times_four.device->model.find("A100") != std::string::npos);
  // A CPU's model letter is no unit of a row (`Xeon W-2155`), an exponent no figure.
  CHECK(found("| Xeon W-2155 TensorFlow | 3.115 | 25.305 |\n", "t.md").empty());
  CHECK(found("a learning rate of $10^{-2}_{W}$").empty());
  CHECK(found("evaluated on 9,658 test images").empty());
  CHECK(one("- **Carbon Emitted:**  71.25 kg CO_2 eq.", "card.md").value == doctest::Approx(71250));
  CHECK(one("WikiText-2 has 2M train tokens").figure == FigureKind::Tokens);
  // An HTML header spanning columns stands over each; long styled tags are tags.
  auto html = found("<table><tr><th style=\"border-bottom: 2px solid #000; text-align: center;\">Method</th>"
                    "<th colspan=\"2\">Goliath</th><th>Params</th></tr>\n"
                    "<tr><td>DAViD-Base</td><td>0.1</td><td>0.2</td><td>0.12B</td></tr></table>\n",
                    "card.md");
  REQUIRE(html.size() == 1);
  CHECK(html[0].value == 0.12e9);
  CHECK(html[0].unit == "Params");
  // A column headed by the devices' name counts them; `CPU mem` says memory.
  auto runs = found("| Resolution | GPUs | Time | CPU mem |\n| :-: | :-: | :-: | :-: |\n"
                    "| 256x256 | 2 | 4h 05m | 9.0 GB |\n", "t.md");
  REQUIRE(runs.size() == 3);
  CHECK(runs[0].figure == FigureKind::Hardware);
  CHECK(runs[0].value == 2);
  CHECK(runs[2].figure == FigureKind::Memory);
  // Bytes are memory, a device's, a checkpoint's or a dataset's, unless they name a card.
  CHECK(one("sending 28GB of weights each round").figure == FigureKind::Memory);
  CHECK(one("The C4 dataset is > 300GB.").value == 300e9);
  CHECK(one("the model needs 9.2 gigabytes of memory").value == 9.2e9);
  CHECK(one("We used NVIDIA DGX-1 for training.").device->model == "NVIDIA DGX-1");
  CHECK(one("- **Hardware**: NVIDIA GeForce RTX 4070 Ti", "card.md").device->model == "NVIDIA GeForce RTX 4070 Ti");
}

TEST_CASE("extract: durations and device-time, in words, digits and LaTeX") {
  CHECK(one("trained for 3.5 days").value == doctest::Approx(3.5 * 86400));
  CostStatement approx = one("for about 90 hours");
  CHECK(approx.value == doctest::Approx(90 * 3600));
  CHECK(approx.approximate);
  CHECK(one("took 12~hours").value == doctest::Approx(12 * 3600));
  CHECK(one("for approximately one day").value == doctest::Approx(86400));
  CHECK(one("two weeks of training").value == doctest::Approx(14 * 86400));
  CHECK(one("the training of all six took about two days.").value == doctest::Approx(2 * 86400));
  CHECK(one("in just 40 additional hours of training").value == doctest::Approx(40 * 3600));
  CHECK(one("The total acquisition overhead is 7.7 min.").value == doctest::Approx(462));
  CHECK(one("It needs about 23G GPU memory.").value == doctest::Approx(23e9));
  // A system's spec table on its side; a CPU's name as a system prints it; a memory's kind.
  auto spec = found("|Spec name|Value|\n|:---|:---|\n|Processor|Intel(R) Xeon(R) Platinum 8481C CPU @ 2.70GHz|\n"
                    "|Accelerators|NVIDIA H100 80GB|\n", "card.md");
  REQUIRE(spec.size() == 2);
  CHECK(spec[0].unit.find("Xeon(R) Platinum 8481C") != std::string::npos);
  CHECK(spec[1].device->model.find("H100") != std::string::npos);
  CHECK(one("node-00 has 32~GB LPDDR5X-8533 of unified memory").value == 32e9);
  CHECK(one("after the 98-hour training").value == doctest::Approx(98 * 3600));
  // A card's memory after its name without its B (`8x A100 40G`); tokens a second as `tok/s`.
  CostStatement skus = one("| 8x A100 40G |", "t.md");
  CHECK(skus.value == 8);
  CHECK(skus.device->model == "NVIDIA A100-SXM4-40GB");
  CHECK(one("Llama-3.2-1B achieves 1284 tok/s.").figure == FigureKind::Throughput);
  // LaTeX's em-dash ends a unit; `Titan V`; an approximate cell; a caption's short form.
  CHECK(one("and has 200 million trainable parameters---see the appendix").value == 200e6);
  CHECK(one("to train on one Titan V GPU").value == 1);
  CHECK(one("All models are trained with 8 TITAN XP GPUs.").device->model == "NVIDIA TITAN Xp");  // in capitals
  CHECK(one("| Component | Parameters |\n|---|---|\n| Total | ~350M |\n", "t.md").value == 350e6);
  CHECK(found("| Component | Parameters |\n|---|---|\n| Total | ~ |\n| Rest | ≈|\n", "t.md").empty());  // fuzz
  auto caption = found("\\caption[Run for 45 minutes]{The experiment was run for 45 minutes.}");
  REQUIRE(caption.size() == 2);
  CHECK(one("| Model | Inference Speed (fps) |\n|---|---|\n| TexNet | 7.6335 |\n", "t.md").figure ==
        FigureKind::Throughput);
  CHECK(one("The 34-second OT overhead is paid once.").value == 34);
  // A standard deviation is no figure.
  CHECK(one("an idle power of 59.8\\,W ($\\sigma = 1.7$\\,W) across sessions").value == doctest::Approx(59.8));
  CHECK(one("it trains for about 2\nhours", "card.md").value == doctest::Approx(7200));
  CHECK(one("training took two\nweeks").value == doctest::Approx(14 * 86400));
  CostStatement gpu_hours = one("a total of 3.3M GPU hours");
  CHECK(gpu_hours.figure == FigureKind::DeviceTime);
  CHECK(gpu_hours.value == doctest::Approx(3.3e6 * 3600));
  CHECK(one("2.5k TPUv3-core-days").value == doctest::Approx(2500.0 * 86400));
  CHECK(one("1{,}082{,}990 GPU hours").value == doctest::Approx(1082990.0 * 3600));
  CHECK(one("1\\,082\\,990 GPU hours").value == doctest::Approx(1082990.0 * 3600));
  CHECK(one("1,082,990 GPU hours").value == doctest::Approx(1082990.0 * 3600));
  CHECK(one("each run took 1h 41m 27s").value == 6087);
  CHECK(one("| faster-whisper | fp16 | 1m03s |", "t.md").value == 63);
  CHECK(one("| 128x128 | 4d 06h |", "t.md").value == 4 * 86400 + 6 * 3600);
  // A source's tabs indent; they are no cells.
  auto indented = found("\t\\begin{tabular}{lcc}\n\t\t& F1 & params \\\\\n\t\tA & 67.6 & 1400\\,k \\\\\n"
                        "\t\\end{tabular}\n");
  REQUIRE(indented.size() == 1);
  CHECK(indented[0].value == 1.4e6);
  // A model's seconds, as speedruns count them; not a count of 120 GPUs.
  CostStatement a100_seconds = one("the record took 6.3 A100-seconds");
  CHECK(a100_seconds.figure == FigureKind::DeviceTime);
  CHECK(a100_seconds.value == doctest::Approx(6.3));
  CHECK(one("about 120 GPU-seconds in all").figure == FigureKind::DeviceTime);
  CHECK(one("15 GPU minutes").value == doctest::Approx(900));
  CostStatement of_tpu = one("the search took 32,623 hours of TPU");
  CHECK(of_tpu.figure == FigureKind::DeviceTime);
  CHECK(of_tpu.value == doctest::Approx(32623.0 * 3600));
  CHECK(one("9998 days of GPU time").figure == FigureKind::DeviceTime);
}

TEST_CASE("extract: compute, energy, emissions and power") {
  CostStatement flop = one("which took $3.1 \\times 10^{21}$ FLOPs");
  CHECK(flop.figure == FigureKind::Flop);
  CHECK(flop.value == doctest::Approx(3.1e21));
  CHECK(one("\\num{3.1e21} FLOPs").value == doctest::Approx(3.1e21));
  CostStatement energy = one("consumed \\SI{41.2}{\\kilo\\watt\\hour} in all");
  CHECK(energy.figure == FigureKind::Energy);
  CHECK(energy.value == doctest::Approx(41.2 * 3.6e6));
  CHECK(one("\\qty{2.5}{\\mega\\watt\\hour}").value == doctest::Approx(2.5 * 3.6e9));
  // A time alone in siunitx is a time in words: `\qty{2.5}{\day}`, `\SI{40}{\second}`.
  CHECK(one("We trained for \\qty{2.5}{\\day} in total.").value == doctest::Approx(2.5 * 86400));
  CHECK(one("Sampling took \\SI{40}{\\second}.").value == 40);
  CHECK(one("emitted 539 tCO$_2$eq").value == doctest::Approx(539e6));
  CHECK(one("11250 kg CO2 eq").value == doctest::Approx(11250e3));
  CHECK(one("24.7 tonnes of CO$_2$eq").value == doctest::Approx(24.7e6));
  CHECK(one("24.7 tonnes of CO\\textsubscript{2}eq").value == doctest::Approx(24.7e6));
  CostStatement power = one("a TDP of 400W");
  CHECK(power.figure == FigureKind::Power);
  CHECK(power.value == 400);
  CostStatement cost = one("at a cost of $41–$140", "paper.md");
  CHECK(cost.figure == FigureKind::Cost);
  CHECK(cost.value == doctest::Approx(90.5));
  // A magnitude only the high end writes is the low end's too.
  CHECK(one("an estimated $7-15M", "paper.md").value == doctest::Approx(11e6));
  CHECK(one("on 100-200 million images").value == doctest::Approx(150e6));
  // An intensity or a rate is not a cost.
  for (const char* text : {"a grid of 34g CO$_2$eq. per kWh", "about 0.3 kWh/query", "500 lbs CO2e per MWh"}) {
    INFO(text);
    CHECK(found(text).empty());
  }
}

TEST_CASE("extract: parameters, tokens, samples, memory and throughput") {
  CHECK(one("a model of 110M parameters").value == doctest::Approx(110e6));
  CHECK(one("with 671B total parameters").value == doctest::Approx(671e9));
  CHECK(one("the adapter has 4.40M trainable LoRA parameters").value == doctest::Approx(4.4e6));
  CHECK(found("the student has 2M fewer parameters").empty());
  CHECK(found("| Stage3 Max Live Parameters | 1e9 |\n", "t.md").empty());
  CHECK(one("on 2 trillion tokens").value == doctest::Approx(2e12));
  CHECK(one("pre-trained on ~2T high-quality tokens").value == doctest::Approx(2e12));
  CHECK(one("on 1.28M images").figure == FigureKind::Samples);
  CostStatement memory = one("with a peak memory of 24 GB per device");
  CHECK(memory.figure == FigureKind::Memory);
  CHECK(memory.value == 24e9);
  CostStatement rate = one("at 3,200 tokens/s");
  CHECK(rate.figure == FigureKind::Throughput);
  CHECK(rate.value == 3200);
  CostStatement utterances = one("the 84,843 utterances of the training split");
  CHECK(utterances.figure == FigureKind::Samples);
  CHECK(utterances.value == 84843);
  // `TFLOPs` with a small `s` counts operations; `TFLOPS` is a device's rate.
  CostStatement pflops = one("training used 2.5 PFLOPs");
  CHECK(pflops.figure == FigureKind::Flop);
  CHECK(pflops.value == doctest::Approx(2.5e15));
  // What a batch holds is a setting, not the data.
  for (const char* text : {"each batch contains about 28800 transactions", "batches of 4M tokens",
                           "with 2M tokens per batch", "a global batch of 1,024 images"}) {
    INFO(text);
    CHECK(found(text).empty());
  }
}

TEST_CASE("extract: numbers that are not costs are not statements") {
  for (const char* text : {"with a batch size of 256 and 16 attention heads",
                           "images of 224 x 224 pixels, for 90 epochs",
                           "data collected from 2010 to 2015 in 12 hospitals",
                           "a context of 2048 tokens", "on 80GB A100s the memory is ample",
                           "ResNet-50 and GPT-3 at 45.2% accuracy", "checkpoints at 10-minute intervals",
                           "each step took 0.4 seconds per batch", "peak of 312 TFLOPS",
                           "utterances are typically 5 seconds long", "two weeks' samples were kept",
                           "GPT-3 took 3.14+23 FLOPs", "a set of one-second .wav files",
                           "a 30-second idle baseline", "using a one-week sample of the grid"}) {
    INFO(text);
    CHECK(found(text).empty());
  }
}


TEST_CASE("extract: lists share their unit, sizes before `model` are parameters") {
  auto sizes = found("We release a series of 3B, 7B and 13B models trained on 1T tokens.");
  std::vector<double> parameters;
  for (const CostStatement& s : sizes)
    if (s.figure == FigureKind::Parameters) parameters.push_back(s.value);
  CHECK(parameters == std::vector<double>{3e9, 7e9, 13e9});
  auto durations = found("The runs took 3, 5 or 8 days.");
  REQUIRE(durations.size() == 3);
  CHECK(durations[0].value == 3 * 86400);
  CHECK(durations[2].value == 8 * 86400);
  // A size that is part of a name is not a statement of it.
  CHECK(found("The OLMo 7B model was trained on LUMI.").empty());
  // An equivalence is no cost, in prose or under a column that says so.
  CHECK(found("The emissions are equivalent to 83 years of a home's energy use.").empty());
  auto equivalent = found("| Model | Equiv. to<br>(1 home) | Training |\n|---|---|---|\n"
                          "| OLMo 20M | 3 weeks | 3 days |\n", "card.md");
  REQUIRE(equivalent.size() == 1);
  CHECK(equivalent[0].value == 3 * 86400);
  // Small runs' units: a milliwatt-hour is not a megawatt-hour, milligrams are emissions.
  auto small = found("Emissions were 5.6 mg CO2eq and energy 12.3 mWh.");
  REQUIRE(small.size() == 2);
  CHECK(small[0].value == doctest::Approx(5.6e-3));
  CHECK(small[1].value == doctest::Approx(12.3 * 3.6));
  // A dataset counted in its own nouns.
  CostStatement transactions = one("The dataset holds 44M credit card transactions.");
  CHECK(transactions.figure == FigureKind::Samples);
  CHECK(transactions.value == 44e6);
  CHECK(found("We ran 1,000 warmup steps.").empty());
  // A magnitude only the last member writes is not shared.
  auto thousands = found("The runs took 3, 5 and 8 thousand GPU hours.");
  REQUIRE(thousands.size() == 1);
  CHECK(thousands[0].value == 8000.0 * 3600);
  // A list needs its joints: `3 GPUs 8 days` is not one.
  CHECK(found("Ablations ran 12 times, 8 days").size() == 1);
}


TEST_CASE("extract: a tracker's clock after a label of time, and not a time of day") {
  CostStatement clock = one("Actual consumption for 1000 epoch(s):\n        Time:   2:52:22\n", "log.md");
  CHECK(clock.figure == FigureKind::Duration);
  CHECK(clock.value == 10342);
  CHECK(one("Training time 0:00:10.5", "log.txt").value == 10.5);
  CHECK(found("The job started at 10:00:00 on Monday.").empty());
  // A vendor at the end of a line still names the device on the next.
  CHECK(one("obtained using four NVIDIA\nA100 GPUs", "paper.txt").value == 4);
}


TEST_CASE("extract: a model card's front matter, in grams, and its hours used") {
  auto card = found(
      "---\nlanguage: en\nco2_eq_emissions:\n  emissions: 1460\n  source: codecarbon\n---\n"
      "# Model\n\n- **Hardware Type:** 8 A100\n- **Hours used:** 150000\n",
      "README.md");
  REQUIRE(card.size() == 3);
  CHECK(card[0].figure == FigureKind::Emissions);
  CHECK(card[0].value == 1460);
  CHECK(card[0].line == 4);
  CHECK(card[1].figure == FigureKind::Hardware);
  CHECK(card[2].figure == FigureKind::DeviceTime);
  CHECK(card[2].value == 150000.0 * 3600);
}

TEST_CASE("extract: statements carry their line, column and sentence") {
  auto statements = found("Intro.\n\nThe big models were trained for 300,000 steps (3.5 days). Then more.\n");
  REQUIRE(statements.size() == 1);
  CHECK(statements[0].line == 3);
  CHECK(statements[0].column == 48);
  CHECK(statements[0].text == "The big models were trained for 300,000 steps (3.5 days).");
  // A table's cell: its row's end ends it, not the next row's label.
  auto rows = found("\\begin{tabular}{lr}\nModel & Parameters \\\\\nEncoder & 111,840 \\\\\n"
                    "Decoder & 198,209 \\\\\n\\end{tabular}\n");
  REQUIRE(rows.size() == 2);
  CHECK(rows[0].text == "111,840");
  CHECK(rows[0].row_label == "Encoder");
}

TEST_CASE("extract: \\input files within the root are read, none outside it") {
  costlint::testing::TempFolder folder("extract");
  auto write = [&](const std::string& name, const std::string& text) { folder.write(name, text); };
  write("paper/main.tex",
        "\\input{sections/setup}\n\\input{../../secret}\nWe used 4 V100 GPUs.\n\\input{../../secret}\n");
  write("paper/sections/setup.tex", "Training took 3 days.\n");
  write("secret.tex", "We used 99 GPUs.\n");
  std::vector<std::string> problems;
  auto files = extract_paper((folder.dir() / "paper/main.tex").string(), (folder.dir() / "paper").string(),
                             catalog(), problems);
  REQUIRE(files.size() == 2);
  CHECK(files[0].path == "main.tex");
  CHECK(files[1].path == "sections/setup.tex");
  CHECK(files[1].statements.at(0).figure == FigureKind::Duration);
  REQUIRE(problems.size() == 1);  // once, though the file is input twice
  CHECK(problems[0].find("outside the root") != std::string::npos);
}

TEST_CASE("extract: the draft manifest cites each line and marks what is missing") {
  std::vector<ExtractedFile> files = {{"paper.tex", found("We trained on 8 NVIDIA P100 GPUs for 3.5 days.\n"), ""}};
  std::string draft = draft_manifest(files);
  CHECK(draft.find("hardware devices = 8 x \"NVIDIA Tesla P100-PCIE-16GB\"") != std::string::npos);
  CHECK(draft.find("duration = 3.5 d   # paper.tex:1") != std::string::npos);
  CHECK(draft.find("# TODO energy") != std::string::npos);
  // A count of devices the paper leaves unnamed fills the TODO's count, citing its line.
  std::vector<ExtractedFile> unnamed = {
      {"README.md", found("| Stage | #GPUs |\n| --- | --- |\n| Pre-training | 16 x 8 |\n", "README.md"), ""}};
  CHECK(draft_manifest(unnamed).find("# TODO hardware devices = 128 x \"DEVICE\"   (the paper names no device model) "
                                     "# README.md:3") != std::string::npos);
}

TEST_CASE("extract: what a review of 2026-12-06 found, each kept fixed") {
  // `<` in prose is no tag; a short line between tables ends the first's units.
  CHECK(found("Latency stays <200 ms on one GPU.\nTraining took 3 days on 8 A100 GPUs.\n"
              "Recall improves by >2 points.\n", "p.md").size() == 3);
  CHECK(found("| Model | Training time (GPU hours) |\n|---|---|\n| A | 1200 |\n\n## Accuracy\n\n"
              "| Model | Top-1 |\n|---|---|\n| A | 76.5 |\n| B | 80.1 |\n", "p.md").size() == 1);
  // An HTML header spanning two columns stands over both.
  auto spanned = found("<table><tr><th>Model</th><th colspan=\"2\">Training time (GPU hours)</th></tr>\n"
                       "<tr><td>A</td><td>1200</td><td>3400</td></tr></table>\n", "p.md");
  REQUIRE(spanned.size() == 2);
  CHECK(spanned[0].value == 1200.0 * 3600);
  // A model named by its digits keeps them; cores are no CPUs; a neural network no card.
  CostStatement ti = one("We trained on 8 3080 Ti GPUs.");
  CHECK(ti.value == 8);
  CHECK(ti.device->model.find("3080 Ti") != std::string::npos);
  auto server = found("The server has two 32 core CPUs and 4 A100 GPUs.");
  REQUIRE(server.size() == 1);
  CHECK(server[0].value == 4);
  CHECK(one("We use 8 V100 GPUs to train the network.").value == 8);
  CHECK(found("Hardware: A100x0").empty());
  CHECK(found("We train on 12,000 held-out images.").empty());
  // A batch's clause ends at `on`; a cue or a `per` reaches no further than its sentence.
  CHECK(one("The model was trained with batch size 2048 on 300B tokens.").value == 300e9);
  for (const CostStatement& s : found("All jobs ran on a CPU cluster. The NVIDIA RTX 4070 Ti is a newer card."))
    CHECK(s.unit.find("4070") == std::string::npos);
  CHECK(one("Training consumed 120 kWh. Per the provider, the grid was clean.").value == 120 * 3.6e6);
}

TEST_CASE("extract: what heldout8 to heldout11 showed, each kept") {
  // `dual` and `quad` count devices; a TPU named by its version is one.
  CHECK(one("Experiments used dual NVIDIA Tesla V-100-SXM2 GPUs.").value == 2);
  CHECK(one("The workstation has quad RTX 3090 GPUs.").value == 4);
  CostStatement tpu = one("We trained our model on a TPU v3-8.");
  CHECK(tpu.value == 1);
  CHECK(tpu.device->model == "TPU v3-8");
  CHECK(found("The dual encoder and the quad tree are fast.").empty());
  // Parameters counted after their name; not a small count, not another name.
  CHECK(one("Total parameters in the resulted model are 85,800,194.").value == 85800194);
  auto both = found("In all 86,582,018, out of which total trainable parameters are 1538.");
  REQUIRE(both.size() == 1);
  CHECK(both[0].value == 1538);
  CHECK(found("The parameters of the grid search are 12 and 24.").empty());
  CHECK(found("The learning rate is 20000.").empty());
  // A budget counted to the token, below a million; a context length is not one.
  CHECK(one("a fixed training token budget of 643,041 tokens").value == 643041);
  CHECK(found("with a context of 32,768 tokens and 200,000 tokens of prompts").empty());
  CHECK(found("The context length was capped to 44480 tokens for the largest model.").empty());
  CHECK(found("It has a shared vocabulary of about 37000 tokens.").empty());
  CHECK(one("We evaluate on the Penn Treebank (929k train tokens, 10k vocab).").value == 929000);
  CHECK(one("We use sequence length 1024 on 80B tokens.").value == 80e9);
  // Rates per minute and per hour; pairs and tuples count a dataset, held-out ones do not.
  CostStatement rate = one("The small model generates 111 sequences per minute.");
  CHECK(rate.figure == FigureKind::Throughput);
  CHECK(rate.value == doctest::Approx(111.0 / 60));
  CHECK(one("It processes 7,200 images per hour.").value == doctest::Approx(2));
  CHECK(one("We collected 150,000 pairs of camera and depth images.").value == 150000);
  CHECK(found("and 25,000 pairs for validation, 1,000 pairs were kept for testing.").empty());
  auto tuples = found("| Dataset | Number of training tuples |\n|---|---|\n| Reddit | 726,484,430 |\n", "card.md");
  REQUIRE(tuples.size() == 1);
  CHECK(tuples[0].figure == FigureKind::Samples);
  // A table whose caption says it counts parameters: its sizes (`5.6 B`), not its other numbers.
  std::string table = "\\begin{table}\\caption{The models, ordered by total parameter count.}\n"
                      "\\begin{tabular}{lrr}\nModel & Total & Steps \\\\\nPhi & \\num{5.6}\\,B & 20000 \\\\\n"
                      "Kimi & 16B & 30000 \\\\\n\\end{tabular}\\end{table}\n";
  auto sizes = found(table, "t.tex");
  REQUIRE(sizes.size() == 2);
  CHECK(sizes[0].figure == FigureKind::Parameters);
  CHECK(sizes[0].value == doctest::Approx(5.6e9));
  CHECK(sizes[1].value == doctest::Approx(16e9));
  std::string hyper = table;
  hyper.replace(hyper.find("total parameter count"), 22, "hyperparameters used");
  CHECK(found(hyper, "t.tex").empty());
  // A sum in a cell of GPU-hours: each addend, not a longer sum nor a difference.
  auto sums = found("Method & GPU hours \\\\\nMoCo & $72 + 12$ \\\\\nOurs & 84 - 40 \\\\\n"
                    "Long & 1+1+1+1+1+1+1+1+1 \\\\\n", "t.tex");
  REQUIRE(sums.size() == 2);
  CHECK(sums[0].value == 72 * 3600.0);
  CHECK(sums[1].value == 12 * 3600.0);
  // A family its vendor names without digits; a card named by its family in use.
  CostStatement skylake = one("The runs used 16 intel skylake CPUs on one node.");
  CHECK(skylake.value == 16);
  CHECK(skylake.device->model == "intel skylake CPUs");
  CHECK(found("We thank 16 intel researchers.").empty());
  CHECK(one("Run on RTX 2080.").device->model == "RTX 2080");
  CHECK(found("The RTX 2080 was released in 2018.").empty());
  // A duration per run or per model is a cost; per step or per image a rate.
  CHECK(one("Training takes approximately one hour per model.").value == 3600);
  CHECK(one("Each fit takes under 30 seconds per run.", "r.md").figure == FigureKind::Duration);
  CHECK(found("Each step takes 0.4 seconds per step.").empty());
  CHECK(found("Decoding takes 2 seconds per image.").empty());
  // Accelerators a word qualifies; not a count joined to them, nor `a few`.
  CostStatement training = one("We use two training GPUs and one for serving.");
  CHECK(training.value == 2);
  CHECK(training.device->model == "GPU");
  CHECK(found("a batch size of 128 per TPU core").empty());
  CHECK(found("It fits on a few GPUs.").empty());
  // Held-out sets named before their size; parameters cut short; bytes in words.
  CHECK(found("We mined the ADE20K validation split (2,000 images) for a test set.").empty());
  CHECK(one("We report on the test set. We trained on 50,000 images.").value == 50000);
  auto para = found("| Model | Para. (K) |\n|---|---|\n| Tiny | 22 |\n", "r.md");
  REQUIRE(para.size() == 1);
  CHECK(para[0].figure == FigureKind::Parameters);
  CHECK(para[0].value == 22000);
  auto kbytes = found("| Method | Memory footprint (KBytes) |\n|---|---|\n| SGD | 135.632 |\n", "r.md");
  REQUIRE(kbytes.size() == 1);
  CHECK(kbytes[0].value == doctest::Approx(135632));
  CHECK(found("| Model | # |\n|---|---|\n| A | 3 |\n", "r.md").empty());
  // A count in thousands or millions before a plural noun a few words on is a dataset's size.
  CostStatement comments = one("It is trained on 131k curated Reddit comments.");
  CHECK(comments.figure == FigureKind::Samples);
  CHECK(comments.value == 131000);
  CHECK(one("The corpus holds 116M English words.").figure == FigureKind::Tokens);
  CHECK(found("Llama 2 70B uses grouped-query attention.").empty());
  CHECK(found("We train for 10K steps on 5K clients.").empty());
  // A duration in parts is one; half a day; tokens a word qualifies, not a batch's round count.
  CHECK(one("The large-v3 model took 1 min 38 sec.").value == 98);
  CHECK(one("Training took 2 hours and 30 minutes.").value == 9000);
  CHECK(found("It ran 2 hours, then 3 GPUs joined.").size() == 2);
  CHECK(one("It finishes in about half a day.").value == 43200);
  CHECK(one("trained on over 400 billion text tokens").value == 400e9);
  CHECK(found("a batch of about 25000 source tokens").empty());
  // A heading's unit in parentheses over a table whose columns name devices.
  auto speeds = found("## Inference speed ( Token/sec )\n\n| Model | A100 | 4090 |\n|---|---|---|\n"
                      "| VILA-3B | 104.6 | 137.6 |\n", "r.md");
  REQUIRE(speeds.size() == 2);
  CHECK(speeds[0].figure == FigureKind::Throughput);
  CHECK(speeds[1].value == doctest::Approx(137.6));
  CHECK(found("## Accuracy (%)\n\n| Model | A | B |\n|---|---|---|\n| X | 76.5 | 80.1 |\n", "r.md").empty());
  // A second header row keeps the first's unit where it names none of its own.
  auto two_rows = found("\\begin{tabular}{lccc}\nModel & \\multicolumn{2}{c}{Training time (h)} & Size \\\\\n"
                        " & A100 & V100 & Params (M) \\\\\nResNet & 12 & 20 & 25.6 \\\\\n\\end{tabular}\n",
                        "t.tex");
  REQUIRE(two_rows.size() == 3);
  CHECK(two_rows[0].value == 12 * 3600.0);
  CHECK(two_rows[1].value == 20 * 3600.0);
  CHECK(two_rows[2].value == doctest::Approx(25.6e6));
  // Digits joined to the device by a hyphen; not to what is no device.
  CHECK(one("We train on an 8-GPU node.").value == 8);
  CHECK(found("8-bit weights, a 3-D U-Net, 4-way tensor parallelism").empty());
  // Rates of any plural noun; not of bytes or FLOPs; fps in a table, not in prose.
  CHECK(one("It generates 4.18 valid molecules/sec.", "r.md").figure == FigureKind::Throughput);
  CHECK(found("It moves 12 GB/s and peaks at 42 TFLOPS/s.").empty());
  CHECK(found("Videos are sampled at 3 FPS.").empty());
  auto fps = found("Model & mAP & FPS \\\\\nYOLO & 63.4 & 45 fps \\\\\n", "t.tex");
  REQUIRE(fps.size() == 1);
  CHECK(fps[0].figure == FigureKind::Throughput);
  // `total` before a device-time; a dataset in millions written out; a clause ends at `, `.
  CHECK(one("It was trained for approximately 500 total GPU hours.").value == 500 * 3600.0);
  CHECK(one("Trained on 1.6 million compounds.").value == 1.6e6);
  CHECK(one("the test set from 2007, a total of 21k images").value == 21000);
  // Words to the reader of what they may have are not what was used.
  CHECK(found("If you have a GPU with smaller VRAM, pass the 8bit argument.", "r.md").empty());
  CHECK(found("We fine-tuned it on a GPU in two hours.", "r.md").size() == 2);
  CHECK(found("Don't use it unless you have a GPU.", "r.md").empty());
  CHECK(found("To use it locally **you must have a GPU**.", "r.md").empty());
  CHECK(found("**I have a GPU**. Great, we can train a baby GPT.", "r.md").empty());
  // What was spent on devices used is no reader's: `I have spent ... using 4 x`.
  auto spent = found("I have spent $280 on compute using 4 x Nvidia 4090 GPUs.", "r.md");
  CHECK(std::any_of(spent.begin(), spent.end(), [](const CostStatement& s) {
    return s.figure == FigureKind::Hardware && s.value == 4;
  }));
}

TEST_CASE("extract: what a review of 2026-12-06 (evening) found, each kept fixed") {
  // A caption's unit reaches one table, not the next, not a column of settings,
  // and not a row whose label names its own unit.
  auto tables = found("## Inference speed (tokens/s)\n| Model | Batch | A100 |\n|---|---|---|\n"
                      "| Llama-7B | 16 | 2400 |\n\n## Accuracy\n| Model | MMLU |\n|---|---|\n"
                      "| Llama-7B | 45.3 |\n", "r.md");
  REQUIRE(tables.size() == 1);
  CHECK(tables[0].value == 2400);
  auto sideways = found("Model parameters and training setup\n\n| Training tokens | 2T |\n|---|---|\n", "r.md");
  REQUIRE(sideways.size() == 1);
  CHECK(sideways[0].figure == FigureKind::Tokens);
  // A header of a megabyte under a caption is no column a caption reaches.
  std::string wide = "Training time (hours)\n| " + std::string(1 << 20, 'a') + " |\n";
  for (int row = 0; row < 64; ++row) wide += "| 1 |\n";
  CHECK(found(wide, "r.md").empty());
  // Hyper-parameters and reparameterized are no parameters.
  CHECK(found("Table 5: Hyper-parameters.\n| Batch size | 4M |\n|---|---|\n", "r.md").empty());
  CHECK(found("Hyperparameter search trials: 1000").empty());
  CHECK(one("LoRA parameter sweep hours used: 1500").figure == FigureKind::DeviceTime);
  // Qualified accelerators: not a comparison, a year, words to the reader, or workers.
  CHECK(found("It uses 3x less GPU memory and 4x fewer GPUs.").empty());
  CHECK(found("By 2024 datacenter GPUs will be scarce.").empty());
  CHECK(found("If you have two spare GPUs, set the flag.", "r.md").empty());
  CHECK(found("We ran 8 parallel GPU workers.").empty());
  // A duration's parts stop at a sentence's end, at a list, and at a rate.
  auto parts = found("Pretraining took 2 days. 12 hours of fine-tuning followed.");
  REQUIRE(parts.size() == 2);
  CHECK(parts[1].value == 12 * 3600.0);
  CHECK(found("Stages take 3 days, 12 hours and 40 minutes, respectively.").size() == 3);
  CHECK(found("It needs 1 min 38 sec per image.").empty());
  // Hyphenated models are still tried; a model's own digits are no count.
  CHECK(one("We train on 8 V-100 GPUs.").value == 8);
  CHECK(found("The RTX 2080-Ti GPU has 11 GB of memory.").size() == 1);  // the memory alone
  // Dataset nouns: not after a model's name, not what a run counts, not past a sentence.
  CHECK(found("Pythia 160M scores 30% and the 350M performs better.").empty());
  CHECK(found("We train PPO for 10M timesteps on 1M pixels. It links at 100 Gbits/s.").empty());
  // A tokenizer's size is no budget; a blank line ends a number's unit.
  CHECK(found("The GPT-2 tokenizer has 50,257 tokens.").empty());
  CHECK(found("It took 1500\n\nTotal parameters are few.").empty());
}

TEST_CASE("extract: a sentence and its draft's citation are cut between characters") {
  std::string prose;
  for (int i = 0; i < 300; ++i) prose += "表";
  prose += " 8 V100 GPUs ";
  for (int i = 0; i < 300; ++i) prose += "明";
  auto files = std::vector<ExtractedFile>{{"paper.tex", found(prose), prose}};
  REQUIRE(files[0].statements.size() == 1);
  CHECK_FALSE(costlint::utf8::find_invalid(files[0].statements[0].text));
  CHECK_FALSE(costlint::utf8::find_invalid(draft_manifest(files)));
}

TEST_CASE("extract: a card's front matter only when it is YAML, and its hardware_used") {
  // A `---` rule before a heading is Markdown's: the text under it is read.
  CHECK(one("---\n\n## Abstract\nIt took 675 A100 GPU days.\n\n---\n", "readme.md").value == 675.0 * 86400);
  auto card = found("---\nco2_eq_emissions:\n  emissions: 1.46\n  hardware_used: NVIDIA A100-SXM4-40GB\n---\n",
                    "card.md");
  REQUIRE(card.size() == 2);
  CHECK(card[0].figure == FigureKind::Emissions);
  CHECK(card[1].figure == FigureKind::Hardware);
  CHECK(card[1].device->model == "NVIDIA A100-SXM4-40GB");
  CHECK_FALSE(card[1].device->count);
  // A GPU column's header is found over a rule between it and the rows.
  auto rows = found("\\begin{tabular}{ll}\n\\textbf{GPU} & RAM \\\\\n\\Xhline{1pt}\nTesla V100-PCIE-16GB & 1TB \\\\\n"
                    "\\end{tabular}\n");
  REQUIRE(rows.size() == 2);
  CHECK(rows[0].figure == FigureKind::Hardware);
  CHECK(rows[1].figure == FigureKind::Memory);
}

TEST_CASE("extract: hostile sources stay linear") {
  std::string numbers, cites, options;
  for (int i = 0; i < 200000; ++i) numbers += "1 ";
  for (int i = 0; i < 200000; ++i) cites += "\\cite{";
  for (int i = 0; i < 200000; ++i) options += "\\a[";
  for (const std::string* text : {&numbers, &cites, &options}) CHECK(found(*text).size() < 10);
  // Spanned cells are written once a column, but never more than double the text.
  std::string spans;
  for (int i = 0; i < 2000; ++i) spans += "\\multicolumn{64}{c}{" + std::string(4000, 'x') + "}";
  CHECK(latex_to_plain(spans).text.size() <= 2 * spans.size());
  // A long table's header is found once, not once a cell; a huge header cell is no unit.
  std::string table = "| Run | Duration |\n|---|---|\n";
  for (int i = 0; i < 30000; ++i) table += "| a | 3 days |\n";
  CHECK(found(table, "t.md").size() == 30000);
  std::string header = "| (";
  for (int i = 0; i < 50000; ++i) header += "net ";
  CHECK(found(header + "kWh) |\n|---|\n| 3 |\n", "t.md").empty());
  // A table whose rows blank lines split is walked once for a caption below it, not once a part
  // (quadratic, 60,000 parts would take minutes).
  std::string split = "| Run | Time |\n";
  for (int i = 0; i < 60000; ++i) split += "| a | 3 |\n\n";
  auto start = std::chrono::steady_clock::now();
  CHECK(found(split + "Time in hours.\n", "t.md").size() <= 60000);
  CHECK(std::chrono::steady_clock::now() - start < std::chrono::seconds(10));
  // A magnitude after a run of spaces is read in one pass.
  start = std::chrono::steady_clock::now();
  found("5" + std::string(300000, ' ') + "million tokens", "README.md");
  CHECK(std::chrono::steady_clock::now() - start < std::chrono::seconds(5));
  // A count's nodes are named in words of bounded length: `1-a--` repeated is read once.
  std::string dashes;
  for (int i = 0; i < 80000; ++i) dashes += "1-a--";
  start = std::chrono::steady_clock::now();
  CHECK(found(dashes, "t.md").empty());
  CHECK(std::chrono::steady_clock::now() - start < std::chrono::seconds(10));
  // A caption's units are given a table's columns once, not once a cell.
  std::string wide = "\\caption{Time (hours)}\n";
  for (int i = 0; i < 4000; ++i) wide += "abc & ";
  wide += "\\\\\n";
  for (int row = 0; row < 3; ++row) {
    for (int i = 0; i < 4000; ++i) wide += "x & ";
    wide += "\\\\\n";
  }
  start = std::chrono::steady_clock::now();
  CHECK(found(wide).empty());
  CHECK(std::chrono::steady_clock::now() - start < std::chrono::seconds(10));
  // A column on one line megabytes long is counted from a block's start, not from the line's
  // (one 4 MiB line of statements took 52 s).
  std::string one_line;
  while (one_line.size() < (4u << 20)) one_line += "We trained for 12 hours on 8 A100 GPUs. ";
  start = std::chrono::steady_clock::now();
  CHECK(found(one_line, "t.md").size() > 100000);
  CHECK(std::chrono::steady_clock::now() - start < std::chrono::seconds(20));
  // HTML tags and links' ends are looked for within reach: a source of `<` or `[` alone is read once.
  CHECK(found(std::string(1 << 20, '<'), "t.md").empty());
  CHECK(found(std::string(1 << 20, '['), "t.md").empty());
  // A line of links after a list's marker is looked back on a few bytes a link.
  std::string links = "* ";
  for (int i = 0; i < 100000; ++i) links += "[a](b) ";
  start = std::chrono::steady_clock::now();
  CHECK(found(links, "t.md").empty());
  CHECK(std::chrono::steady_clock::now() - start < std::chrono::seconds(10));
  // A link's address is looked for within reach on its line: lines of `](` or `* [a](` unclosed stay linear.
  std::string unclosed, items;
  for (int i = 0; i < 400000; ++i) unclosed += "](\n", items += "* [a](\n";
  start = std::chrono::steady_clock::now();
  CHECK(found(unclosed, "t.md").empty());
  CHECK(found(items, "t.md").empty());
  CHECK(std::chrono::steady_clock::now() - start < std::chrono::seconds(10));
  // `](` on one long line: the address's end is found once for all of them.
  std::string brackets;
  for (int i = 0; i < 2000000; ++i) brackets += "](";
  start = std::chrono::steady_clock::now();
  CHECK(found(brackets, "t.md").empty());
  CHECK(std::chrono::steady_clock::now() - start < std::chrono::seconds(10));
  // A list of devices is looked back on a few devices: `A100 / A100 / ...` is read in linear time.
  std::string devices = "Trained on A100";
  for (int i = 0; i < 50000; ++i) devices += " / A100";
  start = std::chrono::steady_clock::now();
  found(devices, "t.md");
  CHECK(std::chrono::steady_clock::now() - start < std::chrono::seconds(10));
  // A small set's count is read back over a few words of bounded length: `12images,` repeated
  // on one line, or `12 TCGA-PRAD, ` with no space to stop at, stays linear.
  std::string glued, qualifiers;
  for (int i = 0; i < 120000; ++i) glued += "12images,", qualifiers += "5,1-a,";
  start = std::chrono::steady_clock::now();
  found("The dataset contains " + glued, "t.md");
  found("The dataset contains 12 " + qualifiers + " scans", "t.md");
  CHECK(std::chrono::steady_clock::now() - start < std::chrono::seconds(10));
  // Spanned HTML cells are bounded a row and in all: no more than double the text.
  std::string html = "<table><tr>";
  for (int i = 0; i < 50000; ++i) html += "<td colspan=64>x";
  CHECK(markdown_to_plain(html).text.size() <= 2 * html.size());
}

TEST_CASE("extract: the draft of every paper of the test set checks without a syntax or name error") {
  size_t drafts = 0;
  for (const auto& source : costlint::testing::test_set_sources()) {
    CAPTURE(source.string());
    std::vector<std::string> problems;
    auto files = extract_paper(source.string(), source.parent_path().string(), catalog(), problems);
    CheckRun run = check_text("draft.cost", draft_manifest(files), costlint::testing::front_end_only());
    for (const Diagnostic& d : run.diagnostics) CHECK_MESSAGE(d.severity != Severity::Error, d.message);
    ++drafts;
  }
  CHECK(drafts >= 404);  // every source of every set
}

TEST_CASE("extract: the origin map keeps runs, and finds each byte's source offset") {
  OriginMap map;
  map.copied(5, 100);  // `hello` from 100
  map.copied(3, 105);  // continues the run
  map.stood(2, 200);   // `×` for `\times` at 200
  map.copied(4, 300);
  CHECK(map.size() == 14);
  CHECK(map[0] == 100);
  CHECK(map[7] == 107);
  CHECK(map[8] == 200);
  CHECK(map[9] == 200);
  CHECK(map[13] == 303);
  map.repeat(6, 11);  // `llo`, the symbol and one byte of the last run, again
  CHECK(map.size() == 19);
  CHECK(map[14] == 106);
  CHECK(map[16] == 200);
  CHECK(map[18] == 300);
}

TEST_CASE("extract: prose as papers write it, beyond any test set") {
  // A range opened by `between`: its middle, one figure.
  CHECK(one("Each run took between 2 and 3 hours.").value == doctest::Approx(9000));
  // Edge boards by their family, with or without a vendor.
  CHECK(one("We deploy the model on a Jetson Nano.").device->model == "Jetson Nano");
  CHECK(one("It runs on a Raspberry Pi 4.").value == 1);
  CHECK(one("We use two Raspberry Pi 3 boards.").value == 2);
  CHECK(one("It runs on a Qualcomm Snapdragon 865 chip.").value == 1);
  CHECK(found("The value of pi is 3.14.").empty());
  // A corpus in billions of words or samples, just before the noun; not a model's size.
  auto words = one("We pre-train on a corpus of 3.3B words.");
  CHECK(words.figure == FigureKind::Tokens);
  CHECK(words.value == doctest::Approx(3.3e9));
  CHECK(one("The model was trained on 2B images.").figure == FigureKind::Samples);
  CHECK(found("The 1B lyrics and upsamplers can process 16 samples at a time.").empty());
}

TEST_CASE("extract: cards and laptops by the names their owners use") {
  // A GeForce card by its number alone, where a sentence says it was used.
  auto card = found("It takes 30 min to train on a 3090.", "README.md");
  REQUIRE(card.size() == 2);
  CHECK(card[1].device->model == "NVIDIA GeForce RTX 3090");
  CHECK(one("We use two 4090s.").value == 2);
  CHECK(one("It runs on a 2080 Ti.").device->model == "NVIDIA GeForce RTX 2080 Ti");
  CHECK(found("The images are 2048 pixels wide.").empty());
  // Apple laptops.
  CHECK(one("It was tested on an M2 MacBook.").value == 1);
  CHECK(found("The Mac version of the app is slow.").empty());
  // A label of data with a number in its magnitude is a budget; a bare one may be a context length.
  CHECK(one("Total training tokens: 2T", "README.md").value == doctest::Approx(2e12));
  CHECK(found("Tokens: 2048", "README.md").empty());
}

TEST_CASE("extract: a power of ten alone, and devices counted per named instance") {
  CHECK(one("The total compute budget was about $10^{22}$ FLOPs.").value == doctest::Approx(1e22));
  CHECK(one("The budget was 10²² FLOPs.", "README.md").value == doctest::Approx(1e22));
  CHECK(found("We use a learning rate of $10^{-4}$.").empty());
  CHECK(found("& $10^{-2}_{W}$ & 200 \\\\").empty());
  // Instances named by their provider and type, each with its devices.
  CHECK(one("We use 20 AWS p4d.24xlarge instances with 8 A100 GPUs each.").value == 160);
  CHECK(one("We trained on 4 DGX nodes with 8 A100 GPUs each.").value == 32);
}

TEST_CASE("extract: a component's size after its label, in the magnitude it is written in") {
  CHECK(one("Encoder size: 311M", "README.md").value == doctest::Approx(311e6));
  CHECK(one("Decoder size: 15M", "README.md").figure == FigureKind::Parameters);
  CHECK(found("Params: 12", "README.md").empty());
}

TEST_CASE("extract: devices named without a count, after the words that say they were used") {
  for (const char* used : {"Training was done using NVIDIA A100 GPUs.", "All models are trained with NVIDIA V100 GPUs.",
                           "Our experiments utilize A100 GPUs."}) {
    auto devices = found(used, "README.md");
    REQUIRE(devices.size() == 1);
    CHECK(devices[0].figure == FigureKind::Hardware);
    CHECK(!devices[0].device->count);
  }
  CHECK(found("Unlike the A100, the H100 supports FP8.", "README.md").empty());
}

TEST_CASE("extract: dollars written USD before the number") {
  CHECK(one("The total cost of training was about USD 12,000.").value == 12000);
  CHECK(found("We paid USD 2 per hour.").empty());
}

TEST_CASE("extract: seconds set apart by LaTeX's spacing, and not the length of each clip") {
  CostStatement thin = one("the direct path mines it in 91.7\\,s");
  CHECK(thin.figure == FigureKind::Duration);
  CHECK(thin.value == doctest::Approx(91.7));
  CHECK(one("The NEST simulation costs 767.67~s on average.").value == doctest::Approx(767.67));
  CHECK(one("compared with $694 \\pm 40$\\,s for fastmixture").value == doctest::Approx(694));
  // Joined to the number, or in a rate, or in plain text, an `s` alone says too little.
  CHECK(found("a grid of 4s and 8s, at 5.2\\,s/epoch").empty());
  CHECK(found("It took 91.7 s.", "README.md").empty());
  // Each item's length, not a run's.
  auto no_duration = [](std::string_view text) {
    auto statements = found(text);
    return std::none_of(statements.begin(), statements.end(),
                        [](const CostStatement& s) { return s.figure == FigureKind::Duration; });
  };
  CHECK(no_duration("200{,}000 training segments at 1.0\\,s, and clips of 10.0~s duration"));
  CHECK(no_duration("we recorded audio clips of 5 seconds"));
  CHECK(one("the project ran over a 6 month duration").value == doctest::Approx(6 * 30.4375 * 86400).epsilon(0.02));
}

TEST_CASE("extract: a variable's value is no list's member, seconds after minutes, a batch's size in tokens") {
  auto times = found("wall-clock time was 5.8 minutes per case at $N=1$ and 29 minutes at mean $N=5$");
  for (const CostStatement& s : times) CHECK(s.value != 60);
  CHECK(one("- #### 500 steps - `16 mins 53 s`", "README.md").value == 16 * 60 + 53);
  CHECK(found("step 200,000 led all aggregate metrics").empty());
  CHECK(found("| Model | Batch size (tokens) |\n|---|---|\n| GPT3-1.3B | 1M |\n", "README.md").empty());
}
