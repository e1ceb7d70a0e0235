#pragma once
// How a fuzzer's input becomes a paper's source for the extractor, shared by
// the fuzz target (fuzz/fuzz_extract.cpp) and the replay of its findings
// (tests/fuzz_regression_test.cpp): the first byte chooses LaTeX, Markdown or
// plain text, the rest is the source.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace costlint::fuzzing {

struct PaperSource {
  std::string path;  ///< `paper.tex`, `README.md` or `paper.txt`: its kind
  std::string_view text;
};

/// Nothing for an empty input.
inline std::optional<PaperSource> paper_source(std::string_view bytes) {
  if (bytes.empty()) return std::nullopt;
  static constexpr const char* kPaths[] = {"paper.tex", "README.md", "paper.txt"};
  return PaperSource{kPaths[static_cast<uint8_t>(bytes[0]) % 3], bytes.substr(1)};
}

}  // namespace costlint::fuzzing
