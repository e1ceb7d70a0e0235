// The extractor on whole papers: the numbers a paper holds that are no cost
// (a horizon, a symbol's value, a price's denominator, an address), read as
// authors will run extract, on every line of their source.

#include <doctest/doctest.h>

#include <chrono>
#include <string>

#include <algorithm>

#include "extract/extractor.h"
#include "extract_support.h"

using namespace costlint;
using namespace costlint::extract;

using testing::found;
using testing::one;

TEST_CASE("extract: what whole papers showed: a method's name is no unit, a horizon no run's time") {
  // `MB-shooting`, a method named in a row of scores, is no column of megabytes.
  CHECK(found("\\begin{tabular}{llrr}\n\\toprule\nMethod & & A & B \\\\\n\\midrule\n"
              " & MB-shooting~\\citep{x} & 0.24 & 0.44 \\\\\n\\bottomrule\n\\end{tabular}\n")
            .empty());
  CHECK(found("We anticipate positions \\SI{5}{\\second} into the future based on past positions "
              "\\SI{5}{\\second} prior to their current location, over the past 5 seconds.")
            .empty());
  CHECK(one("Training took 5 seconds on a laptop.").value == 5);
  // `Maze(H)`, a level of difficulty over its columns of scores, is no column of hours.
  CHECK(found("\\begin{tabular}{lccc}\n\\toprule\n & \\multicolumn{3}{c}{Maze(H)} \\\\\n"
              "Checkpoint & S & U & M \\\\\n\\midrule\nQwen3-4B & 13.3 & 64.5 & 38.9 \\\\\n\\end{tabular}\n")
            .empty());
  CHECK(one("| Model | Time (H) |\n|---|---|\n| A | 12 |\n", "README.md").value == 12 * 3600.0);
  CHECK(found("light curves observed with an exposure time of 2 minutes").empty());
}

TEST_CASE("extract: what whole papers showed in prose: speeds of things, schedules, windows, people") {
  CHECK(found("a flow cytometer capturing cells moving at 10 meters per second").empty());
  CHECK(one("It processes 12 images per second.").figure == FigureKind::Throughput);
  CHECK(found("We use a cosine schedule with a 19B token linear ramp-up.").empty());
  CHECK(found("The search uses 15 filtering window sizes sampled from 30 minutes to 5 hours.").empty());
  CHECK(found("Sepsis affects an estimated 1.7 million adults annually.").empty());
}

TEST_CASE("extract: what whole papers showed: a symbol's value and what is studied are no run's time") {
  CHECK(found("a periodic transit signal of period P=0.7 days, duration D=1.2 hours and depth 2%").empty());
  CHECK(found("We identify the 0.72 day rotation period of the star.").empty());
  CHECK(found("evaluating only the primary 6h task").empty());
  CHECK(one("The run took T = 12 hours on one node.").value == 12 * 3600.0);  // spaced: no symbol's value
  CHECK(one("train_time=3.5 hours").value == 3.5 * 3600);
  // An interval, an item's length, a window of data; not a run's time each run took.
  CHECK(found("The satellites scan 16 bands every 10 minutes.").empty());
  CHECK(found("Each image is presented once and lasts 1~s with a silence of 200~ms.").empty());
  CHECK(found("We introduce a 5 seconds preprocessing variant of SEED-V.").empty());
  CHECK(found("A network of 74,210 neurons and 15,216,512 synapses was simulated.").empty());
  CHECK(one("Every run took 3 hours.").value == 3 * 3600.0);
  CHECK(found("Ablation study: sequence length, TinySepsis (6h horizon).").empty());
}

TEST_CASE("extract: what the first whole papers annotated blind showed: windows of data, repeated experiments") {
  CHECK(found("WeatherLags: T-Minus 24 hour data of the Weather group.").empty());
  CHECK(found("The models were retrained with a step size of 30 days.").empty());
  CHECK(found("Results are averaged over 2,000 experiments.").empty());
  CHECK(found("The dataset holds three days of attack logs.").empty());
  CHECK(one("We collect data for over 100 hours of real world data collection.").value == 100 * 3600.0);
  // A run's time, and a dataset, all the same.
  CHECK(one("Training took 24 hours.").value == 24 * 3600.0);
  CHECK(one("The corpus holds 2,000 documents.").figure == FigureKind::Samples);
}

TEST_CASE("extract: a count after `per` is a price's denominator, hosts are no data") {
  CHECK(found("It provides embedding queries for \\$0.025 per 1 million input tokens.").empty());
  CHECK(found("SLM costs are set by token counts, with per-million-token pricing.").empty());
  CHECK(found("We conducted an analysis using all 1000 hosts from the dataset.").empty());
  // A run's budget, which `per` is of.
  auto run = found("Training time per 100M-token run is approximately 13.7 hours.");
  REQUIRE(run.size() == 2);
  CHECK(run[0].figure == FigureKind::Tokens);
}

TEST_CASE("extract: the authors' block states no cost") {
  CHECK(found("\\author[0000-0003-4906-8447]{A.~Gagliano}\n"
              "\\affiliation{Department of Astronomy, University of Illinois, 1002 W. Green St., IL 61801}\n")
            .empty());
  CHECK(found("\\IEEEauthorblockA{Lab 4, 1200 W. Harrison St.}").empty());
  CHECK(found("\\author{A. Author \\\\ 300 W. Main St.}\n\\maketitle\nThe chip draws 300 W. Then it idles.")
            .size() == 1);
}

TEST_CASE("extract: what the fourth whole papers showed: tokens a second, a table's groups, the data's sampling") {
  auto tps = found("our measured throughput on the H200 reached 19,444.55 tps.");
  REQUIRE(tps.size() == 2);
  CHECK(tps[1].figure == FigureKind::Throughput);
  CHECK(tps[1].value == doctest::Approx(19444.55));
  // A row one cell spans heads a group of rows: it names no device under `Hardware`.
  auto rows = found("\\begin{tabular}{llr}\nHardware & Engine & Throughput \\\\\n"
                    "\\multicolumn{3}{l}{Our Experiments:} \\\\\nH200 & vLLM & 15,969.38 tps \\\\\n\\end{tabular}\n");
  REQUIRE(rows.size() == 2);
  CHECK(rows[0].device->model != "Our Experiments:");
  // `10 min` under `Freq.` is how often the data was sampled; under `Time`, how long a run took.
  CHECK(found("\\begin{tabular}{lcc}\nDataset & $N$ & Freq. \\\\\nHoT & 21 & 10 min \\\\\n\\end{tabular}\n").empty());
  CHECK(one("\\begin{tabular}{lcc}\nDataset & $N$ & Time \\\\\nHoT & 21 & 10 min \\\\\n\\end{tabular}\n").value == 600);
  // A count joined to what it counts is no model's size; a length of data is no run's time.
  CHECK(found("- 1M-step checkpoint of RDT pre-trained on multi-robot data", "README.md").empty());
  CHECK(one("We release the 7B-model weights.").figure == FigureKind::Parameters);
  CHECK(found("random slices of up to 96 beats or 24 seconds in length").empty());
}

TEST_CASE("extract: from heldout36b: a count is whole, a caption's legend names its columns") {
  // `Train` over seconds with decimals counts no training data; a European writer's dot groups thousands.
  CHECK(found("\\begin{tabular}{lc}\nMethods & Train \\\\\nDCRNN & 2654.61 \\\\\n\\end{tabular}\n").empty());
  CHECK(one("The corpus holds 10.636 paragraphs.").value == 10636);
  CHECK(one("The corpus holds 10,636 paragraphs.").value == 10636);
  CHECK(found("The loss fell to 10.636 after training.").empty());
  // `Mem: CUDA memory (GB) used, Val: inference time (in seconds)` below the table: each key is a column.
  auto legend = found("\\begin{tabular}{lccc}\nMethods & BS & Mem & Val \\\\\nDCRNN & 16 & 19.51 & 350.11 \\\\\n"
                      "\\end{tabular}\n\\caption{Efficiency. BS: the batch size, Mem: CUDA memory (GB) used, "
                      "Val: inference time (in seconds).}\n");
  REQUIRE(legend.size() == 2);
  CHECK(legend[0].figure == FigureKind::Memory);
  CHECK(legend[0].value == doctest::Approx(19.51e9));
  CHECK(legend[1].figure == FigureKind::Duration);
  CHECK(legend[1].value == doctest::Approx(350.11));
}

TEST_CASE("extract: from whole6: splits of datasets at any size, symbols over settings, data's qualifiers") {
  // `Train` in a table of datasets counts a training split, however small; beside `Model`, perplexities.
  auto splits = found("\\begin{tabular}{lrrr}\nDataset & Total & Train & Val \\\\\nNODLINK & 399 & 200 & 80 \\\\\n"
                      "\\end{tabular}\n");
  REQUIRE(splits.size() == 1);
  CHECK(splits[0].value == 200);
  CHECK(found("\\begin{tabular}{lrrr}\nModel & Param & Train & Val \\\\\nVL-HMM & 7.2M & 115 & 134 \\\\\n"
              "\\end{tabular}\n")
            .size() == 1);
  // A symbol heads a setting: `1\,s` under `$W$` is a window's width.
  CHECK(found("\\begin{tabular}{lrr}\nDataset & $d$ & $W$ \\\\\nBETH & 882 & 10\\,s \\\\\n\\end{tabular}\n").empty());
  // Frames counted again in seconds, a setting fixed by hand, features, what is scored on.
  CHECK(found("The first 38 Mimi frames, about 3.04 seconds, are used as prompt tokens.").empty());
  CHECK(found("The green phase duration is fixed at 30 seconds.").empty());
  CHECK(found("The dataset was preprocessed by a selection of 1000 highly variable genes.").empty());
  CHECK(found("\\caption{Full LRS3 validation metrics on 1,000 clips.}").empty());
  // A run's time after a window named earlier in the sentence; data after the words that qualify it.
  CHECK(one("(200 training windows), the one-time offline discovery completes in $\\approx$7,842\\,s").value == 7842);
  CHECK(one("The TIMIT dataset consists of $5300$ phoneme-labeled speech utterances.").value == 5300);
  CHECK(found("It holds 1000 hours of spoken books.").size() == 1);
  // A version under a row of sizes is data, no second header: `11.8` is CUDA's, in no terabytes.
  CHECK(found("\\begin{tabular}{ll}\nStorage & 2 TB \\\\\nPython & 3.9.18 \\\\\nCUDA & 11.8 \\\\\n\\end{tabular}\n")
            .size() == 1);
}

TEST_CASE("extract: from whole5: the length of a sample, a signal or a window of data") {
  CHECK(found("a sample of 30 seconds can not hold what a 24-hour recording does").empty());
  CHECK(found("We cut the ECG into signals of 10 seconds.").empty());
  CHECK(one("Training took a total of 30 hours.").value == 30 * 3600.0);
  // `a min--max normalisation`: a compound's first word is no minute.
  CHECK(found("applies a min--max normalisation that rescales them").empty());
  CHECK(one("It takes half a min per image, and a minute in all.").value == 60);
}

TEST_CASE("extract: from whole7b: a length of data, and what each piece of it holds") {
  CHECK(found("this corresponds to each chunk covering a length of $\\sim 100$ days.").empty());
  CHECK(found("We split each recording into segments of 4894 samples.").empty());
  CHECK(one("The corpus holds 4894 samples.").value == 4894);
}

TEST_CASE("extract: from whole7a: a corpus's words on a row, devices listed after another's spec") {
  auto words = found("\\begin{tabular}{|l|l|l|}\n\\hline\n & Turkish & English \\\\ \\hline\n"
                     "No. of words & 3.3M & 2.7M \\\\ \\hline\nUnique words & 160k & 48k \\\\ \\hline\n\\end{tabular}\n");
  REQUIRE(words.size() == 2);
  CHECK(words[0].figure == FigureKind::Tokens);
  CHECK(words[0].value == doctest::Approx(3.3e6));
  auto devices = found("We run all experiments on a single computer with Intel Xeon CPUs (72 $\\times$ 2.3 GHz), "
                       "Nvidia Tesla V100 GPUs (8 $\\times$ 32 GB), and 500 Gigabytes of system memory.");
  REQUIRE(devices.size() == 3);
  CHECK(devices[1].figure == FigureKind::Hardware);
  CHECK(devices[1].value == 8);
}

TEST_CASE("extract: a training set's size given to its symbol") {
  CHECK(one("the final configuration uses $N_{\\rm train} = 50{,}000$.").value == 50000);
  CHECK(one("We fine-tune with $N_{\\mathrm{train}}=800$ problems.").value == 800);
  CHECK(found("We set $N = 50$ and $n_{test} = 300$.").empty());
}

TEST_CASE("extract: from heldout37a: a forecast's steps and lead time, points in a run, Unicode's hyphens") {
  // `Input history` is the data a forecast reads; a time per step is still a time (per step).
  CHECK(found("| Variant | Input history |\n|---|---|\n| `era5` | 2 states (48 h) |\n", "README.md").empty());
  CHECK(found("| Phase | Per-step wall time |\n|---|---|\n| Student training | 2 s |\n", "README.md").size() == 1);
  CHECK(found("All metrics computed at 240 h lead time and a single 6 h forecast.").empty());
  CHECK(found("Further training beyond 3B tokens is the natural path.").empty());
  CHECK(found("It stabilises by $\\sim$1B tokens.").empty());
  CHECK(one("It was trained on 3B tokens.").value == 3e9);
  auto hyphen = found("a 500M\u2011parameter DNA encoder", "README.md");
  REQUIRE(hyphen.size() == 1);
  CHECK(hyphen[0].figure == FigureKind::Parameters);
}

TEST_CASE("extract: counts of splits joined by slashes, each named in order: the training split's") {
  auto sst = found("For the remaining 6920/872/1821 sentences in train/dev/test sets, we merged the labels.");
  REQUIRE(sst.size() == 1);
  CHECK(sst[0].value == 6920);
  CHECK(sst[0].figure == FigureKind::Samples);
  CHECK(one("The train/val/test split holds 8,000/1,000/1,000 images.").value == 8000);
  // Proportions, dates, and counts whose splits go unnamed are none of this.
  CHECK(found("We use an 80/10/10 train/validation/test split.").empty());
  CHECK(found("It ran from 09/22/1997 to 01/10/2005.").empty());
  CHECK(found("The dev/test sets hold 872/1821 sentences.").empty());
  // Named in order before a list that ends with `respectively`: only the training split's count.
  auto respectively = found("We used the train/dev/test sets which contain 8544, 1101 and 2210 sentences, respectively.");
  REQUIRE(respectively.size() == 1);
  CHECK(respectively[0].value == 8544);
  CHECK(one("The training, validation and test sets hold 8,544, 1,101 and 2,210 images, respectively.").value == 8544);
  CHECK(found("The corpus holds 8,544 and 2,210 images.").size() == 2);
}

TEST_CASE("extract: what a review of the tenth session found, each kept") {
  // A decimal before its magnitude is no European grouping.
  CHECK(one("ImageNet-1K contains 1.281M training images.").value == doctest::Approx(1.281e6));
  CHECK(one("LLaMA-7B has 6.738B parameters.").value == doctest::Approx(6.738e9));
  // A count's place in its list, not a name's digits (`CIFAR-10`), says which split it is.
  CHECK(one("The train and test sets of CIFAR-10 contain 50,000 and 10,000 images, respectively.").value == 50000);
  CHECK(one("We keep the original training, validation and test splits of the Yelp polarity review corpus, "
            "which contain 560,000, 38,000 and 38,000 reviews, respectively.")
            .value == 560000);
  // A rate of items is no training set (split names in another sentence: extract_counts_test.cpp).
  CHECK(found("we sample 64/16/16 images per class for train/val/test").empty());
  // `-scale`, `-sized`: a model's size still.
  CHECK(one("we train a 7B-scale model").figure == FigureKind::Parameters);
  // A run's time after frames, and a training time set by hand, are run times; frames of a clip are not.
  auto frames = found("We train each agent for 200M frames (approximately 5 days) on a single GPU.");
  CHECK(std::any_of(frames.begin(), frames.end(), [](const CostStatement& s) { return s.value == 5 * 86400.0; }));
  CHECK(one("The maximum training time was set to 48 hours.").value == 48 * 3600.0);
  // ICML's affiliation takes two arguments; a title before a colon is no legend's key.
  CHECK(found("\\icmlaffiliation{uiuc}{Dept. of CS, 1002 W. Green St., Urbana, IL}").empty());
  CHECK(found("\\caption{Results on CIFAR-100: training time (h) and accuracy (\\%).}\n"
              "\\begin{tabular}{lcc}\nMethod & CIFAR-100 & training time \\\\\nA & 94 & 3 \\\\\n\\end{tabular}\n")
            .size() == 1);
  // Tokens added to a corpus are a budget; a count after `times more` is a ratio.
  CHECK(one("The pre-training corpus is then expanded by 50B tokens of code.").value == 50e9);
  CHECK(found("It needs 1,500 times more unlabeled images.").empty());
  // Percentages under `Train` in a table of datasets are no training split.
  CHECK(found("\\begin{tabular}{lcc}\nDataset & Train & Test \\\\\nMNIST & 99 & 98 \\\\\n\\end{tabular}\n").empty());
}

TEST_CASE("extract: thousands a space or a tie sets apart, where a unit follows") {
  CHECK(one("The corpus holds 1 374 327 images.").value == 1374327);
  CHECK(one("It took 3 500 hours.").value == 3500 * 3600.0);
  CHECK(one("It has 1~000~000 images.").value == 1e6);
  // Not two numbers a space apart that are no grouping, nor a number before a word.
  CHECK(found("Figure 3 shows 500 images.").empty());
  CHECK(found("We used 2 GPUs and 1 000 images.").size() == 2);
}

TEST_CASE("extract: a class of devices that begins an adjective names no device") {
  CHECK(found("Our implementation was based on Keras, a GPU-capable deep-learning library.").empty());
  CHECK(found("We compare against a CPU-based baseline.").empty());
  CHECK(one("We trained on a GPU-equipped workstation with a single GPU.").value == 1);
}

TEST_CASE("extract: a device named in the singular with its class, without a count, is one") {
  auto p100 = one("We trained our models on Nvidia Tesla P100 GPU, from Compute Canada.");
  REQUIRE(p100.device);
  CHECK(p100.device->count == 1);
  auto labelled = found("Hardware: NVIDIA GPU with 24GB memory", "README.md");
  REQUIRE(labelled.size() == 2);  // the GPU, and its memory
  CHECK(labelled[0].device->count == 1);
  // In the plural, or naming the machines it is in, it counts nothing.
  CHECK(!one("We trained our models on Nvidia Tesla P100 GPUs.").device->count);
  CHECK(!one("We trained our models on the A100 GPU cluster of our university.").device->count);
}

TEST_CASE("extract: a segment's length and overlap are the data's time scale") {
  CHECK(found("The baseline used uniform segmentation with segment length 1.5 sec and 0.75 sec overlap.").empty());
  CHECK(found("Audio is cut into chunks with a clip length of 4 seconds.").empty());
  // A run's time after the scale is the run's.
  CHECK(one("With a window of 5 frames, training took 3 hours.").value == 3 * 3600);
}

TEST_CASE("extract: the source of counted items is not the data") {
  auto data = found("There are 153,516 utterances from 1,251 speakers in VoxCeleb I.");
  REQUIRE(data.size() == 1);
  CHECK(data[0].value == 153516);
  CHECK(found("We collected 10k clips from 250 volunteers.").size() == 1);
  // Without the items' count before it, the count is the data's.
  CHECK(one("The training set holds 20,000 images.").value == 20000);
}

TEST_CASE("extract: a vocabulary's size is no count of tokens, whatever its size") {
  CHECK(found("The Google word2vec model includes word vectors for a vocabulary of 3 million words and phrases.")
            .empty());
  CHECK(one("The model was trained on 3 million words of news.").figure == FigureKind::Tokens);
}

TEST_CASE("extract: a small training set named just before its count") {
  CHECK(one("The training set has 823 images.").value == 823);
  CHECK(one("Training Set: 823 images (70\\%)").value == 823);
  CHECK(one("The training set comprises 259 instances.").value == 259);
  // The split named before another count is not that count's.
  auto splits = found("It has 60,000 examples as the training set and 10,000 examples as the testing set.");
  REQUIRE(splits.size() == 1);
  CHECK(splits[0].value == 60000);
  for (const auto& s : found("We select 200 images for the training set, 500 images for a validation set."))
    CHECK(s.value != 500);
}

TEST_CASE("extract: a list's splits named after its counts, with respectively") {
  auto yelp = found("It contains 444101, 63483 and 126670 labeled reviews for train, validation, and test, respectively.");
  REQUIRE(yelp.size() == 1);
  CHECK(yelp[0].value == 444101);
  // Without `respectively`, each count is the data's.
  CHECK(found("It contains 444101, 63483 and 126670 labeled reviews.").size() == 3);
}

TEST_CASE("extract: each item's length in time, joined to a noun of data, counts nothing") {
  CHECK(found("Raw 1,440-minute sequences are difficult to learn from.").empty());
  CHECK(one("We use 40000 30-second samples from each class.").value == 40000);
  CHECK(one("We train on 5,000 10-second clips.").value == 5000);
  // A run's length joined to its noun is the run's.
  CHECK(one("the 98-hour training run").value == 98 * 3600);
}

TEST_CASE("extract: a Size column beside datasets is none of a model's") {
  CHECK(found("| Dataset | Split | Size |\n|---|---|---|\n| DREAM | test | 2041 |\n| RACE | test | 4934 |\n",
              "t.md")
            .empty());
  CHECK(found("| Sub-dataset | Size |\n|---|---|\n| rattled-1000 | 117,004 |\n", "t.md").empty());
  // Beside models, it is their parameters.
  CHECK(one("| Model | Size |\n|---|---|\n| Llama 2 | 7B |\n", "t.md").figure == FigureKind::Parameters);
}

TEST_CASE("extract: a progress bar's pace is looked for near its rate only") {
  // Every rate after `, ` looks back for tqdm's `<00:00`: a few bytes, not the whole text (which
  // took minutes on this line, 900 KB without a `<`).
  std::string rates;
  for (int i = 0; i < 100000; ++i) rates += "x, 1 fps ";
  auto start = std::chrono::steady_clock::now();
  found(rates, "README.md");
  CHECK(std::chrono::steady_clock::now() - start < std::chrono::seconds(10));
}

TEST_CASE("extract: a progress bar's pace and a shell's field are no costs") {
  CHECK(found("```\n100%|████| 1/1 [00:00<00:00, 914.19it/s]\n```\n", "README.md").empty());
  CHECK(found("$ find -name \"*.npy\" | awk '{print \"dummy_\" NR \" \" $1}' > feats.scp\n", "README.md").empty());
  // A table's speed in iterations and a price in dollars still are.
  CHECK(one("| Model | Speed (it/s) |\n|---|---|\n| Octo | 13 |\n", "README.md").figure == FigureKind::Throughput);
  CHECK(one("The whole run cost $12 on spot instances.", "README.md").figure == FigureKind::Cost);
  // A share in Markdown's mathematics is no price.
  CHECK(found("It is set to `320ba` ($10%$ of training).", "README.md").empty());
}

TEST_CASE("extract: a Duration column beside a window's is the window's length") {
  CHECK(found("| Window Size | Duration (min) | Accuracy |\n|---|---|---|\n| 24-hour | 1,440 | 77.90 |\n",
              "README.md")
            .empty());
  CHECK(one("| Model | Duration (min) |\n|---|---|\n| CNN | 40 |\n", "README.md").value == 2400);
}

TEST_CASE("extract: speakers are who the data is about, and a pre-training set is counted in its column") {
  CHECK(found("LibriTTS: a multi-speaker English dataset containing 585 hours of speech by 2456 speakers.",
              "README.md")
            .empty());
  auto pretrain = found("Num. pre-train images | BLIP w/ ViT-B\n--- | :---:\n14M | Download\n129M | Download\n",
                        "README.md");
  REQUIRE(pretrain.size() == 2);
  CHECK(pretrain[0].figure == FigureKind::Samples);
  CHECK(pretrain[1].value == 129e6);
}

TEST_CASE("extract: a machine by its cores that holds devices named after it is their host") {
  auto host = found("We trained on a 32-core server with 4 A100 GPUs.", "README.md");
  REQUIRE(host.size() == 1);
  CHECK(host[0].value == 4);
  // Its memory is no device.
  auto machine = found("It takes about 15 minutes to run on a 32-core machine with around 60GB of memory.", "README.md");
  CHECK(std::count_if(machine.begin(), machine.end(), [](const CostStatement& s) {
          return s.figure == FigureKind::Hardware && s.value == 1;
        }) == 1);
}

TEST_CASE("extract: what a review of the eleventh session found, each kept") {
  // More items than sources: the items came from them; fewer, the sources are the data.
  CHECK(one("We crop 4 patches from 50,000 training images.").value == 50000);
  // A split named next to a count it is not: beside it, or ahead of a count held out.
  CHECK(found("In addition to the training set we hold out 500 images.").empty());
  CHECK(found("The pretraining set has 823 images.").empty());
  // A vocabulary's size reaches no further than its clause.
  CHECK(one("The model has a 32K vocabulary, trained on 2T tokens.").value == 2e12);
  // An image's resolution beside a duration is no window.
  CHECK(one("| Model | Resolution | Duration (h) |\n|---|---|---|\n| A | 256 | 12 |\n", "README.md").value ==
        12 * 3600);
}
