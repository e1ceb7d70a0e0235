// The extractor on datasets counted in digits, on devices named without a
// count where the sentence says what ran on them, and on other currencies.

#include <doctest/doctest.h>

#include <algorithm>

#include "extract_support.h"

using namespace costlint;
using namespace costlint::extract;

using testing::found;
using testing::one;

TEST_CASE("extract: a dataset counted in digits, whatever its noun") {
  CHECK(one("The dataset contains 13,611 instances.").value == 13611);
  CHECK(one("The MegaScale dataset provides ~776,000 mutations.").figure == FigureKind::Samples);
  CHECK(one("We sample 4,363 English math reasoning problems.").value == 4363);
  // Not what a run or a model counts, nor a measure, nor a year.
  CHECK(found("We use 1,000 steps of warmup.").empty());
  CHECK(found("The model has 2,048 hidden units.").empty());
  CHECK(found("It could evaporate as much as 700,000 litres of water.").empty());
  CHECK(found("Model was trained with sequence length 1024 using transformers lib.").empty());
  CHECK(found("In 2019 papers reported no costs.").empty());
  CHECK(found("It contains 192,403 users and 63,001 goods.").empty());
  // A held-out set's items are no cost.
  CHECK(found("There are 47,605 test frames annotated with boxes.").empty());
  CHECK(found("The testing part has 16,282 instances.").empty());
  CHECK(found("We use 10000 random prompts from the COCO2017 validation set.").empty());
  CHECK(found("The error is evaluated on a separate set of $\\num{9000}$ data points.").empty());
  // A held-out set named in any of its forms: a testing set, a subset, an edition, a bracket.
  CHECK(found("The remaining 11387 images were left in the testing set.").empty());
  CHECK(one("MedMCQA uses a train subset of 30,000 examples and a held-out validation subset of 1,000 "
            "examples.").value == 30000);
  CHECK(found("We report mAP on the COCO val2017 dataset (5,000 images).").empty());
  CHECK(found("newstest2013 (3000 sentences) is used as a development set.").empty());
  CHECK(one("We use 280,000 images (validation) and 1.2M images (training).").value == 1.2e6);
  auto stage = found("\\begin{tabular}{lll}\nStage & Training Samples & Time \\\\\nSearch & 280K (validation) & "
                     "2 hours \\\\\n\\end{tabular}\n");
  REQUIRE(stage.size() == 1);
  CHECK(stage[0].figure == FigureKind::Duration);
  // Data counted whole, and a dimension that qualifies the noun.
  CHECK(one("We release 52K generated data.").value == 52000);
  CostStatement points = one("It holds roughly 1.5 million data points.");
  CHECK(points.value == 1.5e6);
  CHECK(points.unit == "data points");
  CHECK(one("We collected approximately 300,000 2D poses.").value == 300000);
  CHECK(found("The sensor logs 400 data.").empty());
}

TEST_CASE("extract: a small dataset counts where it is trained on") {
  CHECK(one("It provides 150 training patients.").value == 150);
  CHECK(one("We use 340 train proteins and 28 test proteins.").value == 340);
  auto videos = one("The dataset has 700 videos for training and 150 for validation.");
  CHECK(videos.value == 700);
  CHECK(one("We train on 559 images.").value == 559);
  CHECK(one("The adapter is fine-tuned on 50 abdomen scans.").value == 50);
  // What a set that is not named consists of is no size (extract_counts_in_prose_test.cpp).
  CHECK(found("It consists of 507 knee MR volumes.").empty());
  CHECK(found("We report results on 697 test images.").empty());
}

TEST_CASE("extract: a device after on, with or using, in a sentence about running") {
  for (const char* used : {"Fine-tuning takes 2 min on T4.", "We measured latency when running inference on H100.",
                           "Speed measured on GPU (A10)."}) {
    auto statements = found(used, "README.md");
    INFO(used);
    CHECK(std::any_of(statements.begin(), statements.end(),
                      [](const CostStatement& s) { return s.figure == FigureKind::Hardware && !s.device->count; }));
  }
  // Named in passing, or to the reader, a device is not what ran.
  CHECK(found("The H100 has more memory than the A100.", "README.md").empty());
  CHECK(found("If you are using V100 for training, install xformers.", "README.md").empty());
  CHECK(found("We compare with BERT on GLUE.", "README.md").empty());
}

TEST_CASE("extract: the devices of a list share the first's use") {
  auto both = found("Memory tests were run on NVIDIA A100 / H100 architectures.", "README.md");
  REQUIRE(both.size() == 2);
  CHECK(both[1].device->model.find("H100") != std::string::npos);
  CHECK(found("The A100 / H100 pages describe the cards.", "README.md").empty());
}

TEST_CASE("extract: frames a second on a device are its speed") {
  auto speed = found("It reaches 430+ FPS on a GTX 1660 Ti.", "README.md");
  REQUIRE(speed.size() == 2);
  CHECK(speed[0].figure == FigureKind::Throughput);
  CHECK(speed[0].value == 430);
  CHECK(found("The videos are sampled at 3 FPS on average.", "README.md").empty());
  // A speed named, or a system's best.
  CHECK(one("Speed: 22 FPS", "README.md").figure == FigureKind::Throughput);
  CHECK(one("Gibson reports up to about 150 fps with 8 processes.", "README.md").value == 150);
  CHECK(found("Videos are recorded at up to 60 fps and sampled at 2 fps.", "README.md").empty());
}

TEST_CASE("extract: yuan and euros, in dollars at a fixed rate") {
  CHECK(one("Training cost approximately 3.0 CNY in total.", "README.md").value == doctest::Approx(3.0 / 7.2));
  CHECK(one("The run cost 1,200 euros on the cloud.", "README.md").value == doctest::Approx(1356));
  CHECK(found("The model scored 3.0 points.", "README.md").empty());
}

TEST_CASE("extract: operations in words, a training set's count in its column, hours of a medium") {
  CHECK(one("Training required 6.3e21 floating-point operations.").value == doctest::Approx(6.3e21));
  auto split = found("\\begin{tabular}{lcc}\nDataset & \\#Train & \\#Test \\\\\nSVHN & 73,257 & 26,032 \\\\\n"
                     "\\end{tabular}\n");
  REQUIRE(split.size() == 1);
  CHECK(split[0].value == 73257);
  CHECK(found("\\begin{tabular}{lcc}\nModel & Train & Test \\\\\nA & 98.5 & 91.2 \\\\\n\\end{tabular}\n").empty());
  CHECK(found("The model was trained on roughly 1.1M hours of labeled audio.").empty());
  CHECK(one("Training took 3 hours of compute.").value == 10800);
}

TEST_CASE("extract: an HTML table's header of th cells alone, its indented rows, a bar in a cell") {
  const char* zoo =
      "<table><tbody>\n<th>Name</th>\n<th>box<br/>AP</th>\n<th>train<br/>mem<br/>(GB)</th>\n<th>download</th>\n"
      " <tr><td>R50-C4</td>\n<td>35.7</td>\n<td>4.8</td>\n<td>model&nbsp;|&nbsp;metrics</td>\n</tr>\n"
      " <tr><td>R50-DC5</td>\n<td>37.3</td>\n<td>5.0</td>\n<td>model&nbsp;|&nbsp;metrics</td>\n</tr>\n"
      "</tbody></table>\n";
  auto memory = found(zoo, "README.md");
  REQUIRE(memory.size() == 2);
  CHECK(memory[0].value == doctest::Approx(4.8e9));
  CHECK(memory[1].value == doctest::Approx(5e9));
}

TEST_CASE("extract: headers that name a speed or days among other words") {
  auto speed = found("| Name | Throughput (PyTorch) |\n|---|---|\n| resnet18 | 29.4 |\n", "README.md");
  REQUIRE(speed.size() == 1);
  CHECK(speed[0].figure == FigureKind::Throughput);
  CHECK(one("| Net | Approx Days Selfplay |\n|---|---|\n| b6 | 0.75 |\n", "README.md").value == 64800);
  CHECK(found("| Net | Days per epoch |\n|---|---|\n| b6 | 0.75 |\n", "README.md").empty());
  CHECK(found("| Net | Days |\n|---|---|\n| b6 | 3 |\n", "README.md").empty());
}

TEST_CASE("extract: training days, a single-GPU setup, a table's rows labelled by devices") {
  CHECK(one("The run lasted 157 training days in total.").value == 157 * 86400.0);
  CHECK(one("By default, training uses a single-GPU configuration.").value == 1);
  auto rows = found("| | Time (128 bins) |\n|---|---|\n| K40 | 547 (1.3) |\n| GTX 1080 | 194 (3.7) |\n", "README.md");
  REQUIRE(rows.size() == 2);
  CHECK(rows[0].figure == FigureKind::Hardware);
  CHECK(!rows[0].device->count);
  CHECK(found("| Model | Acc |\n|---|---|\n| ResNet | 76.1 |\n", "README.md").empty());
  // A table of the devices' specifications did not use them.
  CHECK(found("| Chip | BF16 TFLOPS |\n|---|---|\n| V100 | 125 |\n| A100 | 312 |\n", "README.md").empty());
}

TEST_CASE("extract: a side note apart from its sentence, the one device in the singular, a zero") {
  CHECK(one("We estimate the emissions at 580.61 kgCO$_2$eq.\\sidenote{Using the ML Impact calculator.}").value ==
        doctest::Approx(580610));
  CHECK(one("Trainings are done with the NVIDIA Tesla V100S-PCIe GPU.").value == 1);
  CHECK(!one("We train on the A100 GPUs of the cluster.").device->count);
  CHECK(one("The dataset has as many as 130k human-recorded trajectories.").value == 130000);
  // A zero is no run's, but for emissions (hydropower) and money.
  CHECK(found("| Model | Training FLOPs |\n|---|---|\n| Chance | 0 |\n", "README.md").empty());
  CHECK(one("| Model | Carbon Emissions (tCO2eq) |\n|---|---|\n| OLMo 7B | 0 |\n", "README.md").value == 0);
}

TEST_CASE("extract: counts in words with their magnitude, and halves of a duration") {
  CHECK(one("The model has six billion parameters.").value == doctest::Approx(6e9));
  CHECK(one("It was trained on one trillion tokens.").figure == FigureKind::Tokens);
  CHECK(one("We collected two million images.").value == doctest::Approx(2e6));
  CHECK(found("It is a million times faster.").empty());
  CHECK(one("Training took two and a half days.").value == 2.5 * 86400);
  CHECK(one("It took a day and a half to train.").value == 1.5 * 86400);
}

TEST_CASE("extract: a mean and its spread take the unit after the spread") {
  auto runs = found("| Algo | Tianshou |\n|---|---|\n| PG | 9.02±6.79s |\n| A2C | 15.33±4.48s |\n", "README.md");
  REQUIRE(runs.size() == 2);
  CHECK(runs[0].value == doctest::Approx(9.02));
  CHECK(one("Training took 12.3 ± 0.4 hours.").value == doctest::Approx(12.3 * 3600));
  CHECK(found("Accuracy is 91.2 ± 0.3.").empty());
}

TEST_CASE("extract: a time alone in its cell, under a header of no rate nor length") {
  const char* grid = "+------+-----------+\n| Data | xgboost   |\n+======+===========+\n| Higgs| 3794.34 s |\n"
                     "+------+-----------+\n";
  CHECK(one(grid, "speed.txt").value == doctest::Approx(3794.34));
  CHECK(found("| Model | Crossfade |\n|---|---|\n| a | 0.04s |\n| b | 0.05s |\n", "README.md").size() == 2);
  CHECK(found("| Model | Extra context (left) |\n|---|---|\n| a | 2.5s |\n", "README.md").empty());
  CHECK(found("| Model | Duration | Quality |\n|---|---|---|\n| a | 5s | 66% |\n", "README.md").empty());
  CHECK(found("\\begin{tabular}{lcc}\n & A & B \\\\\nTime window & 10 & 5 s \\\\\n\\end{tabular}\n")
            .empty());
}

TEST_CASE("extract: LaTeX switched off by the comment environment or iffalse is no text") {
  CHECK(found("\\begin{comment}\nTraining took 21 hours.\n\\end{comment}\nDone.").empty());
  CHECK(found("\\iffalse Training took 21 hours. \\fi Done.").empty());
  CHECK(one("\\iffalse Old. \\fi Training took 3 hours.").value == 3 * 3600);
  CHECK(found("\\begin{comment} Training took 21 hours.").empty());  // never closed: to the end
}

TEST_CASE("extract: a header row of names alone is no table on its side") {
  auto sizes = found("| Params | n_layers | Batch Size |\n|---|---|---|\n| 14M | 6 | 2M |\n| 31M | 6 | 2M |\n",
                     "README.md");
  REQUIRE(sizes.size() == 2);
  CHECK(sizes[0].value == doctest::Approx(14e6));
  CHECK(sizes[1].value == doctest::Approx(31e6));
}

TEST_CASE("extract: a size before a device class, a label's list, CPUs counted, words describing a device") {
  CHECK(one("It takes ten minutes per LM on a single 80GB GPU.").device->count == 1);
  auto hours = found("- **Hours used:** 22,000 for ViT-g, 4,500 for ViT-S distillation\n", "README.md");
  REQUIRE(hours.size() == 2);
  CHECK(hours[1].value == doctest::Approx(4500 * 3600.0));
  CHECK(one("\\begin{tabular}{ccc}\nDomain&Timeout&CPUs\\\\\n Lists&7m&64\\\\\n\\end{tabular}\n").value == 64);
  CHECK(one("PetIBM ran using a very dated K40 GPU.").value == 1);
  CHECK(found("We trained 2 more GPU kernels.").empty());
}

TEST_CASE("extract: a column headed n counts a dataset, Train alone does not") {
  auto sizes = found("| Dataset | n |\n|---|---|\n| Medical Flashcards | 33955 |\n| Wikidoc | 67704 |\n", "README.md");
  REQUIRE(sizes.size() == 2);
  CHECK(sizes[0].figure == FigureKind::Samples);
  CHECK(found("| Model | n |\n|---|---|\n| a | 4 |\n", "README.md").empty());
  CHECK(found("\\begin{tabular}{lc}\n & train \\\\\n & steps \\\\\nbase & 100K \\\\\n\\end{tabular}\n").empty());
}

TEST_CASE("extract: what a review of the fifth session found, each kept fixed") {
  // A defined conditional is no block switched off; nested conditionals and comments are counted.
  CHECK(one("\\let\\ifdraft\\iffalse\nWe train on 8 V100 GPUs.\n\\ifdraft x \\fi").value == 8);
  CHECK(found("\\iffalse \\ifx\\a\\b x\\fi Training took 3 hours. % \\fi\n\\fi").empty());
  // Words between a count and a device describe it, never what was done with it.
  CHECK(found("We train for 3 epochs using A100 GPUs.").size() == 1);
  CHECK(found("Our kernel gives a speedup over A100 GPUs.").empty());
  // A device only compared is not used; `the A100 GPU cluster` is no count of one.
  CHECK(found("Compared with the A100 GPU, the H100 GPU offers twice the memory bandwidth.").empty());
  CHECK(!one("All models were trained on the A100 GPU cluster.").device->count);
  // Sizes set by hand, a search's cut, items that are no data.
  CHECK(found("MoCo keeps a queue of 65,536 negative keys.").empty());
  CHECK(found("We rerank the top 1000 passages for each query.").empty());
  CHECK(found("The model is trained jointly on 12 training tasks.").empty());
  CHECK(found("Figure 3 shows 16 training images.").empty());
  // A time alone in its cell under a speed or a length; days of data; ratios of throughput.
  CHECK(found("| Model | Speed |\n|---|---|\n| ViT-B | 0.12 s |\n", "README.md").empty());
  CHECK(found("| Dataset | Avg. len. |\n|---|---|\n| LibriSpeech | 12.3 s |\n", "README.md").empty());
  CHECK(found("| Dataset | Number of days |\n|---|---|\n| Yelp | 1,460 |\n", "README.md").empty());
  CHECK(found("| Model | Throughput (relative) |\n|---|---|\n| a | 2.35 |\n", "README.md").empty());
  // Frames sampled on videos; a surname; half a million; a setting before `for`.
  CHECK(found("Frames are sampled at 1 FPS on all videos.").empty());
  CHECK(found("In 2023 Yuan et al. showed it.").empty());
  CHECK(one("The corpus has half a million images.").value == doctest::Approx(5e5));
  CHECK(found("We use a smoothing parameter of 1000 for all datasets.").empty());
}

TEST_CASE("extract: a sentence that runs over lines keeps its cue for the device on the next") {
  CHECK(!one("All models were trained on\nNVIDIA A100 GPUs.").device->count);
  auto seeds = found("It costs about 10 GPU-hours per seed on\nV100).");
  REQUIRE(seeds.size() == 2);
  CHECK(seeds[1].figure == FigureKind::Hardware);
  // A list's item, a table's row or a paragraph starts anew.
  CHECK(found("We trained on\n\nV100 is a card.", "README.md").empty());
  CHECK(found("It is compatible with A100 and V100.", "README.md").empty());
}

TEST_CASE("extract: a Train column beside its held-out splits counts the training set") {
  auto splits = found("\\begin{tabular}{lrrr}\nDataset & Train & Dev & Test \\\\\nWNUT17 & 3,394 & 1,009 & 1,287 \\\\\n"
                      "\\end{tabular}\n");
  REQUIRE(splits.size() == 1);
  CHECK(splits[0].value == 3394);
  // A row that names its own unit is read by it; accuracies under a thousand are no dataset.
  auto rows = found("\\begin{tabular}{lrr}\nSplit & Train & Validation \\\\\nDocuments & 1,000,000 & 30,000 \\\\\n"
                    "Tokens & 1.37e+09 & 4.15e+07 \\\\\n\\end{tabular}\n");
  REQUIRE(rows.size() >= 2);
  CHECK(rows[1].figure == FigureKind::Tokens);
  CHECK(found("| Model | Train | Test |\n|---|---|---|\n| a | 98.5 | 91.2 |\n", "README.md").empty());
  // `\if false` switches text off as `\iffalse` does.
  CHECK(found("\\if false Training took 21 hours. \\fi").empty());
}

TEST_CASE("extract: a training set beside a held-out set in one sentence, and a set evaluated on") {
  auto train = found("The training set contains 12k images and the test set 3k images.");
  REQUIRE(train.size() == 1);
  CHECK(train[0].value == 12000);
  auto evaluated = found("We train on 12k images and evaluate on 3k images.");
  REQUIRE(evaluated.size() == 1);
  CHECK(evaluated[0].value == 12000);
  CHECK(found("Tested on 100,000 samples using reference compounds.").empty());
  // A held-out set named after its count, in the count's own phrase, is still one.
  CHECK(found("We hold out 5,000 images for testing and validation.").empty());
}

TEST_CASE("extract: a label that counts devices, named after their count") {
  CostStatement gpus = one("- GPUs: 4 × RTX 4090\n", "README.md");
  CHECK(gpus.figure == FigureKind::Hardware);
  CHECK(gpus.value == 4);
  REQUIRE(gpus.device);
  CHECK(gpus.device->model == "NVIDIA GeForce RTX 4090");
  CostStatement count = one("- GPUs: 4\n", "README.md");  // a count alone stays the label's
  CHECK(count.value == 4);
  CHECK(!count.device);
}

TEST_CASE("extract: a card's memory after its model, with a space before its unit") {
  CostStatement one_card = one("We ran it on 1 A100 80 GB.");
  CHECK(one_card.value == 1);
  REQUIRE(one_card.device);
  CHECK(one_card.device->model == "NVIDIA A100-SXM4-80GB");
  CostStatement two = one("Training used 2 A100 40 GB GPUs.");
  CHECK(two.value == 2);
  REQUIRE(two.device);
  CHECK(two.device->model == "NVIDIA A100-SXM4-40GB");
  auto header = found("| Num Tokens | 16 A100 40 GB (GPU secs) |\n|---|---:|\n", "README.md");
  REQUIRE(header.size() == 1);
  CHECK(header[0].value == 16);
}

TEST_CASE("extract: a cloud's name before a TPU's version, and a count of chips in parentheses") {
  CostStatement cloud = one("Training was performed on Google Cloud TPU v4.", "README.md");
  REQUIRE(cloud.device);
  CHECK(cloud.device->model == "Google TPU v4");
  auto chips = found("Training was performed on TPU v4 (256 chips) for 3 weeks.");
  REQUIRE(!chips.empty());
  CHECK(chips[0].value == 256);
  REQUIRE(chips[0].device);
  CHECK(chips[0].device->model == "Google TPU v4");
  // A vendor's family before its class, without a model, stays a family (`Intel Xeon CPUs`).
  CostStatement family = one("It was trained using 2 Intel Xeon CPUs.");
  CHECK(family.value == 2);
}

TEST_CASE("extract: a notebook service's name before its device, and 'uses' just before a device") {
  auto listed = found("Main experiments run on Kaggle T4 and Google Colab L4 GPUs.");
  REQUIRE(listed.size() == 2);
  REQUIRE(listed[1].device);
  CHECK(listed[1].device->model == "NVIDIA L4");
  CostStatement colab = one("We also ran the benchmarks on a Google Colab T4 GPU instance.", "README.md");
  CHECK(colab.value == 1);
  CHECK(one("DeBERTa-large validation uses A100 80GB.").device->model == "NVIDIA A100-SXM4-80GB");
  CHECK(found("It now uses the values in Table 3 for TPU v2 and TPU v3.").empty());
}

TEST_CASE("extract: nodes counted before the devices each holds, joined to their count") {
  CHECK(one("We trained on four 8-GPU nodes.").value == 32);
  CHECK(one("Training used 2 8-GPU servers.").value == 16);
  CHECK(one("We use an 8-GPU node.").value == 8);
  CHECK(found("The batch has 4 8-bit values.").empty());
  // After a comma, where the clause says the devices are each node's.
  CHECK(one("We train on 4 Nodes, 4 x L40 GPUs per node.").value == 16);
  CHECK(one("We use 2 nodes, and 8 A100 GPUs.").value == 8);
}

TEST_CASE("extract: the counts of a list share the device its last member names, when they grow") {
  auto pair = found("The figure shows GPT OSS 120B with 1 and 2 GPUs.", "README.md");
  REQUIRE(pair.size() == 2);
  CHECK(pair[0].value == 1);
  CHECK(pair[1].value == 2);
  REQUIRE(pair[0].device);
  CHECK(pair[0].device->model == pair[1].device->model);
  auto times = found("Four sets of configurations (2x and 4x B200, 2x and 8x H100).", "README.md");
  REQUIRE(times.size() == 4);
  CHECK(times[0].value == 2);
  CHECK(times[0].device->model == "NVIDIA B200");
  CHECK(times[2].value == 2);
  CHECK(times[2].device->model == times[3].device->model);
  auto scaling = found("We train on 1, 2, 4 and 8 GPUs.");
  REQUIRE(scaling.size() == 4);
  CHECK(scaling[2].value == 4);
  // Not a list of devices: a batch's size, and counts that do not grow.
  CHECK(one("We use a batch size of 32 and 8 GPUs.").value == 8);
  CHECK(one("Speedups of 8 and 4 GPUs against one.").value == 4);
  auto device_days = found("They took 1 and 2 GPU-days.");
  CHECK(std::none_of(device_days.begin(), device_days.end(),
                     [](const CostStatement& s) { return s.figure == FigureKind::Hardware; }));
  auto days = found("It took 3 days and 8 GPUs.");
  REQUIRE(days.size() == 2);
  CHECK(days[0].figure == FigureKind::Duration);
}

TEST_CASE("extract: events, trajectories and demonstrations are a dataset's items, a Total header counts them") {
  auto table = found("\\begin{tabular}{lrr}\nSimulation & Total Events & Training Events \\\\\n"
                     "4-lepton signal & 20700 & 12508 \\\\\n\\end{tabular}\n");
  REQUIRE(table.size() == 2);
  CHECK(table[0].figure == FigureKind::Samples);
  CHECK(table[0].value == 20700);
  CHECK(table[1].value == 12508);
  CHECK(one("| Task | Trajectories |\n|---|---|\n| Lift | 1,500 |\n", "t.md").value == 1500);
  CHECK(found("| Task | Total |\n|---|---|\n| Lift | 1,500 |\n", "t.md").empty());
}

TEST_CASE("extract: a GeForce family joined to its number, and a model before a setting's word") {
  CostStatement joined = one("hardware = 2 x RTX3060");
  CHECK(joined.value == 2);
  CHECK(joined.device->model == "RTX 3060");
  CostStatement setting = one("RWKV-7 7.2B bf16 training on 4x8xH100 ctx10240 DeepSpeed");
  CHECK(setting.figure == FigureKind::Hardware);
  CHECK(setting.value == 32);
  auto node = found("We measure the speed on one node with 8 x A100 80GB SXM4 80GB (400W).");
  REQUIRE(!node.empty());
  CHECK(node[0].figure == FigureKind::Hardware);
  CHECK(node[0].value == 8);
}

TEST_CASE("extract: a noun no list knows counts data only where the words around it speak of data") {
  CHECK(found("Across the 160 cells the agent made 6,189 attempts and 5,176 retries.").empty());
  CHECK(found("The SVD basis holds about 2.7M scalars per layer.").empty());
  CHECK(one("The corpus holds 25,863 transcripts of meetings.").value == 25863);
  CHECK(one("We collected 12,000 sketches from volunteers.").figure == FigureKind::Samples);
}
