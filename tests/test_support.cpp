#include "test_support.h"

#include <sys/wait.h>
#include <unistd.h>

#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>

#include <doctest/doctest.h>
#include <fmt/format.h>
#include <llvm/Support/MemoryBuffer.h>

#include "lint/driver.h"

namespace costlint::testing {

std::unique_ptr<SourceFile> memory_file(std::string_view text, std::string path) {
  auto buffer = llvm::MemoryBuffer::getMemBufferCopy(llvm::StringRef(text.data(), text.size()), path);
  return std::make_unique<SourceFile>(path, path, std::move(buffer), text.size());
}

namespace {
std::string position(const Location& at) {
  LineColumn p = at.file->locate(at.range.begin);
  return fmt::format("{}:{}", p.line, p.column);
}
}  // namespace

std::vector<std::string> diagnose(std::string_view text) {
  auto file = memory_file(text);
  std::vector<std::string> out;
  for (const Diagnostic& d : check_source(*file, front_end_only()).diagnostics) {
    out.push_back(fmt::format("{}: {}: {} [{}]", position(d.location), severity_name(d.severity),
                              d.message, d.code));
    for (const DiagnosticNote& note : d.notes)
      out.push_back(note.location.file
                        ? fmt::format("  {}: note: {}", position(note.location), note.message)
                        : fmt::format("  note: {}", note.message));
  }
  return out;
}

Disclosure resolve_clean(std::string_view text, std::unique_ptr<SourceFile>& file) {
  file = memory_file(text);
  SourceResult result = check_source(*file, front_end_only());
  for (const Diagnostic& d : result.diagnostics) FAIL_CHECK(code_name(d.code) << ": " << d.message);
  REQUIRE(result.disclosure);
  return std::move(*result.disclosure);
}

CheckOptions front_end_only() {
  CheckOptions options;
  options.run_rules = false;
  return options;
}

std::string source_dir() { return COSTLINT_SOURCE_DIR; }

std::optional<std::string> shared_dir() {
  std::filesystem::path shared = std::filesystem::path(COSTLINT_SOURCE_DIR) / ".." / "shared";
  if (std::filesystem::is_directory(shared)) return shared.lexically_normal().string();
  return std::nullopt;
}

doctest::skip needs_shared() { return doctest::skip(!shared_dir().has_value()); }

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

ReferenceData reference_with(const std::string& key, const std::string& path) {
  ReferenceData data = embedded_reference();
  std::string error;
  bool added =
      data.benchmarks.add_points(read_file(source_dir() + "/" + path), key, &error, path);
  REQUIRE_MESSAGE(added, error);
  return data;
}

TempFolder::TempFolder(std::string_view purpose) {
  static int counter = 0;
  dir_ = std::filesystem::temp_directory_path() /
         fmt::format("costlint-{}-{}-{}", purpose, ::getpid(), counter++);
  std::filesystem::create_directories(dir_);
}

TempFolder::~TempFolder() { std::filesystem::remove_all(dir_); }

void TempFolder::write(const std::string& name, std::string_view content) const {
  std::filesystem::create_directories((dir_ / name).parent_path());
  std::ofstream(dir_ / name, std::ios::binary) << content;
}

Outcome run_command(const std::string& command) {
  Outcome outcome;
  FILE* pipe = ::popen((command + " 2>&1").c_str(), "r");
  REQUIRE(pipe);
  std::array<char, 4096> buffer;
  size_t n;
  while ((n = std::fread(buffer.data(), 1, buffer.size(), pipe)) > 0)
    outcome.output.append(buffer.data(), n);
  int status = ::pclose(pipe);
  outcome.status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return outcome;
}

}  // namespace costlint::testing
