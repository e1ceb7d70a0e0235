// A paper and the files it `\input`s, read within the repository root.

#include <filesystem>
#include <fstream>
#include <set>

#include "extract/confidence_model.h"
#include "extract/extractor.h"
#include "extract/plain_text.h"

namespace costlint::extract {
namespace {

namespace fs = std::filesystem;

/// A paper and what it `\input`s: no more files, and none larger, are read.
constexpr size_t kMaxFiles = 64;
constexpr uintmax_t kMaxFileBytes = 16u << 20;

std::optional<std::string> read_file(const fs::path& path) {
  std::error_code error;
  if (!fs::is_regular_file(path, error)) return std::nullopt;
  uintmax_t size = fs::file_size(path, error);  // all ones on error
  if (size > kMaxFileBytes) return std::nullopt;
  std::ifstream in(path, std::ios::binary);
  if (!in) return std::nullopt;
  std::string text(static_cast<size_t>(size), '\0');
  in.read(text.data(), static_cast<std::streamsize>(size));
  text.resize(static_cast<size_t>(in.gcount()));  // a file that shrank since
  return text;
}

/// `\input{sections/setup}` from `from`: the file, if it is within `root`.
std::optional<fs::path> resolve_input(const fs::path& from, std::string name, const fs::path& root) {
  fs::path candidate = from.parent_path() / name;
  if (candidate.extension().empty()) candidate += ".tex";
  std::error_code error;
  if (!fs::exists(candidate, error)) candidate = root / fs::path(name).replace_extension(".tex");
  fs::path canonical = fs::weakly_canonical(candidate, error);
  if (error) return std::nullopt;
  auto [root_end, _] = std::mismatch(root.begin(), root.end(), canonical.begin(), canonical.end());
  if (root_end != root.end()) return std::nullopt;
  return canonical;
}

}  // namespace

std::vector<ExtractedFile> extract_paper(const std::string& path, const std::string& root,
                                         const HardwareCatalog& hardware, std::vector<std::string>& problems,
                                         double min_confidence) {
  std::error_code error;
  fs::path root_path = fs::weakly_canonical(root, error);
  std::vector<ExtractedFile> files;
  std::vector<fs::path> queue = {fs::weakly_canonical(path, error)};
  std::set<fs::path> seen(queue.begin(), queue.end());
  for (size_t i = 0; i < queue.size() && i < kMaxFiles; ++i) {
    std::optional<std::string> text = read_file(queue[i]);
    std::string shown = fs::relative(queue[i], root_path, error).string();
    if (error || shown.empty() || shown.starts_with("..")) shown = queue[i].string();
    if (!text) {
      problems.push_back(shown + ": cannot be read (missing, not a file, or over 16 MiB)");
      continue;
    }
    std::vector<std::string> inputs;
    std::vector<CostStatement> statements = extract_text(*text, shown, hardware, &inputs);
    ConfidenceModel::embedded().weigh(statements);
    std::erase_if(statements, [&](const CostStatement& s) { return s.confidence < min_confidence; });
    files.push_back({shown, std::move(statements), std::move(*text)});
    std::set<std::string> asked;  // a file that inputs one twice is warned of it once
    for (const std::string& input : inputs) {
      if (!asked.insert(input).second) continue;
      std::optional<fs::path> target = resolve_input(queue[i], input, root_path);
      if (!target) {
        problems.push_back(shown + ": `\\input{" + input + "}` is outside the root: not read");
        continue;
      }
      if (seen.insert(*target).second) queue.push_back(*target);
    }
  }
  return files;
}

}  // namespace costlint::extract
