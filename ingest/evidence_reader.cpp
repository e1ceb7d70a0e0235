#include "ingest/evidence_reader.h"

#include <filesystem>

#include <fmt/format.h>

#include "ingest/readers.h"
#include "lint/manifest_finder.h"

namespace costlint {

Location LogInput::here(std::string_view line, size_t begin, size_t end) {
  return at(line, lines.line_number(), begin, end);
}

Location LogInput::at(std::string_view line, uint64_t number, size_t begin, size_t end) {
  return at_beside({}, line, number, begin, end);
}

Location LogInput::at_beside(std::string_view name, std::string_view line, uint64_t number,
                             size_t begin, size_t end) {
  namespace fs = std::filesystem;
  auto beside = [&](const std::string& of) {
    return name.empty() ? of : (fs::path(of).parent_path() / name).generic_string();
  };
  excerpts_.push_back(SourceFile::excerpt(beside(path_), beside(uri_), std::string(line),
                                          static_cast<uint32_t>(number)));
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

void LogInput::row_problem(Location at, std::string message) {
  ++problems_;
  if (problems_ > kMaxProblems) return;
  Diagnostic& d = sink_.report("S006", at, std::move(message));
  d.severity = Severity::Warning;
  if (problems_ == kMaxProblems)
    d.note(fmt::format("further problems in `{}` are not reported", path_));
}

void LogInput::fatal(Location at, std::string message) {
  sink_.report("S006", at, std::move(message));
}

void LogInput::note(Location at, std::string message) {
  sink_.report("S006", at, std::move(message)).severity = Severity::Note;
}

Location LogInput::whole_file() {
  excerpts_.push_back(SourceFile::excerpt(path_, uri_, "", 1));
  return Location::of_file(*excerpts_.back());
}

std::optional<std::string> LogInput::sibling(std::string_view name) const {
  namespace fs = std::filesystem;
  if (real_path_.empty()) return std::nullopt;
  std::error_code error;
  fs::path path = fs::weakly_canonical(fs::path(real_path_).parent_path() / name, error);
  if (error || relative_to_root(path.string(), root_).empty() || !fs::is_regular_file(path, error))
    return std::nullopt;
  return path.string();
}

std::optional<std::string_view> LogInput::header() {
  auto first = lines.next();
  if (!first) fatal(whole_file(), fmt::format("`{}` is empty", path_));
  return first;
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
      &hf_trainer_reader()};
  return readers;
}

const EvidenceReader* find_reader(std::string_view format) {
  for (const EvidenceReader* reader : all_readers())
    if (reader->format() == format) return reader;
  return nullptr;
}

}  // namespace costlint
