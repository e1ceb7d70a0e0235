#include <fstream>
#include <sstream>

#include "corpus/embedded_corpus.h"

namespace costlint {

std::optional<std::string> corpus_file(std::string_view name, const std::string& data_dir) {
  if (!data_dir.empty()) {
    std::ifstream in(data_dir + "/" + std::string(name), std::ios::binary);
    if (!in) return std::nullopt;
    std::stringstream content;
    content << in.rdbuf();
    return content.str();
  }
  for (const EmbeddedFile& file : embedded_corpus())
    if (file.name == name) return std::string(file.content);
  return std::nullopt;
}

}  // namespace costlint
