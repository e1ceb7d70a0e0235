// How the draft manifest writes what a paper states: in the paper's own unit
// where the manifest language has it, counts whole, the training's figure first.

#include <doctest/doctest.h>

#include <cmath>
#include <string>

#include "extract/draft_manifest.h"
#include "extract/draft_values.h"
#include "extract_support.h"
#include "ir/utf8.h"
#include "lint/driver.h"

using namespace costlint::extract;
using costlint::testing::found;

namespace {

/// The draft value of the one statement `text` states.
std::string value_of(const std::string& text) {
  auto statements = found(text);
  REQUIRE(statements.size() == 1);
  return draft_value(statements.front());
}

CostStatement statement(FigureKind figure, double value, std::string unit, bool approximate = false) {
  CostStatement s{};
  s.figure = figure;
  s.value = value;
  s.unit = std::move(unit);
  s.approximate = approximate;
  return s;
}

}  // namespace

TEST_CASE("draft values: a duration in the unit the paper wrote") {
  CHECK(value_of("The model was trained for 3.5 days.") == "3.5 d");
  CHECK(value_of("Training took about 90 hours.") == "~90 h");
  CHECK(value_of("Fine-tuning takes 45 minutes.") == "45 min");
  CHECK(value_of("Training lasted two weeks.") == "14 d");
  // Not a round number in the unit written (`1 min 38 sec` read as minutes): the largest unit where it is one.
  CHECK(draft_value(statement(FigureKind::Duration, 98, "min")) == "98 s");
  // A unit the manifest has no name for (a clock): the largest unit where the number is round.
  CHECK(draft_value(statement(FigureKind::Duration, 7200, "h m s")) == "2 h");
  CHECK(draft_value(statement(FigureKind::Duration, 12345.6, "")) == "3.42933333333 h");  // no digit lost
}

TEST_CASE("draft values: bytes, energy and emissions in the paper's units") {
  CHECK(draft_value(statement(FigureKind::Memory, 80e9, "GB")) == "80 GB");
  CHECK(draft_value(statement(FigureKind::Memory, 512 * 1048576.0, "MiB")) == "512 MiB");
  CHECK(draft_value(statement(FigureKind::Memory, 31.3e9, "GPU Mem (GB)")) == "31.3 GB");
  CHECK(draft_value(statement(FigureKind::Energy, 41.2 * 3.6e6, "kWh")) == "41.2 kWh");
  CHECK(draft_value(statement(FigureKind::Energy, 1287 * 3.6e9, "Energy consumption (MWh)")) == "1287 MWh");
  CHECK(draft_value(statement(FigureKind::Emissions, 24.7e6, "tonnes of CO2eq")) == "24.7 tCO2e");
  CHECK(draft_value(statement(FigureKind::Emissions, 11250e3, "kg CO2 eq")) == "11250 kgCO2e");
  // Grams written as kilograms (`0.07728 kg`): a round number of grams.
  CHECK(draft_value(statement(FigureKind::Emissions, 77.28, "kg of CO2")) == "77.28 gCO2e");
  // Not round in any unit: as written.
  CHECK(draft_value(statement(FigureKind::Emissions, 25625.2172527272, "kg CO2e")) == "25.6252172527 kgCO2e");
}

TEST_CASE("draft values: device-time in the paper's devices and time, its digits kept") {
  CHECK(value_of("Llama 2 was pretrained using a total of 3,311,616 GPU hours.") == "3311616 GPU.h");
  CHECK(draft_value(statement(FigureKind::DeviceTime, 100 * 3600.0, "TPU hours")) == "100 TPU.h");
  CHECK(draft_value(statement(FigureKind::DeviceTime, 2.5 * 86400, "A100 GPU days")) == "2.5 GPU.d");
  CHECK(draft_value(statement(FigureKind::DeviceTime, 6 * 3600.0, "core-hour")) == "6 core.h");
  CHECK(draft_value(statement(FigureKind::Energy, 1234567 * 3.6e6, "kWh")) == "1234567 kWh");
  CHECK(draft_value(statement(FigureKind::Energy, 1500 * 3.6e6, "kilowatt-hours")) == "1500 kWh");
  CHECK(draft_value(statement(FigureKind::Emissions, 1000e3, "kgCO₂e")) == "1000 kgCO2e");
  CHECK(draft_value(statement(FigureKind::Cost, 1234567, "$")) == "1234567 USD");
}

TEST_CASE("draft values: a count whole, or with the suffix that keeps it exact") {
  CHECK(draft_value(statement(FigureKind::Tokens, 2000000001, "tokens")) == "2000000001");
  CHECK(draft_value(statement(FigureKind::Parameters, 1000000001, "parameters")) == "1000000001");
  CHECK(draft_value(statement(FigureKind::Samples, 170.4e6, "examples")) == "170.4 M");
  CHECK(draft_value(statement(FigureKind::Samples, 20982733, "entities")) == "20982733");
  CHECK(draft_value(statement(FigureKind::Samples, 170e6, "examples")) == "170 M");
  CHECK(draft_value(statement(FigureKind::Parameters, 1.3e9, "parameters", true)) == "~1.3 B");
  CHECK(draft_value(statement(FigureKind::Tokens, 2e12, "tokens")) == "2 T");
  CHECK(draft_value(statement(FigureKind::Samples, 48842, "#Samples")) == "48842");
  CHECK(draft_value(statement(FigureKind::Samples, 50000, "images")) == "50000");
}

TEST_CASE("draft values: the training's figure comes first, the others beneath it") {
  std::vector<ExtractedFile> files = {
      {"README.md",
       found("Preprocessing will take about half a day.\n\nIt takes nearly one day to finish the training.\n",
             "README.md"),
       ""}};
  std::string draft = draft_manifest(files);
  size_t training = draft.find("    duration = ~1 d   # README.md:3");
  size_t other = draft.find("    # also: duration = 0.5 d   # README.md:1");
  CHECK(training != std::string::npos);
  CHECK(other != std::string::npos);
  CHECK(training < other);
  // Not a word that only holds the letters, an adjective, nor a set's name.
  for (const char* other : {"With the pretrained checkpoint, inference on the test set takes 20 minutes.\n",
                            "Solving the constraint system takes 20 minutes.\n",
                            "Pre-processing the training set takes 20 minutes.\n"}) {
    CAPTURE(other);
    std::vector<ExtractedFile> two = {
        {"p.md", found(std::string("The full run takes 3 days on 8 A100 GPUs.\n\n") + other, "p.md"), ""}};
    CHECK(draft_manifest(two).find("    duration = 3 d   # p.md:1") != std::string::npos);
  }
  // What `costlint init --paper` merges is the same statement.
  auto fields = paper_fields(files);
  REQUIRE(!fields.empty());
  CHECK(fields.front().field == "duration");
  CHECK(fields.front().value == "~1 d");
}

TEST_CASE("draft values: a table of datasets' sizes makes no model per dataset") {
  std::vector<ExtractedFile> datasets = {
      {"t.md", found("| Dataset | #Samples |\n|---|---|\n| Adult | 48,842 |\n| Covertype | 581,012 |\n", "t.md"), ""}};
  std::string draft = draft_manifest(datasets);
  CHECK(draft.find("model adult") == std::string::npos);
  CHECK(draft.find("    samples = 48842   # t.md:3 \"48,842\" (row \"Adult\")") != std::string::npos);
  CHECK(draft.find("    # also: samples = 581012   # t.md:4") != std::string::npos);
  // A row that states a system's cost is still a model of its own.
  std::vector<ExtractedFile> systems = {
      {"t.md", found("| Model | Params | Training time |\n|---|---|---|\n| Tiny | 12M | 3 hours |\n", "t.md"), ""}};
  std::string by_row = draft_manifest(systems);
  CHECK(by_row.find("model tiny {") != std::string::npos);
  CHECK(by_row.find("  parameters = 12 M   # t.md:3") != std::string::npos);
  // A model's row that gives only its data, in a table of models, is still a model.
  std::vector<ExtractedFile> mixed = {
      {"t.md",
       found("| Model | Params | Training samples |\n|---|---|---|\n| Ours | 12M | 80K |\n| Baseline | - | 80K |\n",
             "t.md"),
       ""}};
  CHECK(draft_manifest(mixed).find("model baseline {") != std::string::npos);
  // A row of a model's training tokens alone is the model's.
  std::vector<ExtractedFile> corpora = {
      {"t.md", found("| Model | Training tokens |\n|---|---|\n| LLaMA 7B | 1T |\n| LLaMA 65B | 1.4T |\n", "t.md"), ""}};
  std::string tokens = draft_manifest(corpora);
  CHECK(tokens.find("model llama_7b {") != std::string::npos);
  CHECK(tokens.find("    tokens = 1 T   # t.md:3") != std::string::npos);
}

TEST_CASE("draft values: the extremes a hostile paper can give still make a manifest that checks") {
  for (double value : {0.0, 1e-9, 0.5, 1234567.0, 2000000001.0, 1e15, 1e300}) {
    CAPTURE(value);
    std::vector<CostStatement> statements;
    for (FigureKind figure : {FigureKind::Duration, FigureKind::DeviceTime, FigureKind::Flop, FigureKind::Energy,
                              FigureKind::Emissions, FigureKind::Memory, FigureKind::Cost, FigureKind::Tokens,
                              FigureKind::Samples, FigureKind::Parameters}) {
      CostStatement s = statement(figure, value, "TPU days", value == 0.5);
      s.file = "paper.tex";
      s.line = 1;
      s.text.assign(1, 'x');  // (not `= "x"`: g++ 12 warns falsely of an overlap, -Wrestrict)
      statements.push_back(s);
    }
    std::string draft = draft_manifest({{"paper.tex", statements, ""}});
    costlint::CheckRun run = costlint::check_text("draft.cost", draft, costlint::testing::front_end_only());
    for (const costlint::Diagnostic& d : run.diagnostics)
      CHECK_MESSAGE(d.severity != costlint::Severity::Error, d.message);
    CHECK(draft.find("# also") == std::string::npos);  // each value is its field's, read by the check
  }
  // A value no manifest can hold is left out, not written as `nan`.
  CostStatement bad = statement(FigureKind::Duration, std::nan(""), "h");
  bad.file = "paper.tex";
  bad.line = 1;
  std::string draft = draft_manifest({{"paper.tex", {bad}, ""}});
  CHECK(draft.find("nan") == std::string::npos);
  CHECK(draft.find("# TODO duration") != std::string::npos);
}

TEST_CASE("draft values: bytes that are not UTF-8 become U+FFFD, so the draft still reads") {
  CHECK(costlint::utf8::replace_invalid("caf\xE9 \xFF\xFEok") == "caf\xEF\xBF\xBD \xEF\xBF\xBD\xEF\xBF\xBDok");
  CHECK(costlint::utf8::replace_invalid("d\xC3\xA9j\xC3") == "d\xC3\xA9j\xEF\xBF\xBD");  // a valid `é`, a cut one
  CHECK(costlint::utf8::replace_invalid("") == "");
  // A Latin-1 paper (an old LaTeX source's `\xE9`) with a NUL: its sentences are copied into comments.
  std::string latin1 = std::string("Nous avons entra\xEEn\xE9 le mod\xE8le pendant 3 jours sur 8 NVIDIA V100.") +
                       std::string(1, '\0') + " Training took 12 hours on 4 NVIDIA A100 GPUs.\n";
  std::vector<ExtractedFile> files = {{"caf\xE9.tex", found(latin1), ""}};
  std::string draft = draft_manifest(files);
  CHECK_FALSE(costlint::utf8::find_invalid(draft));
  CHECK(draft.find('\0') == std::string::npos);
  costlint::CheckRun run = costlint::check_text("draft.cost", draft, costlint::testing::front_end_only());
  for (const costlint::Diagnostic& d : run.diagnostics)
    CHECK_MESSAGE(d.severity != costlint::Severity::Error, d.message);
  CHECK(draft.find("duration = 12 h") != std::string::npos);
}

TEST_CASE("draft values: a pool of a range of devices counts whole devices, about its middle") {
  std::vector<ExtractedFile> files = {{"paper.tex", found("We trained on 2-3 NVIDIA V100 GPUs for 3 days.\n"), ""}};
  std::string draft = draft_manifest(files);
  CHECK(draft.find("hardware devices = ~3 x \"NVIDIA V100-SXM2-16GB\"") != std::string::npos);
  costlint::CheckRun run = costlint::check_text("draft.cost", draft, costlint::testing::front_end_only());
  for (const costlint::Diagnostic& d : run.diagnostics)
    CHECK_MESSAGE(d.severity != costlint::Severity::Error, d.message);
}

TEST_CASE("draft values: the pool is the accelerators beside a host's processors, cited where they are") {
  std::string sentence =
      "The experiments were conducted on a machine equipped with 4 Intel Xeon Gold 6140M CPUs for a total of "
      "144 threads, 8 Nvidia Tesla V100 GPUs with 16GB of memory, and 1.2TB of RAM.\n";
  std::string draft = draft_manifest({{"paper.tex", found(sentence), ""}});
  size_t pool = draft.find("hardware devices = 8 x \"NVIDIA V100-SXM2-16GB\"   # paper.tex:1 \"...");
  REQUIRE(pool != std::string::npos);
  std::string cited = draft.substr(pool, draft.find('\n', pool) - pool);
  CHECK(cited.find("8 Nvidia Tesla V100 GPUs") != std::string::npos);  // the words the pool is read from
  // Not a GPU another sentence infers on.
  std::string cpu_trained = draft_manifest({{"paper.tex",
                                             found("All models were trained on 64 Intel Xeon CPUs for 12 days. "
                                                   "Inference on a single V100 GPU takes 3 ms.\n"),
                                             ""}});
  CHECK(cpu_trained.find("hardware devices = 64 x \"Intel Xeon CPUs\"") != std::string::npos);
  // Processors alone are the pool; a short sentence is cited whole.
  std::string cpus = draft_manifest({{"paper.tex", found("We trained it on 2 Intel Xeon CPUs.\n"), ""}});
  CHECK(cpus.find("hardware devices = 2 x \"Intel Xeon CPUs\"   # paper.tex:1 \"We trained it on 2 Intel Xeon CPUs.\"") !=
        std::string::npos);
}
