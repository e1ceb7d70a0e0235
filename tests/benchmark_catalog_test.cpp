#include <filesystem>
#include <fstream>
#include <string>

#include <unistd.h>

#include <doctest/doctest.h>

#include "corpus/benchmark_catalog.h"
#include "corpus/benchmark_rows.h"
#include "lint/driver.h"

using namespace costlint;

namespace {

const BenchmarkCatalog& corpus() { return embedded_reference().benchmarks; }

const BenchmarkPoint* point(const ReferenceBenchmark& benchmark, std::string_view system) {
  for (const BenchmarkPoint& p : benchmark.points)
    if (p.system == system) return &p;
  return nullptr;
}

/// Why a corpus table of `rows` (after the header) does not parse, or "".
std::string table_error(std::string_view text, bool with_header = true) {
  CsvError error;
  std::string csv = with_header ? std::string(kBenchmarkHeader) + "\n" + std::string(text)
                                : std::string(text);
  auto table = read_csv_table(csv, "benchmarks/t.csv", &error);
  return table && read_point_table(*table, &error) ? "" : error.located();
}

constexpr std::string_view kRow = "A,2020,1.5,acc,higher,10,,,,paper Table 1,verified\n";

constexpr std::string_view kEpochHeader =
    "System,Model size (parameters),Date,Training compute (FLOP),MMLU,BBH\n";

}  // namespace

TEST_CASE("benchmarks: a table is found by its key or an alias, in any case") {
  const ReferenceBenchmark* imagenet = corpus().find("ImageNet");
  REQUIRE(imagenet);
  CHECK(imagenet->key == "imagenet-1k");
  CHECK(imagenet->metric == "top1_accuracy_pct");
  CHECK(imagenet->better == Better::Higher);
  for (std::string_view name : {"imagenet-1k", "IMAGENET", " ILSVRC2012 ", "imagenet-1K"})
    CHECK(corpus().find(name) == imagenet);
  CHECK(corpus().find("MMLU")->key == "mmlu");
  CHECK(corpus().find("coco")->metric == "box_ap_val2017");
  CHECK(corpus().find("MTEB English")->key == "mteb-en");
  CHECK(corpus().find("librispeech")->key == "librispeech-test-other");
  CHECK(corpus().find("LibriSpeech test-other")->key == "librispeech-test-other");
  CHECK(corpus().find("ImageNet-21k") == nullptr);
  CHECK(corpus().find("LibriSpeech test-clean") == nullptr);
  CHECK(corpus().find("") == nullptr);
}

TEST_CASE("benchmarks: ResNet-50 has torchvision's top-1, parameters, size and compute") {
  const BenchmarkPoint* resnet = point(*corpus().find("imagenet-1k"), "ResNet-50");
  REQUIRE(resnet);
  CHECK(resnet->score == doctest::Approx(76.13));
  CHECK(*resnet->parameters == 25557032);
  CHECK(resnet->year == 2015);
  CHECK(*resnet->weights_bytes == doctest::Approx(97.781 * 1048576).epsilon(1e-6));
  CHECK(*resnet->inference_flop == doctest::Approx(2 * 4.089e9));  // multiply-adds, twice
  CHECK_FALSE(resnet->training_flop);
  CHECK(resnet->source.starts_with("torchvision ResNet50_Weights.IMAGENET1K_V1"));
  CHECK(resnet->status == "verified");
}

TEST_CASE("benchmarks: every corpus table has at least 25 systems with a source") {
  CHECK(corpus().benchmarks().size() == 6);
  for (const ReferenceBenchmark& benchmark : corpus().benchmarks()) {
    CAPTURE(benchmark.key);
    CHECK(benchmark.points.size() >= 25);
    for (const BenchmarkPoint& p : benchmark.points) CHECK_FALSE(p.source.empty());
  }
  const BenchmarkPoint* llama = point(*corpus().find("mmlu"), "LLaMa-2 70B");
  REQUIRE(llama);
  CHECK(llama->score == doctest::Approx(0.689));
  CHECK(*llama->parameters == 70e9);
  CHECK(*llama->training_flop == doctest::Approx(8.4e23));
  const BenchmarkPoint* yolo = point(*corpus().find("coco-detection"), "YOLOv5s");
  REQUIRE(yolo);
  CHECK(yolo->score == doctest::Approx(37.4));
  CHECK(*yolo->inference_flop == doctest::Approx(16.5e9));
  CHECK(point(*corpus().find("mteb-en"), "bge-large-en-v1.5")->score == doctest::Approx(64.23));
  const BenchmarkPoint* falcon = point(*corpus().find("BIG-Bench Hard"), "Falcon 40B");
  REQUIRE(falcon);
  CHECK(falcon->score == doctest::Approx(0.371));
  CHECK(*falcon->parameters == 40e9);
  CHECK(*falcon->training_flop == doctest::Approx(3.6e23));
}

TEST_CASE("benchmarks: LibriSpeech test-other is a word error rate, lower is better") {
  const ReferenceBenchmark& librispeech = *corpus().find("LibriSpeech");
  CHECK(librispeech.metric == "wer_test_other_pct");
  CHECK(librispeech.better == Better::Lower);
  CHECK(librispeech.points.size() == 30);
  for (const BenchmarkPoint& p : librispeech.points) {
    CAPTURE(p.system);
    CHECK(p.parameters);  // every row has its size: the table is for the parameters axis
    CHECK(p.score > 0);
    CHECK(p.score < 20);  // a percentage, not a fraction
  }
  const BenchmarkPoint* zipformer = point(librispeech, "Zipformer-M");
  REQUIRE(zipformer);
  CHECK(zipformer->score == doctest::Approx(4.96));
  CHECK(*zipformer->parameters == 65549011);
  CHECK(zipformer->year == 2023);
  CHECK(zipformer->source.starts_with("k2-fsa/icefall egs/librispeech/ASR/RESULTS.md"));
  CHECK(zipformer->status == "verified");
  CHECK(point(librispeech, "parakeet-rnnt-0.6b")->status == "quoted");
}

TEST_CASE("benchmarks: tables from --data are checked row by row") {
  CHECK(table_error(kRow) == "");
  CHECK(table_error("") == "benchmarks/t.csv: no point");
  CHECK(table_error("A,2020,x,acc,higher,,,,,s,quoted\n") ==
        "benchmarks/t.csv:2: `score` is not a number: `x`");
  CHECK(table_error("A,1066,1,acc,higher,,,,,s,quoted\n") ==
        "benchmarks/t.csv:2: `year` is not a year: `1066`");
  CHECK(table_error("A,2020,1,acc,higher,-5,,,,s,quoted\n") ==
        "benchmarks/t.csv:2: `parameters` is not a positive number: `-5`");
  CHECK(table_error("A,2020,1,acc,up,,,,,s,quoted\n") ==
        "benchmarks/t.csv:2: `better` is `up`; expected higher or lower");
  CHECK(table_error("A,2020,1,acc,higher,,,,,,quoted\n") ==
        "benchmarks/t.csv:2: `source` is empty: name where the figures were read");
  CHECK(table_error("A,2020,1,acc,higher,,,,,s,guessed\n") ==
        "benchmarks/t.csv:2: `status` is `guessed`; expected verified, quoted, recalled or estimated");
  CHECK(table_error("A,2020,1,acc,higher,,,,s,quoted\n") ==
        "benchmarks/t.csv:2: 10 fields; the header has 11");
  CHECK(table_error(std::string(kRow) + "B,2021,2,f1,higher,,,,,s,quoted\n") ==
        "benchmarks/t.csv:3: `f1`, `higher` differs from the table's `acc`, `higher` above");
  CHECK(table_error(std::string(kRow) + "a,2021,2,acc,higher,,,,,s,quoted\n") ==
        "benchmarks/t.csv:3: `a` is listed twice");
  CHECK(table_error("system,score\n", false) ==
        "benchmarks/t.csv: the header is not " + std::string(kBenchmarkHeader));
}

TEST_CASE("benchmarks: reference points in the corpus columns join a known table") {
  BenchmarkCatalog catalog = corpus();
  size_t before = catalog.find("imagenet")->points.size();
  std::string error;
  std::string csv = std::string(kBenchmarkHeader) +
                    "\nTinyNet,2026,71.5,top1_accuracy_pct,higher,1.2e6,,,3e8,our Table,verified"
                    "\nResNet-50,2015,80.858,top1_accuracy_pct,higher,25557032,,,,tv V2,quoted\n";
  REQUIRE(catalog.add_points(csv, "ImageNet", &error));
  const ReferenceBenchmark& imagenet = *catalog.find("imagenet-1k");
  CHECK(imagenet.points.size() == before + 1);
  CHECK(point(imagenet, "TinyNet")->inference_flop == 3e8);
  CHECK(point(imagenet, "ResNet-50")->score == doctest::Approx(80.858));  // replaced

  std::string other_metric = std::string(kBenchmarkHeader) + "\n" + std::string(kRow);
  CHECK_FALSE(catalog.add_points(other_metric, "imagenet-1k", &error, "ref.csv"));
  CHECK(error == "ref.csv: metric `acc` is not `top1_accuracy_pct`, the metric of `imagenet-1k`");
  REQUIRE(catalog.add_points(other_metric, "my-task", &error));
  CHECK(catalog.find("MY-TASK")->metric == "acc");
  CHECK(catalog.find("my-task")->points.size() == 1);
}

TEST_CASE("benchmarks: an Epoch AI export gives its column for the benchmark") {
  BenchmarkCatalog catalog;
  std::string error;
  std::string csv = std::string(kEpochHeader) +
                    "Tiny 1B,1000000000,2024-05-01,6.0E+21,0.41,0.3\n"
                    "\"Closed, big\",,2023-12-06,5.00E+25,0.84,\n"
                    "No MMLU,7000000000,2023-01-01,,,0.2\n";
  REQUIRE(catalog.add_points(csv, "MMLU", &error, "epoch.csv"));
  const ReferenceBenchmark& mmlu = *catalog.find("mmlu");
  REQUIRE(mmlu.points.size() == 2);
  CHECK(mmlu.points[0].system == "Tiny 1B");
  CHECK(mmlu.points[0].year == 2024);
  CHECK(*mmlu.points[0].parameters == 1e9);
  CHECK(*mmlu.points[0].training_flop == 6e21);
  CHECK(mmlu.points[0].score == doctest::Approx(0.41));
  CHECK(mmlu.points[1].system == "Closed, big");
  CHECK_FALSE(mmlu.points[1].parameters);
  CHECK(mmlu.points[1].source == "Epoch AI export epoch.csv");

  // The corpus table is found by key, and Epoch's column by the table's alias.
  BenchmarkCatalog with_corpus = corpus();
  REQUIRE(with_corpus.add_points(csv, "mmlu", &error));
  CHECK(point(*with_corpus.find("mmlu"), "Tiny 1B")->score == doctest::Approx(0.41));
}

TEST_CASE("benchmarks: a malformed Epoch export row is located") {
  BenchmarkCatalog catalog;
  std::string error;
  auto epoch_error = [&](std::string_view rows) {
    bool added = catalog.add_points(std::string(kEpochHeader) + std::string(rows), "MMLU", &error,
                                    "epoch.csv");
    return added ? "" : error;
  };
  CHECK(epoch_error("A,1e9,2024-01-01,1e21,high,\n") ==
        "epoch.csv:2: `MMLU` is not a number: `high`");
  CHECK(epoch_error("A,big,2024-01-01,1e21,0.5,\n") ==
        "epoch.csv:2: `Model size (parameters)` is not a positive number: `big`");
  CHECK(epoch_error("A,1e9,01/02/2024,1e21,0.5,\n") ==
        "epoch.csv:2: `Date` is not YYYY-MM-DD: `01/02/2024`");
  CHECK(epoch_error("A,1e9,2024-01-01,1e21,0.5\n") == "epoch.csv:2: 5 fields; the header has 6");
  CHECK(epoch_error("A,1e9,2024-01-01,,0.5,\nA,1e9,2024-01-01,,0.6,\n") ==
        "epoch.csv:3: `A` is listed twice");
  CHECK_FALSE(catalog.add_points("System,Date,GPQA\nA,2024-01-01,0.3\n", "MMLU", &error, "e.csv"));
  CHECK(error ==
        "e.csv: an Epoch export needs the columns System, Model size (parameters), Training "
        "compute (FLOP), Date and one of MMLU");
  CHECK(catalog.benchmarks().empty());
}

TEST_CASE("benchmarks: --data DIR reads DIR/benchmarks/*.csv and its aliases") {
  std::filesystem::path dir =
      std::filesystem::temp_directory_path() / ("costlint-benchmarks-test-" + std::to_string(::getpid()));
  std::filesystem::remove_all(dir);
  std::string error;
  CHECK_FALSE(BenchmarkCatalog::load(dir.string(), &error));
  CHECK(error == "no benchmarks/ folder in the reference data");
  std::filesystem::create_directories(dir / "benchmarks");
  auto write = [&](std::string_view name, std::string_view text) {
    std::ofstream(dir / "benchmarks" / name) << text;
  };
  write("glue.csv", std::string(kBenchmarkHeader) + "\n" + std::string(kRow));
  write("aliases.csv", "benchmark,aliases\nglue,GLUE score|General Language Understanding\n");
  write("notes.md", "not a table");
  auto catalog = BenchmarkCatalog::load(dir.string(), &error);
  REQUIRE(catalog);
  CHECK(catalog->benchmarks().size() == 1);
  CHECK(catalog->find("general language understanding")->key == "glue");
  write("aliases.csv", "benchmark,aliases\nsuperglue,SuperGLUE\n");
  CHECK_FALSE(BenchmarkCatalog::load(dir.string(), &error));
  CHECK(error == "benchmarks/aliases.csv:2: `superglue` is no table of benchmarks/");
  write("aliases.csv", "benchmark,aliases\nglue,Glue\n");
  CHECK_FALSE(BenchmarkCatalog::load(dir.string(), &error));
  CHECK(error == "benchmarks/aliases.csv:2: `Glue` already names a benchmark");
  write("glue.csv", std::string(kBenchmarkHeader) + "\nA,2020,1.5\n");
  CHECK_FALSE(BenchmarkCatalog::load(dir.string(), &error));
  CHECK(error == "benchmarks/glue.csv:2: 3 fields; the header has 11");
  std::filesystem::remove_all(dir);
}
