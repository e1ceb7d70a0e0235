// The extractor on tables: a header's unit for the numbers of its column,
// across LaTeX, Markdown and reStructuredText, and headers LaTeX writes on two rows.

#include <doctest/doctest.h>

#include <algorithm>

#include "extract/extractor.h"
#include "extract/plain_text.h"
#include "extract_support.h"

using namespace costlint;
using namespace costlint::extract;

using testing::found;
using testing::one;

TEST_CASE("extract: LaTeX comments are not claims, and tables read their header's unit") {
  CHECK(found("% We trained on 64 V100 GPUs for 3 days.\nNothing here.\n").empty());
  CHECK(found("50\\% of the 8 GPUs").size() == 1);  // an escaped percent is not a comment
  auto rows = found(
      "\\begin{tabular}{lrr}\nModel & Time (GPU hours) & Energy (kWh) \\\\\n\\hline\n"
      "Base & 120 & 35.2 \\\\\nLarge & 1{,}200 & 352 \\\\\n\\end{tabular}\n");
  REQUIRE(rows.size() == 4);
  CHECK(rows[0].figure == FigureKind::DeviceTime);
  CHECK(rows[0].value == 120 * 3600);
  CHECK(rows[0].line == 4);
  CHECK(rows[3].figure == FigureKind::Energy);
  CHECK(rows[3].value == doctest::Approx(352 * 3.6e6));
}

TEST_CASE("extract: LaTeX rows over several lines, and units a column's header explains") {
  // A tabular row runs to its `\\`, whatever its lines.
  auto rows = found("\\begin{tabular}{lcc}\n Model & \\# params & FID \\\\ \\midrule\n"
                    " DCTransformer &\n 738M & 36.51 \\\\\n\\end{tabular}\n");
  REQUIRE(rows.size() == 1);
  CHECK(rows[0].figure == FigureKind::Parameters);
  CHECK(rows[0].value == 738e6);
  CHECK(rows[0].line == 4);
  // `s` and `g` say too little alone; under `Duration` and `Emissions` they say enough.
  auto card = found("| Run | Duration | Emissions |\n|---|---|---|\n| Benchmark | 53 s | 0.40 g |\n", "card.md");
  REQUIRE(card.size() == 2);
  CHECK(card[0].figure == FigureKind::Duration);
  CHECK(card[0].value == 53);
  CHECK(card[1].figure == FigureKind::Emissions);
  CHECK(card[1].value == doctest::Approx(0.40));
  CHECK(found("| Run | Weight |\n|---|---|\n| A | 53 g |\n", "card.md").empty());
  // A header over two columns names the unit of both; each number is one statement.
  auto spanned = found("\\begin{tabular}{lcc}\n Model & \\multicolumn{2}{c}{Training Cost (FLOPs)} \\\\\n"
                       " & EN-DE & EN-FR \\\\\n ConvS2S & $9.6\\cdot10^{18}$ & $1.5\\cdot10^{20}$ \\\\\n"
                       " Transformer & \\multicolumn{2}{c}{$3.3\\cdot10^{18}$} \\\\\n\\end{tabular}\n");
  REQUIRE(spanned.size() == 3);
  CHECK(spanned[0].figure == FigureKind::Flop);
  CHECK(spanned[1].value == doctest::Approx(1.5e20));
  CHECK(spanned[2].value == doctest::Approx(3.3e18));
  CHECK(one("the 3.2 net tCO2e cost of its development").value == doctest::Approx(3.2e6));
  // A `Samples` column counts a dataset; `KB` in capitals is memory, under `SRAM`.
  auto datasets = found("\\begin{tabular}{lcc}\n Dataset & Users & Samples \\\\ \\midrule\n"
                        "Amazon. & 192,403 & 1,689,188 \\\\\n\\end{tabular}\n");
  REQUIRE(datasets.size() == 1);
  CHECK(datasets[0].figure == FigureKind::Samples);
  CHECK(datasets[0].value == 1689188);
  auto sram = found("| Model | SRAM |\n|---|---|\n| DS-CNN-S | 93 KB |\n", "t.md");
  REQUIRE(sram.size() == 1);
  CHECK(sram[0].figure == FigureKind::Memory);
  CHECK(sram[0].value == 93e3);
  // A table's numbers pass the prose's tests: scores under a header naming tokens are no tokens.
  CHECK(found("| Model | token-with-O F1 |\n|---|---|\n| CamemBERT | 87.45 |\n", "t.md").empty());
  // An uncertainty is not a figure; a plural magnitude is a magnitude.
  auto times = found("| Model | Avg. Train. Time |\n|---|---|\n| BERT | 1h 41m 27s ± 32s |\n", "t.md");
  REQUIRE(times.size() == 1);
  CHECK(times[0].value == 6087);
  CHECK(one("The training set has about 2 billions samples.").value == 2e9);
  CHECK(one("this is a 6.7B dense model").value == 6.7e9);
  // A size before `token` counts tokens, not parameters; a context is no budget.
  CostStatement checkpoint = one("We release the 600B token checkpoint.");
  CHECK(checkpoint.figure == FigureKind::Tokens);
  CHECK(checkpoint.value == 600e9);
  CHECK(found("a model with a 1M token context window").empty());
  auto versus = found("trained in 675 vs. 6,250 A100 GPU days");
  REQUIRE(versus.size() == 2);
  CHECK(versus[0].figure == FigureKind::DeviceTime);
  CHECK(versus[0].value == doctest::Approx(675.0 * 86400));
  CHECK(one("the GPT-2 (124M) checkpoint").value == 124e6);
  CHECK(found("| OLMo 1B (3T) | 30 |").empty());
  // `#Images` counts a dataset; `Throughput (T/s)` is a rate of any item, and
  // `(T/s/GPU)` each device's; a `PFLOPs` column is a count.
  auto columns = found("| Method | #Images | Throughput (T/s) | Throughput (T/s/GPU) | PFLOPs |\n"
                       "|---|---|---|---|---|\n| Ours | 25M | 515636 | 1007 | 0.29 |\n",
                       "t.md");
  REQUIRE(columns.size() == 4);
  CHECK(columns[0].figure == FigureKind::Samples);
  CHECK(columns[0].value == 25e6);
  CHECK(columns[1].figure == FigureKind::Throughput);
  CHECK(columns[1].value == 515636);
  CHECK(columns[2].figure == FigureKind::Throughput);
  CHECK(columns[2].value == 1007);
  CHECK(columns[3].figure == FigureKind::Flop);
  CHECK(columns[3].value == doctest::Approx(2.9e14));
}

TEST_CASE("extract: reStructuredText list-tables, HTML breaks in headers, PUE-adjusted energy") {
  auto rst = found(".. list-table:: Consumption\n   :header-rows: 1\n\n"
                   "   * - Model\n     - Training Time (H)\n     - Consumption (kWh)\n"
                   "   * - BERT\n     - 6\n     - 3.1\n\nAfter the table.\n",
                   "models.rst");
  REQUIRE(rst.size() == 2);
  CHECK(rst[0].figure == FigureKind::Duration);
  CHECK(rst[0].value == 6 * 3600);
  CHECK(rst[0].line == 8);
  CHECK(rst[1].figure == FigureKind::Energy);
  CHECK(rst[1].value == doctest::Approx(3.1 * 3.6e6));
  auto html = found("| Model | GPU<br>Hours |\n|---|---|\n| 7B | 269k |\n", "card.md");
  REQUIRE(html.size() == 1);
  CHECK(html[0].figure == FigureKind::DeviceTime);
  CHECK(html[0].value == doctest::Approx(269e3 * 3600));
  auto pue = found("| Model | Hours | kWh·PUE |\n|---|---|---|\n| ELMo | 336 | 275 |\n", "t.md");
  REQUIRE(pue.size() == 2);
  CHECK(pue[1].figure == FigureKind::Energy);
  CHECK(pue[1].value == doctest::Approx(275 * 3.6e6));
  // An HTML table in a model card is rows of cells too.
  auto table = found("<table>\n  <tr>\n   <td>Model</td>\n   <td>Params</td>\n  </tr>\n"
                     "  <tr>\n   <td>Llama 3\n   </td>\n   <td>8B\n   </td>\n  </tr>\n</table>\n",
                     "card.md");
  REQUIRE(table.size() == 1);
  CHECK(table[0].figure == FigureKind::Parameters);
  CHECK(table[0].value == 8e9);
  CHECK(table[0].line == 9);
  // A `Size` column of model sizes is parameters; one of image sizes is not.
  auto sizes = found("|Model|Size|MMLU|\n|---|---|---|\n|Llama 1|7B|35.1|\n", "card.md");
  REQUIRE(sizes.size() == 1);
  CHECK(sizes[0].figure == FigureKind::Parameters);
  CHECK(sizes[0].value == 7e9);
  CHECK(found("|Dataset|Size|\n|---|---|\n|CIFAR|32|\n", "card.md").empty());
  // The memory after a device, in parentheses, chooses its variant too.
  CHECK(one("on a single A6000 (48\\,GB), bs 16").device->model == "NVIDIA RTX A6000");
  // Nodes times the devices of each.
  CHECK(one("Training uses 4 nodes with 8 NVIDIA H100 GPUs each.").value == 32);
  CHECK(one("It ran on 16 nodes of 8x NVIDIA A100 (80GB) SXM GPUs.").value == 128);
  // A phrase may run over a line end; a table on its side counts its dataset.
  CHECK(one("training was done on a single 32 GiB\nNvidia V100.").device->model == "NVIDIA V100-SXM2-32GB");
  auto side = found("\\begin{tabular}{lcc}\n Dataset Size & $60,000$ & $1.28$M \\\\\n\\end{tabular}\n");
  REQUIRE(side.size() == 2);
  CHECK(side[1].figure == FigureKind::Samples);
  CHECK(side[1].value == 1.28e6);
  // `Data Size` over counts, as `Dataset Size`; over bytes, their own unit; in billions or trillions, tokens.
  CHECK(one("| Model | Data Size | MT-Bench |\n|---|---|---|\n| Zephyr-7B-sft | 200K | 5.32 |\n", "README.md").value ==
        200000);
  CHECK(one("| Dataset | Data Size |\n|---|---|\n| Pile | 825 GB |\n", "README.md").figure == FigureKind::Memory);
  CHECK(one("| Model | Data Size |\n|---|---|\n| LLaMA | 2T |\n", "README.md").figure == FigureKind::Tokens);
  // The memory written before a device chooses its variant.
  CHECK(one("trained on a single 32 GiB Nvidia V100.").device->model == "NVIDIA V100-SXM2-32GB");
}

TEST_CASE("extract: a header LaTeX writes on two rows is read as one") {
  // `#Params` over `(M)`: the column counts millions of parameters; `Inference`
  // over `Speed (fps)` is a throughput. The PSNR column under its group is no cost.
  auto inpaint = found(
      "\\begin{tabular}{c|c|c|c|c}\n\\hline\n"
      " & \\multicolumn{2}{c|}{Fixed Mask} & \\#Params & Inference \\\\\n\\cline{2-3}\n"
      " & PSNR & SSIM & (M) & Speed (fps) \\\\\n\\hline\n"
      "TexNet & 28.0174 & 0.9494 & 28.85 &\n 7.6335 \\\\\n\\end{tabular}\n");
  REQUIRE(inpaint.size() == 2);
  CHECK(inpaint[0].figure == FigureKind::Parameters);
  CHECK(inpaint[0].value == doctest::Approx(28.85e6));
  CHECK(inpaint[1].figure == FigureKind::Throughput);
  CHECK(inpaint[1].value == doctest::Approx(7.6335));
  // `params` over `$\times10^6$`, each row's label behind a `\rule` strut.
  auto scaled = found(
      "\\begin{tabular}{c|cc|c}\n & train & BLEU & params \\\\\n"
      " & steps & (dev) & $\\times10^6$ \\\\\n\\hline\\rule{0pt}{2.0ex}\n"
      "base & 100K & 25.8 & 65 \\\\\n\\hline\\rule{0pt}{2.0ex}\nbig & 300K & 26.4 & 213 \\\\\n\\end{tabular}\n");
  REQUIRE(scaled.size() == 2);
  CHECK(scaled[0].figure == FigureKind::Parameters);
  CHECK(scaled[0].value == doctest::Approx(65e6));
  CHECK(scaled[1].value == doctest::Approx(213e6));
  CHECK(scaled[1].row_label == "big");
  // A second row that names devices under a unit keeps the unit.
  auto devices = found("\\begin{tabular}{lcc}\n Model & \\multicolumn{2}{c}{Training time (h)} \\\\\n"
                       " & A100 & V100 \\\\\n Ours & 12 & 30 \\\\\n\\end{tabular}\n");
  REQUIRE(devices.size() == 2);
  CHECK(devices[1].figure == FigureKind::Duration);
  CHECK(devices[1].value == 30 * 3600);
  // A data row of words only does not head the table (`yes` under `Params`).
  auto words = found("| Model | Params | Open |\n|---|---|---|\n| A | 7B | yes |\n| B | 13B | no |\n", "t.md");
  REQUIRE(words.size() == 2);
  CHECK(words[1].value == 13e9);
}

TEST_CASE("extract: a heading's unit over the paragraph under it, and cells with a remark") {
  // The unit of a README's heading holds over the note under it, for the table after;
  // a cell's remark in parentheses (`2 on GPU`: the batch and where it ran) leaves its number.
  std::string readme =
      "### Generation Throughput (token/s)\n"
      "The corresponding effective batch sizes and lowest offloading devices are in parentheses.\n"
      "| System | OPT-6.7B | OPT-30B |\n| --- | --- | --- |\n"
      "| Petals | 8.25 (2 on GPU) | 2.84 (2 on GPU) |\n";
  std::vector<CostStatement> speeds;
  for (const CostStatement& statement : found(readme, "README.md"))
    if (statement.figure == FigureKind::Throughput) speeds.push_back(statement);
  REQUIRE(speeds.size() == 2);
  CHECK(speeds[0].value == doctest::Approx(8.25));
  CHECK(speeds[1].value == doctest::Approx(2.84));
  // The next heading ends it.
  CHECK(found("### Speed (token/s)\n\n## Setup\nWe list the settings below, one a row as we ran them.\n"
              "| Setting | A | B |\n| --- | --- | --- |\n| x | 8.25 | 2.84 |\n",
              "README.md")
            .empty());
  // A setting that bounds parameters is no count of them, remark or not.
  CHECK(found("\\begin{tabular}{ll}\n Stage3 Max Live Parameters & 1e9 (1B, max params in GPU memory) \\\\\n"
              " Param Persistence Threshold & 1e5 \\\\\n\\end{tabular}\n")
            .empty());
  auto counted = found("\\begin{tabular}{lll}\n Model Parameter Count & 70 Billion & 0.5 Billion ($140\\times$ reduction) \\\\\n\\end{tabular}\n");
  REQUIRE(counted.size() == 2);
  CHECK(counted[1].value == 0.5e9);
}

TEST_CASE("extract: units a header sets apart in brackets or after a slash, devices a System column names") {
  // `[s]` in Markdown is a bracket of prose, not a link; `(ms)` a symbol of time.
  auto times = found("| System | Training [s] | Latency (ms) | Params / M | Energy / kWh |\n"
                     "| --- | --- | --- | --- | --- |\n| P100 (x2) | 1816.7 | 30 | 1550 | 3.5 |\n",
                     "README.md");
  REQUIRE(times.size() == 5);
  CHECK(times[0].figure == FigureKind::Hardware);
  CHECK(times[0].value == 2);
  CHECK(times[1].figure == FigureKind::Duration);
  CHECK(times[1].value == doctest::Approx(1816.7));
  CHECK(times[2].value == doctest::Approx(0.03));
  CHECK(times[3].figure == FigureKind::Parameters);
  CHECK(times[3].value == doctest::Approx(1.55e9));
  CHECK(times[4].figure == FigureKind::Energy);
  // `GPU(s)` is a plural, not seconds; `Iters / Min` a rate of items, not minutes.
  for (const CostStatement& statement :
       found("| Model | GPU(s) | Train: Iters / Min |\n| --- | --- | --- |\n| A | 4 | 33.1 |\n", "README.md"))
    CHECK(statement.figure != FigureKind::Duration);
  for (const CostStatement& statement :
       found("| System | Infer: Megavox / s |\n| --- | --- |\n| A | 9.2 |\n", "README.md"))
    CHECK(statement.figure != FigureKind::Duration);
  CHECK(one("| System | Time / s |\n| --- | --- |\n| A | 9.2 |\n", "README.md").figure == FigureKind::Duration);
  // A model's count in parentheses after it.
  CHECK(one("The benchmark was run on P100 (x4).", "README.md").value == 4);
  // A data's time scale is no cost: resolutions, lead times.
  CHECK(found("It forecasts at minutely to hourly resolutions (Ex. 10 min, 15 min, 1 hour, etc.)").empty());
  CHECK(found("We only trained one model (lead time is 24 hours).").empty());
  CHECK(one("We only trained one model, for 24 hours.").value == 24 * 3600);
  // A scale the sentence names before the run's duration leaves the duration.
  CHECK(one("We train the model at 512x512 resolution for 3 days.").value == 3 * 86400);
  CHECK(one("With 1000 diffusion time steps, training took 36 hours.").value == 36 * 3600);
}

TEST_CASE("extract: a header cell of several lines (makecell, shortstack, a tabular in a cell) is one cell") {
  auto stacked = found(
      "\\begin{tabular}{lcc}\n\\toprule\nModel & \\makecell{Training\\\\Time (h)} & \\makecell[c]{Energy\\\\(kWh)} \\\\\n"
      "\\midrule\nOurs & 12.5 & 3.1 \\\\\n\\bottomrule\n\\end{tabular}\n");
  REQUIRE(stacked.size() == 2);
  CHECK(stacked[0].figure == FigureKind::Duration);
  CHECK(stacked[0].value == doctest::Approx(12.5 * 3600));
  CHECK(stacked[1].figure == FigureKind::Energy);
  CHECK(stacked[1].value == doctest::Approx(3.1 * 3.6e6));
  CHECK(one("\\begin{tabular}{lc}\nModel & \\shortstack{GPU\\\\hours} \\\\\nA & 120 \\\\\n\\end{tabular}\n").value ==
        120 * 3600);
  // A box's size is no text; its content is the table.
  CHECK(latex_to_plain("\\resizebox{\\textwidth}{!}{\\scalebox{0.85}{x}}").text == "x");
  CostStatement nested = one("\\begin{tabular}{lc}\nModel & \\begin{tabular}[c]{@{}c@{}}Params\\\\ (M)\\end{tabular} \\\\\n"
                             "A & 86 \\\\\n\\end{tabular}\n");
  CHECK(nested.figure == FigureKind::Parameters);
  CHECK(nested.value == 86e6);
  CHECK(nested.line == 3);
}

TEST_CASE("extract: a cell's number through its markup, spread and footnote mark") {
  auto rows = found(
      "\\begin{tabular}{lcc}\n\\toprule\n\\multirow{2}{*}{Model} & \\multicolumn{2}{c}{Cost} \\\\\n"
      "\\cmidrule(lr){2-3}\n & Time (h) & Energy (kWh) \\\\\n\\midrule\n"
      "Ours & \\textcolor{red}{12.5} & \\cellcolor{gray!20}3.1 \\\\\n"
      "Base & $40.2_{\\pm 0.3}$ & 9.8\\textsuperscript{*} \\\\\n"
      "Big & \\hphantom{0}5.2 & \\underline{7.7} \\\\\n"
      "Huge & \\textbf{6.1}$^\\dagger$ & {\\bf 8.8} \\\\\n\\bottomrule\n\\end{tabular}\n");
  REQUIRE(rows.size() == 8);
  CHECK(rows[0].value == doctest::Approx(12.5 * 3600));
  CHECK(rows[0].row_label == "Ours");
  CHECK(rows[2].value == doctest::Approx(40.2 * 3600));
  CHECK(rows[3].value == doctest::Approx(9.8 * 3.6e6));
  CHECK(rows[4].value == doctest::Approx(5.2 * 3600));
  CHECK(rows[6].value == doctest::Approx(6.1 * 3600));
  // `det(J) ≤ 0 ratio` holds no unit in its brackets; a row over all columns titles, it does not head.
  CHECK(found("\\begin{tabular}{lcc}\nModel & Dice & $\\det(J)\\le 0$ ratio \\\\\n"
              "\\multicolumn{3}{l}{IXI-trained (no fine-tuning)} \\\\\n"
              "A & 0.77 $\\pm$ 0.03 & 0.0096 $\\pm$ 0.0019 \\\\\n\\end{tabular}\n")
            .empty());
}

TEST_CASE("extract: a table on its side, its labels spanning rows, its columns of settings and held-out data") {
  auto side = found(
      "\\begin{tabular}{llrr}\n\\toprule\n & Batch Size & vaes & fpn \\\\\n\\midrule\n"
      "Parameters (x$1e^6$) &   & 132.88 & \\textbf{26.12} \\\\\n\\cline{1-4}\n"
      "\\multirow[t]{2}{*}{Memory Usage (mb)} & 1 & 1375.44 & 137.36 \\\\\n"
      " & 32 & 1881.55 & 439.22 \\\\\n\\cline{1-4}\n\\bottomrule\n\\end{tabular}\n");
  REQUIRE(side.size() == 6);
  CHECK(side[0].figure == FigureKind::Parameters);
  CHECK(side[0].value == doctest::Approx(132.88e6));
  CHECK(side[2].figure == FigureKind::Memory);
  CHECK(side[2].value == doctest::Approx(1375.44e6));
  CHECK(side[5].value == doctest::Approx(439.22e6));  // the batch sizes 1 and 32 are none
  // A `Validation` column's counts are held out, not what training cost.
  auto splits = found("\\begin{tabular}{lrr}\nSplit & Train & Validation \\\\\n"
                      "Tokens & 1.37e+09 & 4.15e+07 \\\\\n\\end{tabular}\n");
  REQUIRE(splits.size() == 1);
  CHECK(splits[0].value == doctest::Approx(1.37e9));
  // Frames a second are a speed where the sentence says so, the data's rate elsewhere.
  CHECK(one("At 720p, we achieve average framerates of 36 FPS on an unnamed card.").value == 36);
  CHECK(found("The videos were sampled at 3 FPS.").empty());
}

TEST_CASE("extract: what a review of the third session's tables found, each kept fixed") {
  // One table's column names do not reach the next (`Batch Size` had emptied table 2).
  std::string two = "\\begin{tabular}{lll}\nModel & Batch Size & Steps \\\\\nA & 32 & 100 \\\\\n\\end{tabular}\n\n"
                    "\\begin{tabular}{lll}\nSetting & A100 & V100 \\\\\n"
                    "\\multirow{2}{*}{Memory Usage (mb)} & 120 & 140 \\\\\n & 130 & 150 \\\\\n\\end{tabular}\n";
  CHECK(found(two).size() == 4);
  // A title over all columns names none of them: the batch sizes stay out.
  auto titled = found("\\begin{tabular}{llll}\n\\multicolumn{4}{c}{Results on ImageNet} \\\\\n"
                      "Setting & Batch Size & A100 & V100 \\\\\n"
                      "\\multirow{2}{*}{Memory Usage (mb)} & 32 & 120 & 140 \\\\\n & 64 & 130 & 150 \\\\\n\\end{tabular}\n");
  REQUIRE(titled.size() == 4);
  CHECK(titled[0].value == 120e6);
  // `(mb)` is megabytes under a name of storage only; `Time step / h` is the data's.
  CHECK(found("| Pressure level (mb) | Z500 |\n|---|---|\n| 500 | 3.1 |\n", "t.md").empty());
  CHECK(found("| Model | Time step / h |\n|---|---|\n| A | 6 |\n", "t.md").empty());
  // `\cmidrule[0.4pt](lr){2-3}`: its width, then its trim, are not the next row's label.
  auto rule = found("\\begin{tabular}{lcc}\nModel & Time (h) & Energy (kWh) \\\\\n\\cmidrule[0.4pt](lr){2-3}\n"
                    "Ours & 12 & 30 \\\\\n\\end{tabular}\n");
  REQUIRE(rule.size() == 2);
  CHECK(rule[0].row_label == "Ours");
  // A footnote's mark in parentheses is no count.
  CHECK(one("We ran on a V100 (*1) and report results.").value == 1);
}

TEST_CASE("extract: what heldout14 showed, each kept") {
  // `55G` under `Size(GB)`: the column's unit again, in its first letters; files are data.
  auto corpus = found("|Language|Repositories|Size(GB)|Files|\n|------|-----|-----|-------|\n"
                      "|C | 10,749 | 55G | 3,037,112 |\n",
                      "README.md");
  REQUIRE(corpus.size() == 2);
  CHECK(corpus[0].figure == FigureKind::Memory);
  CHECK(corpus[0].value == 55e9);
  CHECK(corpus[1].figure == FigureKind::Samples);
  CHECK(corpus[1].value == 3037112);
  // A range of devices is its middle; a span of sizes in words stays two figures.
  CHECK(one("Training was done on 4 to 8 NVIDIA RTX 8000 GPUs.").value == 6);
  CHECK(one("The code is written for 4-8 GPU training.").value == 6);
  CHECK(one("models ranging from 7 billion to 70 billion parameters").value == 70e9);  // not 38.5e9
  // vCPUs and a processor its maker names are devices.
  CostStatement vcpus = one("Each agent run gets 36 vCPUs.");
  CHECK(vcpus.value == 36);
  CHECK(vcpus.device->model == "vCPU");
  CHECK(one("Training ran on a desktop with an Intel Core i5 9600K processor.").value == 1);
}

TEST_CASE("extract: what heldout15 showed, each kept") {
  // A reStructuredText grid table, and a list-table row whose first cell is empty.
  auto grid = found("+-------+-----------------+-----------------------------+\n"
                    "| Model | CPU (Joules)    | Training duration(seconds)  |\n"
                    "+=======+=================+=============================+\n"
                    "| Deep R| 19490           | 249                         |\n"
                    "+-------+-----------------+-----------------------------+\n",
                    "experiments.rst.txt");
  REQUIRE(grid.size() == 2);
  CHECK(grid[0].figure == FigureKind::Energy);
  CHECK(grid[0].value == 19490);
  CHECK(grid[1].value == 249);
  auto list = found(".. list-table:: SNIP\n   :header-rows: 1\n\n   * - Architecture\n     - Parameters\n"
                    "     - Time (hh:mm:ss)\n   * - LeNet5\n     - 430,500\n     - 1:40:18\n   * - \n     - 8,610\n"
                    "     - 1:39:01\n\nAfter.\n",
                    "snip.rst");
  REQUIRE(list.size() == 4);
  CHECK(list[1].value == 6018);  // a clock under a time's header is a duration
  CHECK(list[2].figure == FigureKind::Parameters);
  CHECK(list[2].value == 8610);
  // Superscript powers of ten; items a second cut short; media lengths; a batch's product.
  CHECK(found("It used ~1×10¹⁸ FLOPs.", "README.md").at(0).value == doctest::Approx(1e18));
  CHECK(one("| Model | Throughput (ins./sec.) |\n|---|---|\n| PointNet | 4212 |\n", "t.md").value == 4212);
  CHECK(one("It takes about 3 hrs to fully sample 20 seconds of music.").value == 3 * 3600);
  CHECK(found("128 tokens x 65,536 sequences x 7,038 steps").empty());
  // Devices listed under a label that names them.
  CHECK(one("- **Training Device:**\n  - RTX 3080 (20GB): 0-20,000 steps\n", "README.md").device->model.find("3080") !=
        std::string::npos);
}

TEST_CASE("extract: a column headed Board or GPU names its devices, whatever the grammar knows of them") {
  auto boards = found("| Board | Framework | MobileNet v2 (ms) |\n| --- | --- | --- |\n"
                      "| Coral USB Accelerator | Edge TPU | 58.1 |\n| Raspberry Pi 4 | TensorFlow Lite | 480.3 |\n"
                      "| yes | none | 1.0 |\n",
                      "README.md");
  std::vector<std::string> devices;
  for (const CostStatement& statement : boards)
    if (statement.figure == FigureKind::Hardware) {
      CHECK(!statement.device->count);
      devices.push_back(statement.device->model);
    }
  CHECK(devices == std::vector<std::string>{"Coral USB Accelerator", "Raspberry Pi 4"});
  // Not where a column counts the devices.
  for (const CostStatement& statement :
       found("| Model | # GPUs | GPU | Time (h) |\n| --- | --- | --- | --- |\n| 70b | 512 | h100_80gb | 3 |\n", "t.md"))
    CHECK((statement.figure != FigureKind::Hardware || statement.value == 512));
}

TEST_CASE("extract: what heldout16 showed, each kept") {
  // Serving benchmarks' abbreviations: tokens and queries a second.
  auto serving = found("| Backend | TPS@4 | QPS@4 | FTL@1 |\n| --- | --- | --- | --- |\n| vLLM | 222.63 | 1.08 | 341.39 |\n",
                       "README.md");
  REQUIRE(serving.size() == 2);
  CHECK(serving[0].figure == FigureKind::Throughput);
  CHECK(serving[0].value == doctest::Approx(222.63));
  CHECK(serving[1].value == doctest::Approx(1.08));
  // `MT CO2e` in capitals is metric tons; a product's number is no count of devices.
  CHECK(one("The account emitted 15.1 MT CO2e that month.").value == doctest::Approx(15.1e6));
  CHECK(one("It emitted 2 Mt CO2e.").value == doctest::Approx(2e12));
  for (const CostStatement& statement : found("It runs on a Qualcomm Snapdragon 888 CPU at 21.5 tokens per second."))
    CHECK((statement.figure != FigureKind::Hardware || statement.value != 888));
  CHECK(one("Using 8 GPUs, it took long.").value == 8);
}

TEST_CASE("extract: what heldout17 showed, each kept") {
  // A bound written on the number, in prose and in a cell; tokens and predictions a second cut short.
  CHECK(one("RTMPose-m runs at 430+ FPS on an unnamed card.").value == 430);
  auto speeds = found("| Model | GPU-FPS | Speed |\n|---|---|---|\n| RTMPose-m | 430+ | 1,109 t/s |\n| B | 90 | 333 pred/s |\n",
                      "README.md");
  REQUIRE(speeds.size() == 4);
  CHECK(speeds[0].value == 430);
  CHECK(speeds[1].value == 1109);
  CHECK(speeds[3].figure == FigureKind::Throughput);
  // A clock's minutes written `min`.
  CHECK(one("Training ran for 9min 39s.").value == 579);
}

/// The one figure the single row under `header` gives, in a Markdown table.
static CostStatement under(std::string_view header, std::string_view cell) {
  std::string table = "| Model | " + std::string(header) + " |\n|---|---|\n| ResNet-50 | " + std::string(cell) + " |\n";
  return one(table, "README.md");
}

TEST_CASE("extract: headers as READMEs write them, beyond any test set") {
  // Units in brackets that a magnitude, a mass or a currency writes.
  CHECK(under("FLOPs (G)", "4.1").figure == FigureKind::Flop);
  CHECK(under("FLOPs (G)", "4.1").value == doctest::Approx(4.1e9));
  CHECK(under("FLOPs", "4.1G").value == doctest::Approx(4.1e9));
  CHECK(under("CO2 (kg)", "3.2").value == doctest::Approx(3200));
  CHECK(under("CO2eq (t)", "3.2").value == doctest::Approx(3.2e6));
  CHECK(under("Cost ($)", "120").figure == FigureKind::Cost);
  CHECK(under("Training cost (USD)", "120").value == 120);
  CHECK(found("| Item | Price ($) | Stock |\n|---|---|---|\n| GPU | 1299 | 3 |\n", "README.md").empty());
  CHECK(found("| Dataset | Size (B) | Language |\n|---|---|---|\n| C4 | 156 | en |\n", "README.md").empty());
  // Days alone, in brackets, or on a number under a time.
  CHECK(found("| City | Days | Trips |\n|---|---|---|\n| NYC | 31 | 120000 |\n", "README.md").empty());
  CHECK(under("Training days", "2.5").value == doctest::Approx(2.5 * 86400));
  CHECK(under("Time (d)", "2.5").value == doctest::Approx(2.5 * 86400));
  CHECK(under("Training time", "3d").value == doctest::Approx(3 * 86400));
  // A model's size in millions; devices counted by `Num`; a training set's size.
  CHECK(under("Model size (M)", "25.6").value == doctest::Approx(25.6e6));
  CHECK(under("Num GPUs", "8").figure == FigureKind::Hardware);
  CHECK(under("Train size", "120,000").figure == FigureKind::Samples);
  // `G` alone is gigabytes under a header that names memory.
  CHECK(under("GPU Mem", "12G").value == doctest::Approx(12e9));
  CHECK(under("GPU Mem", "12G").figure == FigureKind::Memory);
  // Items a second cut short, in a header and in prose.
  CHECK(under("img/s", "1200").figure == FigureKind::Throughput);
  CHECK(under("Throughput", "1,200 img/s").value == 1200);
  CHECK(one("It processes 310 seq/s during training.").value == 310);
  // Still no cost: a size alone is no count of data, and `Size` over `7B` is parameters.
  CHECK(under("Size", "7B").figure == FigureKind::Parameters);
  CHECK(found("| Model | Train |\n|---|---|\n| A | 76.1 |\n", "README.md").empty());
  // A kind of device with a note names none.
  for (const CostStatement& statement :
       found("| Hardware | Batch Size | Speed |\n|---|---|---|\n| GPU (8GB VRAM) | 4 | fast |\n", "README.md"))
    CHECK(statement.figure == FigureKind::Memory);
}

TEST_CASE("extract: a blank line ends a Markdown table, and an HTML table's rows stay one table") {
  // The second table's header replaces the first's: its batch sizes are no GPU counts.
  auto two = found("| Model | # GPUs |\n|---|---|\n| A | 8 |\n\n| Model | Batch size |\n|---|---|\n| A | 256 |\n",
                   "README.md");
  REQUIRE(two.size() == 1);
  CHECK(two[0].value == 8);
  // A header under a blank line reads its own column, not the table's above.
  auto days = found("| Model | # GPUs |\n|---|---|\n| A | 8 |\n\n| Model | Training time |\n|---|---|\n| A | 3d |\n",
                    "README.md");
  REQUIRE(days.size() == 2);
  CHECK(days[1].value == doctest::Approx(3 * 86400));
  // Blank lines between an HTML table's rows: the header row above still heads them.
  auto html = found("<table>\n<tr><th>Model</th><th>Para. (K)</th></tr>\n\n<tr><th></th><th>16khz</th></tr>\n\n"
                    "<tr><td>Tiny</td><td>22</td></tr>\n</table>\n",
                    "README.md");
  REQUIRE(html.size() == 1);
  CHECK(html[0].value == 22000);
  // In LaTeX, a title row after a blank line heads nothing: the columns above go on.
  auto latex = found("\\begin{tabular}{lc}\nModel & Params \\\\\nA & 160M \\\\\n\n\\textbf{ImageNet 512} & \\\\\n"
                     "B & 559M \\\\\n\\end{tabular}\n");
  REQUIRE(latex.size() == 2);
  CHECK(latex[1].value == doctest::Approx(559e6));
  // A Markdown heading ends the table above: its caption's unit heads the next one.
  auto captioned = found("| Model | VizWiz |\n|---|---|\n| A | 53.5 |\n\n## Inference speed ( Token/sec )\n\n"
                         "| Model | A100 | 4090 |\n|---|---|---|\n| B | 50 | 60 |\n",
                         "README.md");
  REQUIRE(captioned.size() == 2);
  CHECK(captioned[0].value == 50);
  CHECK(captioned[1].figure == FigureKind::Throughput);
}

TEST_CASE("extract: a Duration alone, beside no cost, may be a media's length") {
  // A generated video's length in a table of quality scores is no run's time.
  CHECK(found("| Model | Duration | Motion Quality |\n|---|---|---|\n| HunyuanVideo | 5s | 66.5% |\n", "README.md")
            .empty());
  // Beside an energy, the same column times a run.
  auto run = found("| Run | Duration | Energy |\n|---|---|---|\n| fold 1 | 53 s | 0.57 Wh |\n", "README.md");
  REQUIRE(run.size() == 2);
  CHECK(run[0].figure == FigureKind::Duration);
  CHECK(run[0].value == 53);
}

TEST_CASE("extract: a caption's units, anywhere in it, each to the column its words name") {
  // `(in hours)` before the caption's end, given to every column where none is named.
  auto hours = found("\\caption{Training time (in hours) of each model on different GPUs.}\n"
                     "\\begin{tabular}{lcc}\nModel & A100 & V100 \\\\\nResNet-50 & 12.5 & 30.1 \\\\\n\\end{tabular}\n");
  REQUIRE(hours.size() == 2);
  CHECK(hours[0].figure == FigureKind::Duration);
  CHECK(hours[1].value == doctest::Approx(30.1 * 3600));
  // Two units, each to the column its words name.
  auto two = found("\\caption{Energy consumption (kWh) and carbon emissions (kg CO$_2$eq) of training.}\n"
                   "\\begin{tabular}{lcc}\nModel & Energy & Emissions \\\\\nBERT & 1507 & 652 \\\\\n\\end{tabular}\n");
  REQUIRE(two.size() == 2);
  CHECK(two[0].value == doctest::Approx(1507 * 3.6e6));
  CHECK(two[1].figure == FigureKind::Emissions);
  CHECK(two[1].value == doctest::Approx(652e3));
  // A unit that ends a clause.
  auto gpu_hours = found("\\caption{Comparison of training cost. Time is in GPU hours.}\n"
                         "\\begin{tabular}{lcc}\nModel & Time & Top-1 \\\\\nBERT & 96 & 80.1 \\\\\n\\end{tabular}\n");
  REQUIRE(gpu_hours.size() == 1);
  CHECK(gpu_hours[0].figure == FigureKind::DeviceTime);
  // A column the caption's unit does not name, where another is named, takes none.
  auto named = found("\\caption{Training time (hours) of each model.}\n"
                     "\\begin{tabular}{lcc}\nModel & Time & Params \\\\\nBERT & 96 & 110 \\\\\n\\end{tabular}\n");
  REQUIRE(named.size() == 1);
  CHECK(named[0].value == doctest::Approx(96 * 3600));
}

TEST_CASE("extract: what heldout18 showed, each kept") {
  // Items a second whatever they are, counted in the magnitude of the header above them.
  auto rates = found("\\begin{tabular}{c|r|r}\n & \\multicolumn{2}{c}{Iteration rate (millions)} \\\\\n"
                     "Model & Node/s & Edge/s \\\\\n\\hline\nvg & 24.6 & 2.8 \\\\\n\\end{tabular}\n");
  REQUIRE(rates.size() == 2);
  CHECK(rates[0].figure == FigureKind::Throughput);
  CHECK(rates[0].value == doctest::Approx(24.6e6));
  CHECK(found("| Model | GB/s |\n|---|---|\n| A | 12 |\n", "README.md").empty());
  // A column of cards counts devices.
  CHECK(under("# cards", "4").figure == FigureKind::Hardware);
  CHECK(found("| Model | cards | img/s |\n|---|---|---|\n| CRNN | 4 | 1180 |\n", "README.md").size() == 2);
  CHECK(found("| Game | Players | Cards |\n|---|---|---|\n| Poker | 6 | 52 |\n", "README.md").empty());
  // Energy and emissions of one run are costs, not rates.
  auto run = found("- **Micro-CNN:** ~**0.026 kWh**, ~**0.011 kg CO₂e** per training run (Fig. 1.10).", "README.md");
  REQUIRE(run.size() == 2);
  CHECK(run[1].value == doctest::Approx(11));
  CHECK(found("The grid emits 0.4 kg CO2e per kWh.").empty());
  // A label lists the devices after it, well after it; an approximation's sign is not the label's.
  auto listed = found("- Hardware used for reporting: Intel Xeon CPU + NVIDIA T4 GPU.", "README.md");
  REQUIRE(listed.size() == 2);
  CHECK(listed[1].device->model == "NVIDIA T4");
  CHECK(one("- GPU hours: ~120", "README.md").value == doctest::Approx(120 * 3600));
  // Devices the catalog does not know, by their family (Huawei's Ascend) or after their clock.
  CHECK(one("We trained on 8 Ascend 910 NPUs.").value == 8);
  CHECK(one("Experiments are tested on ascend 910* with mindspore 2.5.0 graph mode.", "README.md").figure ==
        FigureKind::Hardware);
  CHECK(one("All evaluations were performed on a~3.1~GHz Intel Xeon Platinum~8000~series processor.").value == 1);
}

TEST_CASE("extract: a Markdown table's units in a row of their own, under its rule") {
  auto sized =
      found("| Model | Params | FLOPs |\n|---|---|---|\n| | (M) | (G) |\n| ResNet-50 | 25.6 | 4.1 |\n", "README.md");
  REQUIRE(sized.size() == 2);
  CHECK(sized[0].value == doctest::Approx(25.6e6));
  CHECK(sized[1].value == doctest::Approx(4.1e9));
}

TEST_CASE("extract: a caption below its table gives its units to the columns it names") {
  auto below = found("\\begin{tabular}{lcc}\nModel & Time & Energy \\\\\nBERT & 96 & 1507 \\\\\n\\end{tabular}\n"
                     "\\caption{Training cost. Time in hours, energy in kWh.}\n");
  REQUIRE(below.size() == 2);
  CHECK(below[0].value == doctest::Approx(96 * 3600));
  CHECK(below[1].figure == FigureKind::Energy);
  // To columns it does not name, a unit whose words say what it measures (below a table, a unit
  // alone may be the next paragraph's); never to the first column, which labels the rows.
  auto devices = found("\\begin{tabular}{lcc}\nModel & A100 & V100 \\\\\nBERT & 96 & 80 \\\\\n\\end{tabular}\n"
                       "\\caption{Training time (in hours).}\n");
  REQUIRE(devices.size() == 2);
  CHECK(devices[1].value == doctest::Approx(80 * 3600));
  CHECK(found("\\begin{tabular}{lcc}\nModel & A100 & V100 \\\\\nBERT & 96 & 80 \\\\\n\\end{tabular}\n"
              "\\caption{Results of each run (in hours).}\n")
            .empty());
  auto sweep = found("\\begin{tabular}{cccc}\nc & 1 & 2 & 4 \\\\\n3{,}125 & 16 & 24 & 37 \\\\\n\\end{tabular}\n"
                     "\\caption{Memory usage (in MB) of the cache.}\n");
  REQUIRE(sweep.size() == 3);
  CHECK(sweep[0].value == doctest::Approx(16e6));
}

TEST_CASE("extract: what a review of the fourth session's diff found, each kept") {
  // A caption's unit goes to the column its words name best, its last word among them.
  auto times = found("\\caption{Training time (hours) and inference time (ms) of each model.}\n"
                     "\\begin{tabular}{lcc}\nModel & Training time & Inference time \\\\\n"
                     "A & 12 & 35 \\\\\n\\end{tabular}\n");
  REQUIRE(times.size() == 2);
  CHECK(times[1].value == doctest::Approx(0.035));
  auto energy = found("\\caption{Total training time (hours) and energy (kWh).}\n"
                      "\\begin{tabular}{lc}\nModel & Total energy \\\\\nA & 35 \\\\\n\\end{tabular}\n");
  REQUIRE(energy.size() == 1);
  CHECK(energy[0].figure == FigureKind::Energy);
  CHECK(found("\\caption{Training cost (GPU hours) and final training loss.}\n"
              "\\begin{tabular}{lc}\nModel & Training loss \\\\\nA & 2.31 \\\\\n\\end{tabular}\n")
            .empty());
  // A caption below one table says nothing of the next; a heading or a lead-in is no caption below.
  CHECK(found("\\begin{tabular}{lcc}\nModel & Params & Accuracy \\\\\nA & x & 80 \\\\\n\\end{tabular}\n"
              "\\caption{Training time (hours) of each model.}\n\\begin{tabular}{lcc}\nModel & A100 & V100 \\\\\n"
              "B & 120 & 350 \\\\\n\\end{tabular}\n")
            .empty());
  CHECK(found("| Model | Time |\n|---|---|\n| A | 30 |\n\n### Training time (hours)\n\nText.\n", "README.md").empty());
  CHECK(found("| Model | Time |\n|---|---|\n| A | 30 |\n\nTraining time (hours), batch 1:\n", "README.md").empty());
  // Two Markdown tables a blank line apart: the caption under the second is not the first's.
  auto second = found("| Model | Time |\n|---|---|\n| A | 30 |\n\n| Model | Time |\n|---|---|\n| B | 40 |\n\n"
                      "Time in hours.\n",
                      "README.md");
  REQUIRE(second.size() == 1);
  CHECK(second[0].value == doctest::Approx(40 * 3600));
  // A body row of words under the rule is data, not the header's second row.
  auto body = found("| Model | GPU | Training time (h) |\n|---|---|---|\n| Baseline | V100 | N/A |\n"
                    "| Ours | A100 | 12 |\n",
                    "README.md");
  bool timed = false;
  for (const CostStatement& statement : body)
    if (statement.figure == FigureKind::Duration) timed = statement.value == doctest::Approx(12 * 3600);
  CHECK(timed);
  // An HTML `<table>` quoted in code and never closed ends nothing else.
  CHECK(found("```html\n<table>\n  <tr><td>a</td></tr>\n```\n\n| Model | GPUs | Training time (h) |\n|---|---|---|\n"
              "| A | 8 | 12 |\n",
              "README.md")
            .size() == 2);
}

TEST_CASE("extract: the review's prose, each kept") {
  // A dataset's instances and a graph's nodes are no machines.
  auto annotated = found("We annotate 500 test instances with 8 A100 GPUs in about an hour.", "README.md");
  REQUIRE(!annotated.empty());
  CHECK(annotated[0].value == 8);
  auto graph = found("We partition the 4096 graph nodes with 8 GPUs.", "README.md");
  REQUIRE(graph.size() == 1);
  CHECK(graph[0].value == 8);
  // A resolution, a comparison: no GeForce card by its number.
  CHECK(found("Frames are resized to 1080 × 1080 pixels before encoding.", "README.md").empty());
  // A length of output is no budget; a word far before a device is no label.
  CHECK(found("Max output tokens: 8K", "README.md").empty());
  CHECK(found("Unlike hardware-specific kernels, FlashAttention also supports the T4 GPU.", "README.md").empty());
  CHECK(found("The model was tested on Mac 13 Ventura.", "README.md").empty());
}

TEST_CASE("extract: what heldout19 showed, each kept") {
  // CO₂ in a header, its subscript as written.
  auto carbon = found("| Model | Params | CO₂/exp (g) | Time/exp (s) |\n|---|---|---|---|\n"
                      "| neuralsym | 32.5M | 35.0 | 1,282 |\n",
                      "README.md");
  bool emitted = false;
  for (const CostStatement& statement : carbon) emitted = emitted || statement.figure == FigureKind::Emissions;
  CHECK(emitted);
  // `\texttimes` is a times sign: `160\texttimes160` is an image's size, no count of 160,160.
  CHECK(found("\\begin{tabular}{lll}\nSurvey & Size & Number of samples \\\\\nHSC & 160\\texttimes160 & 477K \\\\\n"
              "\\end{tabular}\n")
            .size() == 1);
  // A dimension's second factor is no count: `1024×1024 images`.
  CHECK(found("We use a tile split of $1024{\\times}1024$ images.").empty());
  // A media's segments; a count joined to a noun by another clause's word.
  CHECK(found("Cut your clips into ~10 second segments.", "README.md").empty());
  CHECK(found("It switched around step ~200k to decays every 20k steps.").empty());
  // Words that qualify a dataset's noun may carry digits (`AF2`).
  CHECK(one("| Name | Dataset |\n|---|---|\n| SaProt | 40M AF2 structures |\n", "README.md").value ==
        doctest::Approx(4e7));
}

TEST_CASE("extract: siunitx's units alone in a header, and a header's power of ten over FLOPs") {
  auto si = found("\\begin{tabular}{lcc}\nModel & Energy [\\si{\\kilo\\watt\\hour}] & Time (\\si{\\hour}) \\\\\n"
                  "A & 12.4 & 2.5 \\\\\n\\end{tabular}\n");
  REQUIRE(si.size() == 2);
  CHECK(si[0].value == doctest::Approx(12.4 * 3.6e6));
  CHECK(si[1].value == doctest::Approx(2.5 * 3600));
  auto flop = found("\\begin{tabular}{lc}\nModel & FLOPs ($\\times 10^9$) \\\\\nA & 4.1 \\\\\n\\end{tabular}\n");
  REQUIRE(flop.size() == 1);
  CHECK(flop[0].value == doctest::Approx(4.1e9));
}

TEST_CASE("extract: what heldout20 showed, each kept") {
  // Items a second a word qualifies, in a header without a space before its bracket.
  auto serving = found("| model | batch | throughput(out tok/s) |\n|---|---|---|\n| llama2-7b | 256 | 3387.419 |\n",
                       "README.md");
  REQUIRE(serving.size() == 1);
  CHECK(serving[0].value == doctest::Approx(3387.419));
  CHECK(found("At batch size 16 it achieves 1284 tok/s.").size() == 1);
  // Ratings count a dataset.
  CHECK(one("MovieLens 1M: 1,000,000 ratings by 6,040 users.").value == 1e6);
  // `on` the devices, in a clause whose verb says what ran.
  CHECK(one("The experiments were conducted using the PyTorch framework on NVIDIA Quadro RTX~8000 GPUs.")
            .figure == FigureKind::Hardware);
  CHECK(found("The V100 was released in 2017 and is popular.").empty());
}

TEST_CASE("extract: nicematrix's Block spans cells, its first argument is no text") {
  auto statements = found("\\begin{NiceTabular}{lcc}\n\\Block[c]{2-1}{\\textbf{Dataset}} & \\Block[c]{2-1}{$d$} & "
                          "\\Block[c]{1-2}{\\textbf{Train}} \\\\\nMNIST & 784 & 45000 \\\\\n\\end{NiceTabular}\n");
  CHECK(std::none_of(statements.begin(), statements.end(),
                     [](const CostStatement& s) { return s.figure == FigureKind::Duration; }));
}

TEST_CASE("extract: a header's bracket of words in lower case qualifies its name, which is read alone") {
  auto tokens = found("| Lang | # Documents | Estimated Token count (deduped) |\n|---|---|---|\n| en | 14.5B | 20.5T |\n",
                      "README.md");
  REQUIRE(tokens.size() == 2);
  CHECK(tokens[1].figure == FigureKind::Tokens);
  CHECK(tokens[1].value == 20.5e12);
  CHECK(one("| Lang | Tokens (deduped) |\n|---|---|\n| en | 3.0T |\n", "README.md").value == 3e12);
  // Not a ratio nor a system's name in capitals: `(relative)`, `(PyTorch)` say no unit for the name.
  CHECK(found("| Model | Params (relative) |\n|---|---|\n| A | 1.5 |\n", "README.md").empty());
}

TEST_CASE("extract: a test or validation split's rows count no training data, under a multirow too") {
  auto statements = found("\\begin{tabular}{ccc}\nType & Domain & Tokens (en) \\\\\n"
                          "\\multirow{2}{*}{Train} & EMEA & 209k \\\\\n & GNOME & 194k \\\\\n"
                          "\\multirow{2}{*}{Test} & EMEA & 42k \\\\\n & GNOME & 30k \\\\\n\\end{tabular}\n");
  std::vector<double> values;
  for (const CostStatement& s : statements) values.push_back(s.value);
  CHECK(values == std::vector<double>{209e3, 194e3});
}

TEST_CASE("extract: a row's count of devices is of the device its row names in another column") {
  auto statements = found("| # Params (B) | #GPUs | Samples/s | GPU Type |\n|---|---|---|---|\n| 2.7 | 8 | 18.63 | A100 |\n",
                          "README.md");
  REQUIRE(statements.size() == 3);
  CHECK(statements[1].figure == FigureKind::Hardware);
  CHECK(statements[1].value == 8);
  REQUIRE(statements[1].device);
  CHECK(statements[1].device->count == 8);
  CHECK(statements[1].device->model == "NVIDIA A100-SXM4-40GB");
  // Without a column that counts them, the device a row names is a statement of its own.
  auto named = found("| Model | Time (h) | GPU |\n|---|---|---|\n| A | 12 | A100 |\n", "README.md");
  CHECK(std::any_of(named.begin(), named.end(), [](const CostStatement& s) { return s.figure == FigureKind::Hardware; }));
}

TEST_CASE("extract: `# of Samples` and `# Docs` count a dataset's items") {
  auto fed = found("| Dataset | Data Type | # of Clients | # of Samples |\n|---|---|---|---|\n| iNature | Image | 2,295 | 193K |\n",
                   "README.md");
  REQUIRE(fed.size() == 1);
  CHECK(fed[0].figure == FigureKind::Samples);
  CHECK(fed[0].value == 193e3);
  CHECK(one("\\begin{tabular}{lrr}\nDataset & \\# Docs & \\# Test Q \\\\\nNFCorpus & 3{,}633 & 323 \\\\\n\\end{tabular}\n")
            .value == 3633);
}

TEST_CASE("extract: a size in millions beside the models it sizes is their parameters") {
  auto zoo = found("| **Model** | **Size (M)** | **Speed (FPS)** |\n|---|---|---|\n| sam2_hiera_tiny | 38.9 | 91.2 |\n",
                   "README.md");
  REQUIRE(!zoo.empty());
  CHECK(zoo[0].figure == FigureKind::Parameters);
  CHECK(zoo[0].value == doctest::Approx(38.9e6));
  for (const CostStatement& s : found("| Dataset | Size (M) |\n|---|---|\n| LAION | 400 |\n", "README.md"))
    CHECK(s.figure != FigureKind::Parameters);
}

TEST_CASE("extract: a header's second bracket that names the parts a cell sums, and samples seen") {
  auto both = found("| Model | # Seen <BR>Samples (B) | # Params (M) <BR> (img + txt) |\n|---|---|---|\n"
                    "| MobileCLIP2-S0 | 13 | 11.4 + 42.4 |\n",
                    "README.md");
  REQUIRE(both.size() == 3);
  CHECK(both[0].figure == FigureKind::Samples);
  CHECK(both[0].value == 13e9);
  CHECK(both[1].figure == FigureKind::Parameters);
  CHECK(both[1].value == doctest::Approx(11.4e6));
  CHECK(both[2].value == doctest::Approx(42.4e6));
  // Brackets joined are one header's words, not a name and its parts.
  CHECK(found("| Batch | FTL(min)(s) |\n|---|---|\n| 1 | 5.52 |\n", "README.md").empty());
}

TEST_CASE("extract: a substitution's bars within a grid table's cell are no column's edges") {
  auto grid = found("+-----------------------+------------+-----------+-----------+\n"
                    "| Environment Name      |            | # of Envs | VRAM (GB) |\n"
                    "+=======================+============+===========+===========+\n"
                    "| Isaac-Cartpole-Direct | |cartpole| | 4096      | 3.3       |\n"
                    "+-----------------------+------------+-----------+-----------+\n"
                    "| Isaac-Reorient-Cube  | |cube|     | 8192      | 6.4       |\n"
                    "+-----------------------+------------+-----------+-----------+\n",
                    "benchmarks.rst");
  REQUIRE(grid.size() == 2);
  CHECK(grid[0].figure == FigureKind::Memory);
  CHECK(grid[0].value == doctest::Approx(3.3e9));
  CHECK(grid[1].value == doctest::Approx(6.4e9));  // a row out of line keeps its bars set apart by spaces
}

TEST_CASE("extract: nodes times devices under a count of GPUs, and memory in a magnitude's letter") {
  auto zoo = found("| config | gpus | gpu_mem(M) |\n|:--|:--:|:--:|\n| tsn_r50 | 8x3 | 8332 |\n", "README.md");
  REQUIRE(zoo.size() == 2);
  CHECK(zoo[0].figure == FigureKind::Hardware);
  CHECK(zoo[0].value == 24);
  CHECK(zoo[1].figure == FigureKind::Memory);
  CHECK(zoo[1].value == 8332e6);
  CHECK(one("| Stage | #GPUs |\n| --- | --- |\n| Pre-training | 16 x 8 |\n", "README.md").value == 128);
  // Not a product of anything but whole numbers.
  CHECK(found("| Stage | #GPUs |\n| --- | --- |\n| Pre-training | 16 x A |\n", "README.md").empty());
}

TEST_CASE("extract: a header's unit after `in`, and items a second in brackets whatever the name") {
  auto runtime = found("| Task | Max<br>**Runtime** <br>_(in seconds)_ | Time (in hours) |\n|---|---|---|\n| a | 7,703 | 12 |\n",
                       "README.md");
  REQUIRE(runtime.size() == 2);
  CHECK(runtime[0].value == 7703);
  CHECK(runtime[1].value == 12 * 3600.0);
  CostStatement videos = one("| config | inference_time(video/s) |\n|:--|:--:|\n| tsn | 4.3 (25x10 frames) |\n", "README.md");
  CHECK(videos.figure == FigureKind::Throughput);
  CHECK(videos.value == doctest::Approx(4.3));
  // A device's rate of operations, a bandwidth: no throughput of a system.
  CHECK(found("| Chip | Measured (TFLOPS/s) | Link (GB/s) |\n|---|---|---|\n| TPU | 24.8 | 600 |\n", "README.md").empty());
}

TEST_CASE("extract: what a review of the eighth session found, each kept fixed") {
  // A card's model after a sign of product is no count of nodes; a header of image sizes heads its table.
  for (const CostStatement& s : found("| Model | GPUs |\n|---|---|\n| LLaMA-7B | 2 x 3090 |\n", "README.md"))
    CHECK(s.value != 6180);
  auto sizes = found("| Time (h) | A |\n|---|---|\n| 1 | 2 |\n\n| Method | 64x64 | 256x256 |\n|---|---|---|\n"
                     "| Ours | 3 | 4 |\n", "README.md");
  REQUIRE(sizes.size() == 1);
  CHECK(sizes[0].value == 3600);
  // A unit in a second bracket is no qualifier of the name.
  CHECK(found("| Model | Latency (min) (ms) |\n|---|---|\n| A | 35.2 |\n", "README.md").empty());
  // Items a second, not operations, angles or lengths.
  CHECK(found("| Design | Performance (GOP/s) | Rate (rad/s) |\n|---|---|---|\n| A | 35.2 | 3 |\n", "README.md").empty());
  // `Size (M)` beside a column of parameters is the file's megabytes; `Size (K)` no parameters.
  auto files = found("| Model | Params (M) | Size (M) |\n|---|---|---|\n| PP-OCRv3 | 3.4 | 16.2 |\n", "README.md");
  REQUIRE(files.size() == 1);
  CHECK(files[0].value == doctest::Approx(3.4e6));
  CHECK(found("| Model | Size (K) |\n|---|---|\n| A | 16.2 |\n", "README.md").empty());
  CHECK(found("| Dataset | # Seen Images |\n|---|---|\n| CUB | 5,994 |\n", "README.md").empty());
  // A grid table's rule says nothing of a later table's rows; bars in a cell of a row in line stay text.
  auto grid = found("+-------+----------+\n| Model | Time (s) |\n+=======+==========+\n| P(y | x) | 249 |\n"
                    "+-------+----------+\n", "t.rst");
  for (const CostStatement& s : grid) CHECK(s.value != 249);
}

TEST_CASE("extract: what a review of the eighth session found in prose, each kept fixed") {
  auto total = found("We trained on 2 nodes, 16 A100 GPUs in total, each with 80GB memory.");
  REQUIRE(!total.empty());
  CHECK(total[0].figure == FigureKind::Hardware);
  CHECK(total[0].value == 16);
  CHECK(one("We use 2 nodes, 8 A100 GPUs each.").value == 16);
  CHECK(found("The region hosts over 8,000 data centers.").empty());
  CHECK(one("Models were trained and evaluated on a corpus of 50K dialogues.").value == 50000);
  CHECK(found("Hyperparameters were tuned on 500 images.").empty());
  CHECK(found("We use a high-speed camera (240 fps).").empty());
  CHECK(found("Annotations are provided at a frame rate of 2 fps.").empty());
  CHECK(found("The Azure Kinect streams depth at up to 30 fps.").empty());
  CHECK(found("The pruning removes 60M redundant parameters and keeps 3M non-trainable parameters.").empty());
  CHECK(one("The model has 85M non-embedding parameters.").value == 85e6);
  CHECK(found("We continue training on 100B more tokens.").empty());
  CHECK(found("at a strain rate of 10\\,s$^{-1}$ and 0.5~s\\textsuperscript{-1}").empty());
  CostStatement math = one("| Task | Time (h) |\n|---|---|\n| a | $24$ |\n", "README.md");
  CHECK(math.offset == 37);  // the `2` of `$24$`, and both its digits
  CHECK(math.length == 2);
}

TEST_CASE("extract: a caption's one-letter bracket is a unit only after the words of what it measures") {
  // `The (d) suffix` marks rows kept on disk: the table after it is in no days.
  CHECK(found("The (d) suffix denotes the package uses disk as the external memory.\n"
              "\\begin{tabular}{lrr}\nMemory & Sparrow & XGBoost \\\\\n16 GB & 5.7 (d) & 483.7 (d) \\\\\n\\end{tabular}\n")
            .size() == 1);
  auto latency = found("Inference speed (ms) of each model.\n\\begin{tabular}{lrr}\nModel & A100 & V100 \\\\\n"
                       "ViT & 12 & 30 \\\\\n\\end{tabular}\n");
  REQUIRE(latency.size() == 2);
  CHECK(latency[0].value == doctest::Approx(0.012));
}

TEST_CASE("extract: from heldout34: a name's inner word, parallel environments, iterations cut short") {
  // `SEED` inside a model's hyphenated name is no column of seeds.
  auto costs = found("| Category | HyperCLOVAX-SEED-Text-Instruct-0.5B | Qwen |\n|---|---|---|\n"
                     "| **A100 GPU Hours** | 4.358 K | 169.257 K |\n",
                     "README.md");
  REQUIRE(costs.size() == 2);
  CHECK(costs[0].value == doctest::Approx(4358 * 3600.0));
  CHECK(found("| Model | Seed | Time (h) |\n|---|---|---|\n| A | 42 | 3 |\n", "README.md").size() == 1);
  auto go2 = found("Training a policy with 10000 envs for 1k ites takes about 23mins.", "README.md");
  REQUIRE(go2.size() == 1);
  CHECK(go2[0].figure == FigureKind::Duration);
}

TEST_CASE("extract: what a review of the ninth session found, each kept") {
  // A card's variant is no setting: `RTX 3090 Ti` is not read as the catalog's `RTX 3090`.
  CHECK(one("We used 8 RTX 3090 Ti GPUs.").device->model != "NVIDIA GeForce RTX 3090");
  // A bracket that only mentions a held-out set, a number that is no year, a set trained on too.
  CHECK(one("The corpus has 1.2M images (excluding the validation set).").value == 1.2e6);
  auto clips = found("We collected 80000 clips to test 1000 model variants.");
  CHECK(std::any_of(clips.begin(), clips.end(), [](const CostStatement& s) { return s.value == 80000; }));
  CHECK(one("We build a training and evaluation dataset of 50K dialogues.").value == 50000);
  // The author's own device, counted; a cue of data inside another word is none.
  CHECK(one("I only have 1 RTX 3090 in my workstation.").value == 1);
  CHECK(found("Under each constraint the solver found 1,200 solutions.").empty());
  // Work on the data is a run's time; a price's denominator stops at its clause.
  CHECK(one("The pipeline took 48 hours data cleaning included.").value == 48 * 3600.0);
  CHECK(one("Calls are billed per 1000; 50M tokens were generated in all.").value == 50e6);
  // A caption above gives its unit to every column, the first too; a quantity's hyphenated name is one.
  auto above = found("\\caption{Training time (in hours).}\n\\begin{tabular}{cc}\nA100 & V100 \\\\\n12 & 30 \\\\\n"
                     "\\end{tabular}\n");
  REQUIRE(above.size() == 2);
  CHECK(above[0].value == doctest::Approx(12 * 3600));
  CHECK(found("\\caption{Training time (hours).}\n\\begin{tabular}{lcc}\nModel & Dev-BLEU-4 & A100 \\\\\n"
              "A & 27.3 & 12 \\\\\n\\end{tabular}\n")
            .size() == 1);
  // A LaTeX row's last cell ends at its line's end, as a Markdown one at its bar; prose's line does not.
  auto held = found("\\begin{tabular}{lc}\nMethod & Memory \\\\\nOurs & 47.14GB GPU \\\\\n\\end{tabular}\n");
  REQUIRE(held.size() == 1);
  CHECK(held[0].figure == FigureKind::Memory);
  CHECK(one("We recommend a 24GB GPU\nfor inference.").figure == FigureKind::Hardware);
}

TEST_CASE("extract: a row ends at tabularnewline as at its double backslash (LyX, tabularx)") {
  const char* table =
      "\\begin{tabularx}{\\textwidth}{lll}\n"
      "Parameters & BFTQ & FTQ\\tabularnewline\n"
      "epoch (NN) & 1000 & 5000\\tabularnewline\n"
      "Training time (h) & 12 & 30\\tabularnewline\n"
      "\\end{tabularx}\n";
  auto statements = found(table);
  REQUIRE(statements.size() == 2);
  CHECK(statements[0].figure == FigureKind::Duration);
  CHECK(statements[0].value == 12 * 3600);
}

TEST_CASE("extract: a speed in kHz is audio samples a second, a sample rate is none") {
  auto speed = found("| GPU | Speed (kHz) | VRAM (GB) |\n|---|---|---|\n| NVIDIA A100 | 1672.1 | 1.3 |\n", "t.md");
  auto rate = std::find_if(speed.begin(), speed.end(), [](const auto& s) { return s.figure == FigureKind::Throughput; });
  REQUIRE(rate != speed.end());
  CHECK(rate->value == doctest::Approx(1672.1e3));
  auto sampled = found("| Model | Sample rate (kHz) | Params (M) |\n|---|---|---|\n| HiFi-GAN | 22.05 | 13.9 |\n", "t.md");
  CHECK(std::none_of(sampled.begin(), sampled.end(), [](const auto& s) { return s.figure == FigureKind::Throughput; }));
}

TEST_CASE("extract: a paragraph of sentences below a table, after a blank line, is no caption of it") {
  std::string table = "| Argument | Default value |\n|---|---|\n| train_batch_size | 4 |\n| max_seq_length | 128 |\n\n";
  CHECK(found(table + "During training, two log files are updated. The `train_log.txt` holds the training speed "
                      "(tokens/sec) statistics.\n",
              "README.md")
            .empty());
  // A caption of one sentence below the table still gives its unit.
  auto captioned = found(table + "Training speed (tokens/sec) of each setting.\n", "README.md");
  CHECK(captioned.size() == 2);
}

TEST_CASE("extract: the alignment marks of an equation make no table") {
  CHECK(found("\\begin{equation}\n  \\text{bits}(\\mathbf{W}) = \\begin{cases}\n    16 & \\text{if } S \\geq 0.90 \\\\\n"
              "    8 & \\text{if } S \\geq 0.65 \\\\\n    4 & \\text{otherwise}\n  \\end{cases}\n\\end{equation}\n")
            .empty());
  // A tabular inside an equation is still one.
  auto inside = found("\\begin{equation}\n\\begin{tabular}{lc}\nModel & Energy (kWh) \\\\\nOurs & 12.5 \\\\\n"
                      "\\end{tabular}\n\\end{equation}\n");
  REQUIRE(inside.size() == 1);
  CHECK(inside[0].figure == FigureKind::Energy);
}

TEST_CASE("extract: a column of training data's sizes, under a header of one row or two") {
  std::string rows = "MiDaS & 2M & 11.1 & 88.5 \\\\\nGeoWizard & 280K & 5.6 & 96.3 \\\\\n\\end{tabular}\n";
  // A Greek letter keeps its digits (`$\delta$1`, a metric), so the row of headers is one.
  auto one_row = found("\\begin{tabular}{l|c|cc}\n\\toprule\nMethod & Training Data & AbsRel & $\\delta$1 \\\\\n"
                       "\\midrule\n" + rows);
  REQUIRE(one_row.size() == 2);
  CHECK(one_row[0].figure == FigureKind::Samples);
  CHECK(one_row[0].value == 2e6);
  CHECK(one_row[1].value == 280e3);
  auto two_rows = found("\\begin{tabular}{l|c|cc}\n\\multirow{2}{*}{Method} & Training & \\multicolumn{2}{c}{NYUv2} \\\\\n"
                        "& Data$\\downarrow$ & AbsRel & $\\delta$1 \\\\\n\\midrule\n" + rows);
  CHECK(two_rows.size() == 2);
}

TEST_CASE("extract: a caption's one unit is the column's that declares it, and an item's price is no cost") {
  auto served = found("The evaluation focused on throughput (Requests Per Second).\n\\begin{tabular}{lll}\n"
                      "Boxes & Concurrent User & RPS \\\\\n2 boxes & 5 & 128.32 \\\\\n4 boxes & 10 & 13.36 \\\\\n"
                      "\\end{tabular}\n");
  REQUIRE(served.size() == 2);
  CHECK(served[0].value == doctest::Approx(128.32));
  CHECK(served[1].value == doctest::Approx(13.36));
  CHECK(found("\\begin{tabular}{lrr}\nModel & Review Score (Points) & Wine Price (Dollars) \\\\\n"
              "Unigram BoW & 87.3 & 25.5 \\\\\nBigram BoW & 86.9 & 18.1 \\\\\n\\end{tabular}\n")
            .empty());
  auto spent = found("| Run | Cost (Dollars) |\n|---|---|\n| Pretraining | 2500 |\n", "README.md");
  REQUIRE(spent.size() == 1);
  CHECK(spent[0].figure == FigureKind::Cost);
}

TEST_CASE("extract: a column whose baseline cell is marked as a ratio holds ratios") {
  CHECK(found("\\begin{tabular}{lcc}\nTokenizer & Throughput $\\uparrow$ & Memory (GB) \\\\\n"
              "BPE & 1.00$\\times$ & 12 \\\\\nDST (ours) & 1.22 & 10 \\\\\n\\end{tabular}\n")
            .size() == 2);  // the memory alone
  auto speeds = found("| Model | Throughput (img/s) |\n|---|---|\n| A | 1200 |\n| B | 1500 |\n", "README.md");
  CHECK(speeds.size() == 2);
}

TEST_CASE("extract: a column headed Training Set counts a training set however small") {
  auto sets = found("| Method | Training Set | Acc |\n|---|---|---|\n| A | 800 | 90.1 |\n| B | 2650 | 91.2 |\n", "README.md");
  REQUIRE(sets.size() == 2);
  CHECK(sets[0].value == 800);
  CHECK(sets[0].figure == FigureKind::Samples);
}

TEST_CASE("extract: a column headed Samples Seen counts what a training saw, its noun first") {
  auto seen = found("| Model | Samples Seen |\n|---|---|\n| ViT-B-32 | 34B |\n", "README.md");
  REQUIRE(seen.size() == 1);
  CHECK(seen[0].figure == FigureKind::Samples);
  CHECK(seen[0].value == 34e9);
  // Not the pairs of a compositional zero-shot benchmark, seen or unseen.
  CHECK(found("| Dataset | # Seen Pairs |\n|---|---|\n| MIT-States | 1262 |\n", "README.md").empty());
}
