// The batch: each submission in a process of its own, under its budgets. A
// child that crashes, hangs or exhausts its memory costs only itself; outputs
// come in the order of the submissions whatever order they finish in; shards
// split the submissions stably; summaries of shards merge into one run's.

#include <doctest/doctest.h>

#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <thread>
#include <vector>

#include <fmt/format.h>

#include "lint/batch.h"
#include "test_support.h"

using namespace costlint;
namespace fs = std::filesystem;

namespace {

std::vector<Submission> named(std::initializer_list<const char*> names) {
  std::vector<Submission> out;
  for (const char* name : names) out.push_back({name, std::string("/nonexistent/") + name});
  return out;
}

/// Runs `check` on each submission; returns "name: report" in the order emitted.
std::vector<std::string> run(const std::vector<Submission>& submissions, BatchOptions options,
                             std::function<SubmissionOutput(const Submission&)> check) {
  std::vector<std::string> emitted;
  BatchHooks hooks;
  hooks.check = std::move(check);
  hooks.failed = [](const Submission&, Failure failure, const std::string& why) {
    const char* kind = failure == Failure::Timeout ? "timeout" : failure == Failure::Memory ? "memory" : "crashed";
    return SubmissionOutput{std::string(kind) + " " + why, "{}"};
  };
  hooks.emit = [&](const Submission& s, SubmissionOutput out) { emitted.push_back(s.name + ": " + out.report); };
  run_batch(submissions, options, hooks);
  return emitted;
}

}  // namespace

TEST_CASE("batch: a crash, a hang and an exhausted memory cost only their submission") {
  BatchOptions options;
  options.jobs = 2;
  options.seconds = 2;
  options.megabytes = 1024;
  // Under AddressSanitizer no memory budget is set: the hungry child would take the machine's.
  bool hungry = memory_budget_enforced();
  auto names = hungry ? named({"a", "crash", "hang", "hungry", "z"}) : named({"a", "crash", "hang", "z"});
  auto emitted = run(names, options, [](const Submission& s) {
    if (s.name == "crash") std::abort();
    if (s.name == "hang") std::this_thread::sleep_for(std::chrono::seconds(30));
    if (s.name == "hungry") {
      // Past the budget: bad_alloc. Reserved, not written, so that the budget is
      // reached at once, not after a gigabyte is written on a loaded machine.
      std::vector<std::vector<char>> hoard;
      for (;;) hoard.emplace_back().reserve(64 << 20);
    }
    return SubmissionOutput{"ok", "{}"};
  });
  REQUIRE(emitted.size() == names.size());
  CHECK(emitted.front() == "a: ok");
  CHECK(emitted[1] == "crash: crashed signal 6 (Aborted)");
  CHECK(emitted[2] == "hang: timeout over its 2 s");
  if (hungry) CHECK(emitted[3] == "hungry: memory over its 1024 MiB");
  CHECK(emitted.back() == "z: ok");
}

TEST_CASE("batch: outputs come in submission order whatever order they finish in") {
  BatchOptions options;
  options.jobs = 4;
  std::vector<Submission> submissions;
  for (int i = 0; i < 40; ++i) submissions.push_back({fmt::format("s{:02d}", i), "/nonexistent"});
  auto emitted = run(submissions, options, [](const Submission& s) {
    // The first ones finish last.
    std::this_thread::sleep_for(std::chrono::milliseconds(s.name < "s04" ? 200 : 1));
    return SubmissionOutput{s.name, "{}"};
  });
  REQUIRE(emitted.size() == 40);
  for (int i = 0; i < 40; ++i) CHECK(emitted[i] == fmt::format("s{0:02d}: s{0:02d}", i));
}

TEST_CASE("batch: shards split the submissions stably, each into exactly one shard") {
  fs::path root = fs::temp_directory_path() / fmt::format("costlint-shards-{}", ::getpid());
  fs::remove_all(root);
  for (int i = 0; i < 30; ++i) fs::create_directories(root / fmt::format("paper-{}", i));
  BatchOptions all;
  size_t total = find_submissions({root.string()}, all).size();
  CHECK(total == 30);
  size_t seen = 0;
  for (unsigned shard = 0; shard < 3; ++shard) {
    BatchOptions options;
    options.shard = shard;
    options.shards = 3;
    auto part = find_submissions({root.string()}, options);
    CHECK(part.size() < 30);
    seen += part.size();
    CHECK(find_submissions({root.string()}, options).size() == part.size());  // stable
  }
  CHECK(seen == 30);
  fs::remove_all(root);
}
