#include "ingest/evidence_reader.h"

#include <algorithm>
#include <cmath>
#include <filesystem>

#include <fmt/format.h>

#include "ingest/readers.h"
#include "ir/manifest_finder.h"

namespace costlint {
namespace {

namespace fs = std::filesystem;

/// The path of the file `name` in the folder of the file `of`.
std::string next_to(const std::string& of, std::string_view name) {
  return name.empty() ? of : (fs::path(of).parent_path() / name).generic_string();
}

/// The folder a log is in, where the problems of the files beside it count.
std::string folder_of(const std::string& path) {
  std::string folder = fs::path(path).parent_path().generic_string();
  return folder.empty() ? path : folder;
}

/// Folders nested deeper than this under a listed folder are not entered.
constexpr int kMaxListingDepth = 8;

}  // namespace

LogInput::LogInput(LineReader& lines, LogInput& log, std::string_view name)
    : lines(lines),
      real_path_(next_to(log.real_path_, name)),
      root_(log.root_),
      path_(next_to(log.path_, name)),
      uri_(next_to(log.uri_, name)),
      sink_(log.sink_),
      excerpts_(log.excerpts_),
      problems_(log.problems_),
      problems_scope_(folder_of(log.path_)) {}

Location LogInput::here(std::string_view line, size_t begin, size_t end) {
  return at(line, lines.line_number(), begin, end);
}

Location LogInput::at(std::string_view line, uint64_t number, size_t begin, size_t end) {
  return at_beside({}, line, number, begin, end);
}

Location LogInput::at_beside(std::string_view name, std::string_view line, uint64_t number,
                             size_t begin, size_t end) {
  excerpts_.push_back(SourceFile::excerpt(next_to(path_, name), next_to(uri_, name),
                                          std::string(line), static_cast<uint32_t>(number)));
  begin = std::min(begin, line.size());
  end = std::max(begin, std::min(end, line.size()));
  return Location::in(*excerpts_.back(),
                      {static_cast<uint32_t>(begin), static_cast<uint32_t>(end)});
}

void LogInput::row_problem(std::string_view line, std::string message, size_t begin,
                           size_t end) {
  // Past the limit, no excerpt is kept for the row.
  if (problems_ >= kMaxProblems) ++problems_;
  else row_problem(here(line, begin, end), std::move(message));
}

void LogInput::record_problem(std::string message) {
  if (problems_ >= kMaxProblems) ++problems_;
  else row_problem(whole_file(), std::move(message));
}

void LogInput::row_problem(Location at, std::string message) {
  ++problems_;
  if (problems_ > kMaxProblems) return;
  Diagnostic& d = sink_.report(RuleCode::S006, at, std::move(message));
  d.severity = Severity::Warning;
  if (problems_ == kMaxProblems)
    d.note(fmt::format("further problems in `{}` are not reported", problems_scope_));
}

void LogInput::fatal(Location at, std::string message) {
  sink_.report(RuleCode::S006, at, std::move(message));
}

void LogInput::note(Location at, std::string message) {
  sink_.report(RuleCode::S006, at, std::move(message)).severity = Severity::Note;
}

Location LogInput::whole_file(std::string_view name) {
  excerpts_.push_back(SourceFile::excerpt(next_to(path_, name), next_to(uri_, name), "", 1));
  return Location::of_file(*excerpts_.back());
}

std::pair<LogInput::Reach, std::string> LogInput::reach(std::string_view name) const {
  if (real_path_.empty()) return {Reach::Outside, {}};  // a log not placed has no root
  std::error_code error;
  fs::path path = fs::weakly_canonical(fs::path(real_path_).parent_path() / name, error);
  if (error || relative_to_root(path.string(), root_).empty()) return {Reach::Outside, {}};
  if (!fs::is_regular_file(path, error)) return {Reach::NotRegular, {}};
  return {Reach::Inside, path.string()};
}

std::optional<std::string> LogInput::sibling(std::string_view name) const {
  auto [where, path] = reach(name);
  if (where != Reach::Inside) return std::nullopt;
  return path;
}

std::optional<std::string> LogInput::required_sibling(std::string_view name) {
  auto [where, path] = reach(name);
  std::string shown = next_to(path_, name);
  if (where == Reach::Outside)
    sink_.report(RuleCode::S007, whole_file(name),
                 fmt::format("`{}` leaves the repository root `{}`; it is not read", shown, root_));
  else if (where == Reach::NotRegular)
    sink_.report(RuleCode::S006, whole_file(name),
                 fmt::format("cannot read `{}`: it is not a regular file", shown))
        .severity = Severity::Warning;
  if (where != Reach::Inside) return std::nullopt;
  return path;
}

FileList LogInput::files_beside(std::string_view folder, size_t limit) {
  FileList out;
  if (real_path_.empty()) return out;
  std::error_code error;
  fs::path real = fs::weakly_canonical(fs::path(real_path_).parent_path() / folder, error);
  if (error || !fs::is_directory(real, error)) return out;
  if (relative_to_root(real.string(), root_).empty()) {
    required_sibling(folder);  // says it leaves the root
    return out;
  }
  // Directory links are not followed: each file's own path is checked when read.
  fs::recursive_directory_iterator entry(real, fs::directory_options::skip_permission_denied,
                                         error);
  for (size_t visited = 0; !error && entry != fs::recursive_directory_iterator();
       entry.increment(error)) {
    if (++visited > 4 * limit || out.names.size() == limit) {
      out.truncated = true;
      break;
    }
    if (entry->is_symlink(error) || !entry->is_directory(error))
      out.names.push_back(
          (fs::path(folder) / entry->path().lexically_relative(real)).generic_string());
    else if (entry.depth() >= kMaxListingDepth)
      entry.disable_recursion_pending();
  }
  std::sort(out.names.begin(), out.names.end());
  return out;
}

std::optional<std::string_view> LogInput::header() {
  auto first = lines.next();
  if (!first) fatal(whole_file(), fmt::format("`{}` is empty", path_));
  return first;
}

std::optional<uint64_t> device_count_of(double value) {
  if (!(value >= 1 && value <= 1'000'000) || value != std::floor(value)) return std::nullopt;
  return static_cast<uint64_t>(value);
}

Fact logged_fact(double value, const Dimension& dimension, Location source) {
  Fact fact;
  fact.value = value;
  fact.dimension = dimension;
  fact.origin = Origin::Logged;
  fact.source = source;
  return fact;
}

const std::vector<const EvidenceReader*>& all_readers() {
  static const std::vector<const EvidenceReader*> readers = {
      &codecarbon_reader(), &nvidia_smi_reader(), &wandb_reader(), &lightning_csv_reader(),
      &eco2ai_reader(), &carbontracker_reader(), &tensorboard_reader(),
      &hf_trainer_reader(), &mlflow_reader(), &lm_eval_reader()};
  return readers;
}

const EvidenceReader* find_reader(std::string_view format) {
  for (const EvidenceReader* reader : all_readers())
    if (reader->format() == format) return reader;
  return nullptr;
}

}  // namespace costlint
