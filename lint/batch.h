#pragma once
// `costlint batch`: a venue's check of every submission at once. Each
// submission (a folder directly under a batch folder, its own repository root)
// is checked in a child process forked from a parent that has loaded the
// reference data once, under a wall-clock and a memory budget: a submission
// that crashes, hangs or exhausts its memory costs only itself, and gets a
// finding of its own (S015). Outcomes reach `emit` in the order of the
// submissions, whatever order they finish in; at most a window of a few per
// job is held at once, so memory is bounded whatever their number.

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

namespace costlint {

struct BatchOptions {
  unsigned jobs = 1;
  unsigned seconds = 60;     ///< wall-clock budget of one submission
  unsigned megabytes = 2048; ///< address-space budget of one submission
  unsigned shard = 0;        ///< this shard, of `shards`: 0-based
  unsigned shards = 1;
};

struct Submission {
  std::string name;  ///< its folder, relative to its batch folder ("paper-123")
  std::string path;  ///< the folder as it is opened
};

/// The submissions under `folders`, sorted by name, that fall in the shard:
/// a stable hash of the name modulo the shard count, so that shards do not
/// change as submissions arrive.
std::vector<Submission> find_submissions(const std::vector<std::string>& folders,
                                         const BatchOptions& options);

/// A hash of a submission's files (paths and contents), for --resume.
std::string submission_hash(const Submission& submission);

/// What a submission's check produced: its report in the batch's format, and
/// its summary row (JSON).
struct SubmissionOutput {
  std::string report;
  std::string row;
};

/// What the parent knows of a submission whose child failed.
enum class Failure { Crashed, Timeout, Memory };

struct BatchHooks {
  /// Run in the child: checks the submission.
  std::function<SubmissionOutput(const Submission&)> check;
  /// Run in the parent for a child that failed, with what it can say of why.
  std::function<SubmissionOutput(const Submission&, Failure, const std::string& why)> failed;
  /// Receives each output, in the order of `submissions`.
  std::function<void(const Submission&, SubmissionOutput)> emit;
};

/// Whether the memory budget is set: not under AddressSanitizer, whose shadow
/// memory an address-space limit would stop.
bool memory_budget_enforced();

void run_batch(const std::vector<Submission>& submissions, const BatchOptions& options,
               const BatchHooks& hooks);

}  // namespace costlint
