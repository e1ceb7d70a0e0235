#pragma once
// The reference corpus (corpus/: hardware, profiles, ...) compiled into the
// binary, so that costlint needs no file beside it. `--data DIR` replaces it.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace costlint {

struct EmbeddedFile {
  std::string_view name;  ///< relative to corpus/: "hardware.csv"
  std::string_view content;
};

const std::vector<EmbeddedFile>& embedded_corpus();

/// The corpus file `name`: from `data_dir` when one is given, else embedded.
std::optional<std::string> corpus_file(std::string_view name, const std::string& data_dir = {});

}  // namespace costlint
