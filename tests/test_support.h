#pragma once
// Helpers that keep each test a few lines: check a manifest held in a string,
// and print its findings one a line as "LINE:COL: severity: message [CODE]".

#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <doctest/doctest.h>

#include "ir/disclosure.h"
#include "lint/driver.h"
#include "ir/source_file.h"

namespace costlint::testing {

std::unique_ptr<SourceFile> memory_file(std::string_view text, std::string path = "test.cost");

/// Options that check syntax, names and units, and run no rule.
CheckOptions front_end_only();

/// The front end's findings for `text`, notes indented under their finding.
std::vector<std::string> diagnose(std::string_view text);

/// The Disclosure of `text`, which must have no error.
Disclosure resolve_clean(std::string_view text, std::unique_ptr<SourceFile>& file);

/// The folder of the source tree, and of ../shared when it is beside it.
std::string source_dir();
std::optional<std::string> shared_dir();

/// A test case decorator: the case needs ../shared (the real logs and data,
/// absent from a user's clone) and is reported skipped, by doctest and ctest,
/// where it is absent.
doctest::skip needs_shared();

std::string read_file(const std::string& path);

/// The embedded reference data, with the points of `path` (a table in the corpus
/// columns, relative to the source tree) added to benchmark `key`.
ReferenceData reference_with(const std::string& key, const std::string& path);

/// What running the costlint binary printed (stdout and stderr together) and its exit status.
struct Outcome {
  std::string output;
  int status = -1;
};

/// A folder of its own under the system's temporary folder, removed with it.
class TempFolder {
 public:
  explicit TempFolder(std::string_view purpose);
  ~TempFolder();
  TempFolder(const TempFolder&) = delete;
  TempFolder& operator=(const TempFolder&) = delete;

  const std::filesystem::path& dir() const { return dir_; }
  /// Writes `content` to `name`, a path under the folder, making its folders.
  void write(const std::string& name, std::string_view content) const;

 private:
  std::filesystem::path dir_;
};

/// Runs `command` (a shell command line, e.g. "cd DIR && costlint check x.cost").
Outcome run_command(const std::string& command);

}  // namespace costlint::testing

/// Prints a list of findings, one a line, when a comparison fails.
template <>
struct doctest::StringMaker<std::vector<std::string>> {
  static doctest::String convert(const std::vector<std::string>& lines) {
    std::string out = "{";
    for (const std::string& line : lines) out += "\n  \"" + line + "\"";
    return (out + "\n}").c_str();
  }
};
