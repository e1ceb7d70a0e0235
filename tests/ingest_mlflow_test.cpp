// The MLflow reader on a run folder laid out as MLflow's file store writes it
// (tests/golden/rules/logs/mlruns/), and on runs written here: MLflow's order
// of a metric's values, bad lines, links out of the root, a missing meta.yaml.

#include <doctest/doctest.h>

#include <sys/stat.h>

#include <filesystem>

#include <fmt/format.h>

#include "ingest/readers.h"
#include "ingest_support.h"
#include "test_support.h"

using namespace costlint;
namespace fs = std::filesystem;

namespace {

constexpr const char* kRun = "tests/golden/rules/logs/mlruns/0/3f1c2b9e8d7a4c6b9e0f1a2b3c4d5e6f";
constexpr const char* kMeta =
    "experiment_id: '0'\nrun_id: abc\nstart_time: 1000\nend_time: 61000\nstatus: 3\n";

/// A repository root in a temporary folder, with a folder `outside` beside it.
class Scratch : public testing::TempFolder {
 public:
  Scratch() : TempFolder("mlflow") {
    fs::create_directories(dir() / "repo");
    fs::create_directories(dir() / "outside");
  }

  std::string root() const { return (dir() / "repo").string(); }
  fs::path path(const std::string& name) const { return dir() / name; }
};

/// "FILE:LINE" of a fact.
std::string place(const Fact& fact) {
  return fmt::format("{}:{}", fact.source.file->path(),
                     fact.source.file->locate(fact.source.range.begin).line);
}

}  // namespace

TEST_CASE("mlflow: a run folder's duration, GPU energy and memory, and its scores") {
  Read read = ingest("mlflow", kRun, testing::source_dir());
  CHECK(read.problems.empty());
  std::string run = std::string(kRun) + "/";
  CHECK(value(read.logged, Quantity::Duration) == 3600);
  CHECK(place(figure(read.logged, Quantity::Duration)->fact) == run + "meta.yaml:2");
  // GPU 0: (280 + 320) / 2 W × 1790 s + (320 + 300) / 2 W × 1790 s; GPU 1: 250 W × 3580 s.
  CHECK(value(read.logged, Quantity::Energy) == doctest::Approx(1091900 + 895000));
  CHECK(figure(read.logged, Quantity::Energy)->at_least);
  CHECK(figure(read.logged, Quantity::Energy)->what ==
        "`system/gpu_N_power_usage_watts` integrated over time, 2 GPUs");
  CHECK(value(read.logged, Quantity::Memory) == 40000.0 * 1e6);  // MB, not MiB
  CHECK(place(figure(read.logged, Quantity::Memory)->fact) ==
        run + "metrics/system/gpu_0_memory_usage_megabytes:2");
  CHECK(read.logged.device_count == 2u);
  CHECK_FALSE(read.logged.device_model);

  const LoggedScore* accuracy = score(read.logged, "eval_accuracy");
  REQUIRE(accuracy);
  CHECK(accuracy->last.value == doctest::Approx(0.8627450980392157));
  CHECK(place(accuracy->last) == run + "metrics/eval_accuracy:3");
  CHECK(place(accuracy->highest) == run + "metrics/eval_accuracy:2");
  CHECK(score(read.logged, "train_loss")->lowest.value == 0.1702);
  CHECK(read.logged.scores.size() == 2);  // system metrics are not scores

  Read detected = ingest("auto", kRun, testing::source_dir());
  CHECK(detected.problems == std::vector<std::string>{fmt::format(
                                 "paper.cost:3: note: `{}` is read as `mlflow` [S014]", kRun)});
  CHECK(value(detected.logged, Quantity::Duration) == 3600);
  // Its meta.yaml named alone is read the same way.
  CHECK(value(ingest("mlflow", std::string(kRun) + "/meta.yaml", testing::source_dir()).logged,
              Quantity::Duration) == 3600);
}

TEST_CASE("mlflow: a metric's last value is MLflow's latest: greatest step, then timestamp") {
  Scratch s;
  s.write("repo/run/meta.yaml", kMeta);
  s.write("repo/run/metrics/val/acc", "3000 0.9 2\n2000 0.7 1\n4000 0.8 2\n1000 0.5\n");
  Read read = ingest("mlflow", "run", s.root());
  CHECK(read.problems.empty());
  const LoggedScore* acc = score(read.logged, "val/acc");
  REQUIRE(acc);
  CHECK(acc->last.value == 0.8);  // step 2, the later timestamp; not the last line
  CHECK(place(acc->last) == "run/metrics/val/acc:3");
  CHECK(acc->lowest.value == 0.5);  // a line without its step, as clients before 1.0 wrote
  CHECK(acc->highest.value == 0.9);
  CHECK(value(read.logged, Quantity::Duration) == 60);
}

TEST_CASE("mlflow: bad lines are reported at their line, the rest is read") {
  Scratch s;
  s.write("repo/run/meta.yaml", kMeta);
  s.write("repo/run/metrics/loss",
          "1000 0.9 0\nabc\n1000 0.8 1 7\n2000  0.7 2\n3000 nan 3\n4000 0.5 4\n5000 inf 5\n"
          "6000 0.4\n" +
              std::string(2000, '9') + " 1 1\n");
  Read read = ingest("mlflow", "run", s.root());
  std::string expected =
      "expected `timestamp value step`: two or three numbers separated by "
      "spaces; the line is skipped [S006]";
  CHECK(read.problems ==
        std::vector<std::string>{
            "run/metrics/loss:2: warning: " + expected, "run/metrics/loss:3: warning: " + expected,
            "run/metrics/loss:4: warning: " + expected, "run/metrics/loss:9: warning: " + expected,
            "run/metrics/loss:5: warning: `loss` is not a finite number here and on 1 more lines: "
            "the run may have diverged; such values are skipped [S006]"});
  const LoggedScore* loss = score(read.logged, "loss");
  REQUIRE(loss);
  CHECK(loss->last.value == 0.5);  // step 4 beats the step-less (0) last line
  CHECK(loss->lowest.value == 0.4);
}

TEST_CASE("mlflow: problems count for the whole run, not each of its files") {
  Scratch s;
  s.write("repo/run/meta.yaml", kMeta);
  for (int i = 0; i < 30; ++i) s.write(fmt::format("repo/run/metrics/m{:02}", i), "bad\n");
  Read read = ingest("mlflow", "run", s.root());
  CHECK(read.problems.size() == LogInput::kMaxProblems);
}

TEST_CASE("mlflow: a metric file or folder linked out of the root is not read") {
  Scratch s;
  s.write("repo/run/meta.yaml", kMeta);
  s.write("repo/run/metrics/loss", "1000 0.5 0\n");
  s.write("outside/secret", "1000 42 0\n");
  fs::create_symlink(s.path("outside/secret"), s.path("repo/run/metrics/evil"));
  fs::create_directory_symlink(s.path("outside"), s.path("repo/run/metrics/system"));
  Read read = ingest("mlflow", "run", s.root());
  CHECK(read.problems == std::vector<std::string>{
                             fmt::format("run/metrics/evil:0: error: `run/metrics/evil` leaves "
                                         "the repository root `{}`; it is not read [S007]",
                                         s.root()),
                             fmt::format("run/metrics/system:0: error: `run/metrics/system` "
                                         "leaves the repository root `{}`; it is not read [S007]",
                                         s.root())});
  CHECK_FALSE(score(read.logged, "evil"));
  CHECK(score(read.logged, "loss"));
  CHECK(read.logged.scores.size() == 1);

  // meta.yaml itself, and the metrics folder as a whole.
  Scratch t;
  t.write("outside/meta.yaml", kMeta);
  fs::create_directories(t.path("repo/run"));
  fs::create_symlink(t.path("outside/meta.yaml"), t.path("repo/run/meta.yaml"));
  CHECK(ingest("mlflow", "run", t.root()).problems ==
        std::vector<std::string>{fmt::format("paper.cost:3: error: `run/meta.yaml` leaves the "
                                             "repository root `{}`; it is not read [S007]",
                                             t.root())});
  Scratch u;
  u.write("repo/run/meta.yaml", kMeta);
  fs::create_directory_symlink(u.path("outside"), u.path("repo/run/metrics"));
  CHECK(ingest("mlflow", "run", u.root()).problems.size() == 1);
}

TEST_CASE("mlflow: a folder without meta.yaml, an empty one, a FIFO among the metrics") {
  Scratch s;
  s.write("repo/run/metrics/loss", "1000 0.5 0\n");
  fs::create_directories(s.path("repo/empty"));
  std::string missing =
      "error: cannot read `{}`: a `mlflow` folder holds a `meta.yaml`, and this "
      "one does not [S006]";
  CHECK(ingest("mlflow", "run", s.root()).problems ==
        std::vector<std::string>{"paper.cost:3: " + fmt::format(fmt::runtime(missing), "run")});
  CHECK(ingest("mlflow", "empty", s.root()).problems ==
        std::vector<std::string>{"paper.cost:3: " + fmt::format(fmt::runtime(missing), "empty")});
  CHECK(
      ingest("auto", "empty", s.root()).problems ==
      std::vector<std::string>{"paper.cost:3: error: cannot read `empty`: it is a folder [S006]"});

  s.write("repo/run/meta.yaml", kMeta);
  REQUIRE(::mkfifo(s.path("repo/run/metrics/pipe").c_str(), 0600) == 0);
  Read read = ingest("mlflow", "run", s.root());
  CHECK(read.problems == std::vector<std::string>{"run/metrics/pipe:0: warning: cannot read "
                                                  "`run/metrics/pipe`: it is not a regular file "
                                                  "[S006]"});
  CHECK(score(read.logged, "loss"));
}

TEST_CASE("mlflow: meta.yaml's status, times and what is not one") {
  Scratch s;
  s.write("repo/failed/meta.yaml",
          "end_time: null\nexperiment_id: '0'\nlifecycle_stage: deleted\nrun_id: abc\n"
          "start_time: 1000\nstatus: 4\ntags: []\n");
  CHECK(ingest("mlflow", "failed", s.root()).problems ==
        std::vector<std::string>{
            "failed/meta.yaml:6: note: the run's `status` is FAILED (4), not FINISHED (3): its "
            "figures may not be those of the whole run [S006]",
            "failed/meta.yaml:3: note: the run was deleted in MLflow [S006]"});
  s.write("repo/backwards/meta.yaml", "run_id: abc\nstart_time: 9000\nend_time: 1000\n");
  CHECK(ingest("mlflow", "backwards", s.root()).problems ==
        std::vector<std::string>{"backwards/meta.yaml:3: warning: `end_time` is before "
                                 "`start_time`: the run's duration is not read [S006]"});
  s.write("repo/odd/meta.yaml", "run_id: abc\nstart_time: soon\n");
  CHECK(ingest("mlflow", "odd", s.root()).problems ==
        std::vector<std::string>{"odd/meta.yaml:2: warning: expected a whole number of "
                                 "milliseconds since 1970, or `null` [S006]"});
  s.write("repo/other/meta.yaml", "name: not a run\n");
  CHECK(ingest("mlflow", "other", s.root()).problems ==
        std::vector<std::string>{"other/meta.yaml:0: error: `other/meta.yaml` is not an MLflow "
                                 "run's meta.yaml: it has no `run_id` and no `start_time` [S006]"});
  // Not YAML, or nested past yaml-cpp's depth guard: located, not a crash.
  s.write("repo/broken/meta.yaml", "run_id: abc\nstart_time: [1, 2\n");
  std::vector<std::string> broken = ingest("mlflow", "broken", s.root()).problems;
  REQUIRE(broken.size() == 1);
  CHECK(broken[0].starts_with("broken/meta.yaml:3: error: `broken/meta.yaml` is not YAML: "));
  s.write("repo/deep/meta.yaml", "run_id: abc\ntags: " + std::string(100000, '[') + "\n");
  std::vector<std::string> deep = ingest("mlflow", "deep", s.root()).problems;
  REQUIRE(deep.size() == 1);
  CHECK(deep[0].find("is not YAML") != std::string::npos);
}

TEST_CASE("mlflow: the listing of a run's metrics is sorted and bounded") {
  Scratch s;
  s.write("repo/run/meta.yaml", kMeta);
  for (const char* name : {"b", "a", "system/gpu_0_power_usage_watts", "c", "d/e/f"})
    s.write(std::string("repo/run/metrics/") + name, "1000 0.5 0\n");
  std::string meta = s.path("repo/run/meta.yaml").string();
  LineReader lines(meta);
  DiagnosticSink sink;
  std::vector<std::unique_ptr<SourceFile>> excerpts;
  LogInput input(lines, "run/meta.yaml", "run/meta.yaml", sink, excerpts);
  input.place(meta, s.root());
  FileList all = input.files_beside("metrics", 10);
  CHECK(all.names == std::vector<std::string>{"metrics/a", "metrics/b", "metrics/c",
                                              "metrics/d/e/f",
                                              "metrics/system/gpu_0_power_usage_watts"});
  CHECK_FALSE(all.truncated);
  FileList some = input.files_beside("metrics", 2);
  CHECK(some.names.size() == 2);
  CHECK(some.truncated);
  CHECK(input.files_beside("params", 10).names.empty());  // none there
}

TEST_CASE("mlflow: auto recognizes a run's meta.yaml by its keys") {
  std::string head = testing::read_file(testing::source_dir() + "/" + kRun + "/meta.yaml");
  CHECK(mlflow_reader().recognizes(head));
  CHECK_FALSE(mlflow_reader().recognizes("run_id,start_time,experiment_id\n"));
  CHECK_FALSE(hf_trainer_reader().recognizes(head));
}
