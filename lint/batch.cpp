#include "lint/batch.h"

#include <poll.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstring>
#include <deque>
#include <filesystem>
#include <fstream>
#include <map>
#include <new>
#include <optional>

#include <fmt/format.h>
#include <llvm/Support/xxhash.h>

namespace costlint {
namespace {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

// AddressSanitizer reserves terabytes of address space for its shadow memory:
// under it an address-space limit would stop every child.
#if defined(__SANITIZE_ADDRESS__)
constexpr bool kAddressSpaceBudget = false;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
constexpr bool kAddressSpaceBudget = false;
#else
constexpr bool kAddressSpaceBudget = true;
#endif
#else
constexpr bool kAddressSpaceBudget = true;
#endif

/// Submissions held at once per job, done or running: bounds memory and output latency.
constexpr size_t kWindowPerJob = 8;

uint64_t hash_of(std::string_view text) { return llvm::xxHash64(llvm::StringRef(text.data(), text.size())); }

/// Writes all of `data`, through EINTR and short writes.
bool write_all(int fd, std::string_view data) {
  while (!data.empty()) {
    ssize_t n = ::write(fd, data.data(), data.size());
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return false;
    data.remove_prefix(static_cast<size_t>(n));
  }
  return true;
}

/// The child: budgets, the check, its output as two length-prefixed strings.
[[noreturn]] void run_child(const Submission& submission, const BatchOptions& options,
                            const BatchHooks& hooks, int out) {
  rlimit memory{rlim_t(options.megabytes) << 20, rlim_t(options.megabytes) << 20};
  if (kAddressSpaceBudget) setrlimit(RLIMIT_AS, &memory);
  rlimit cpu{options.seconds, options.seconds + 1};
  setrlimit(RLIMIT_CPU, &cpu);
  int status = 0;
  try {
    SubmissionOutput output = hooks.check(submission);
    std::string frame;
    for (const std::string* part : {&output.report, &output.row}) {
      uint64_t size = part->size();
      frame.append(reinterpret_cast<const char*>(&size), sizeof size);
      frame += *part;
    }
    status = write_all(out, frame) ? 0 : 4;
  } catch (const std::bad_alloc&) {
    status = 3;  // the memory budget: the parent says so
  } catch (...) {
    status = 5;
  }
  ::_exit(status);
}

/// Splits a child's output into its report and row, if it is whole.
std::optional<SubmissionOutput> parse_frame(std::string_view frame) {
  SubmissionOutput output;
  for (std::string* part : {&output.report, &output.row}) {
    uint64_t size = 0;
    if (frame.size() < sizeof size) return std::nullopt;
    std::memcpy(&size, frame.data(), sizeof size);
    frame.remove_prefix(sizeof size);
    if (frame.size() < size) return std::nullopt;
    *part = std::string(frame.substr(0, size));
    frame.remove_prefix(size);
  }
  if (!frame.empty()) return std::nullopt;
  return output;
}

struct Running {
  size_t index = 0;
  pid_t pid = -1;
  int fd = -1;
  std::string frame;
  Clock::time_point deadline;
  bool timed_out = false;
};

}  // namespace

std::vector<Submission> find_submissions(const std::vector<std::string>& folders,
                                         const BatchOptions& options) {
  std::vector<Submission> out;
  for (const std::string& folder : folders) {
    std::error_code error;
    for (const auto& entry : fs::directory_iterator(folder, error)) {
      std::string name = entry.path().filename().string();
      if (name.starts_with(".") || !entry.is_directory(error) || entry.is_symlink(error)) continue;
      if (hash_of(name) % options.shards != options.shard) continue;
      out.push_back({name, entry.path().string()});
    }
  }
  std::sort(out.begin(), out.end(), [](const Submission& a, const Submission& b) {
    return a.name != b.name ? a.name < b.name : a.path < b.path;
  });
  return out;
}

std::string submission_hash(const Submission& submission) {
  std::vector<fs::path> files;
  std::error_code error;
  for (auto it = fs::recursive_directory_iterator(submission.path, error);
       !error && it != fs::recursive_directory_iterator(); it.increment(error))
    if (it->is_regular_file(error) && !it->is_symlink(error)) files.push_back(it->path());
  std::sort(files.begin(), files.end());
  uint64_t hash = 0;
  std::vector<char> buffer(1 << 20);
  for (const fs::path& file : files) {
    hash = hash_of(fmt::format("{:016x}{}", hash, file.lexically_relative(submission.path).string()));
    std::ifstream in(file, std::ios::binary);
    while (in) {
      in.read(buffer.data(), static_cast<std::streamsize>(buffer.size()));
      std::string_view chunk(buffer.data(), static_cast<size_t>(in.gcount()));
      if (!chunk.empty()) hash = hash_of(fmt::format("{:016x}", hash)) ^ hash_of(chunk);
    }
  }
  return fmt::format("{:016x}", hash);
}

bool memory_budget_enforced() { return kAddressSpaceBudget; }

void run_batch(const std::vector<Submission>& submissions, const BatchOptions& options,
               const BatchHooks& hooks) {
  std::map<size_t, SubmissionOutput> done;  // finished, waiting for their turn
  std::vector<Running> running;
  size_t next = 0, emitted = 0;
  const size_t jobs = std::max(1u, options.jobs);
  const size_t window = jobs * kWindowPerJob;

  auto finish = [&](Running& r) {
    int status = 0;
    while (::waitpid(r.pid, &status, 0) < 0 && errno == EINTR) {
    }
    ::close(r.fd);
    std::optional<SubmissionOutput> output;
    if (WIFEXITED(status) && WEXITSTATUS(status) == 0) output = parse_frame(r.frame);
    if (!output) {
      const Submission& s = submissions[r.index];
      if (r.timed_out)
        output = hooks.failed(s, Failure::Timeout, fmt::format("over its {} s", options.seconds));
      else if (WIFEXITED(status) && WEXITSTATUS(status) == 3)
        output = hooks.failed(s, Failure::Memory, fmt::format("over its {} MiB", options.megabytes));
      else if (WIFSIGNALED(status) && WTERMSIG(status) == SIGXCPU)
        output = hooks.failed(s, Failure::Timeout, fmt::format("over its {} s of CPU", options.seconds));
      else if (WIFSIGNALED(status))
        output = hooks.failed(s, Failure::Crashed, fmt::format("signal {} ({})", WTERMSIG(status),
                                                               strsignal(WTERMSIG(status))));
      else
        output = hooks.failed(s, Failure::Crashed, fmt::format("exit status {}", WEXITSTATUS(status)));
    }
    done.emplace(r.index, std::move(*output));
    while (!done.empty() && done.begin()->first == emitted) {
      hooks.emit(submissions[emitted], std::move(done.begin()->second));
      done.erase(done.begin());
      ++emitted;
    }
  };

  while (emitted < submissions.size()) {
    while (running.size() < jobs && next < submissions.size() && next < emitted + window) {
      int pipe_fds[2];
      if (::pipe(pipe_fds) != 0) break;
      pid_t pid = ::fork();
      if (pid == 0) {
        ::close(pipe_fds[0]);
        run_child(submissions[next], options, hooks, pipe_fds[1]);
      }
      ::close(pipe_fds[1]);
      if (pid < 0) {
        ::close(pipe_fds[0]);
        break;
      }
      running.push_back({next++, pid, pipe_fds[0], {}, Clock::now() + std::chrono::seconds(options.seconds)});
    }
    if (running.empty()) continue;
    std::vector<pollfd> fds;
    for (const Running& r : running) fds.push_back({r.fd, POLLIN, 0});
    auto now = Clock::now();
    auto soonest = std::min_element(running.begin(), running.end(), [](const Running& a, const Running& b) {
                     return a.deadline < b.deadline;
                   })->deadline;
    int wait_ms = static_cast<int>(std::clamp<int64_t>(
        std::chrono::duration_cast<std::chrono::milliseconds>(soonest - now).count(), 0, 1000));
    int ready = ::poll(fds.data(), fds.size(), wait_ms);
    if (ready < 0 && errno != EINTR) break;
    for (size_t i = running.size(); i-- > 0;) {
      Running& r = running[i];
      bool ended = false;
      if (fds[i].revents & (POLLIN | POLLHUP | POLLERR)) {
        char buffer[65536];
        ssize_t n = ::read(r.fd, buffer, sizeof buffer);
        if (n > 0) r.frame.append(buffer, static_cast<size_t>(n));
        else if (n == 0 || errno != EINTR) ended = true;
      }
      if (!ended && Clock::now() >= r.deadline) {
        ::kill(r.pid, SIGKILL);
        r.timed_out = true;
        ended = true;
      }
      if (ended) {
        finish(r);
        running.erase(running.begin() + static_cast<std::ptrdiff_t>(i));
      }
    }
  }
}

}  // namespace costlint
