// ctest learns the test cases from doctest and runs each by name; a name with
// a `;` is split into pieces that match no test, and ctest then reports the
// missing case as passed. No test name may hold one.

#include <doctest/doctest.h>

#include <filesystem>
#include <sstream>
#include <string>

#include "test_support.h"

using namespace costlint;

TEST_CASE("no test name holds a semicolon, which ctest's discovery would split into no test") {
  for (const auto& entry : std::filesystem::directory_iterator(testing::source_dir() + "/tests")) {
    if (entry.path().extension() != ".cpp") continue;
    std::istringstream lines(testing::read_file(entry.path().string()));
    for (std::string line; std::getline(lines, line);)
      if (line.starts_with("TEST_CASE(\"")) {
        std::string name = line.substr(11, line.find("\")") - 11);
        CHECK_MESSAGE(name.find(';') == std::string::npos, entry.path().filename().string() << ": " << name);
      }
  }
}
