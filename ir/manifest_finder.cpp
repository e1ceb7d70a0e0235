#include "ir/manifest_finder.h"

#include <algorithm>
#include <filesystem>
#include <system_error>

namespace costlint {

namespace fs = std::filesystem;

std::vector<std::string> find_manifests(const std::string& dir) {
  std::vector<std::string> found;
  std::error_code error;
  fs::recursive_directory_iterator it(dir, fs::directory_options::skip_permission_denied, error);
  for (; !error && it != fs::recursive_directory_iterator(); it.increment(error)) {
    const fs::directory_entry& entry = *it;
    std::string name = entry.path().filename().string();
    if (entry.is_symlink(error)) continue;
    if (entry.is_directory(error)) {
      if (name.starts_with(".")) it.disable_recursion_pending();
      continue;
    }
    if (entry.is_regular_file(error) && entry.path().extension() == ".cost") {
      fs::path path = entry.path().lexically_normal();
      found.push_back(path.generic_string());
    }
  }
  std::sort(found.begin(), found.end());
  return found;
}

std::string find_root(const std::string& manifest) {
  std::error_code error;
  fs::path folder = fs::weakly_canonical(fs::absolute(manifest, error), error).parent_path();
  for (fs::path dir = folder; !dir.empty(); dir = dir.parent_path()) {
    if (fs::exists(dir / ".git", error)) return dir.string();
    if (dir == dir.root_path()) break;
  }
  return folder.string();
}

std::string relative_to_root(const std::string& path, const std::string& root) {
  std::error_code error;
  fs::path real = fs::weakly_canonical(fs::absolute(path, error), error);
  fs::path real_root = fs::weakly_canonical(fs::absolute(root, error), error);
  fs::path relative = real.lexically_relative(real_root);
  if (relative.empty() || *relative.begin() == "..") return {};
  return relative.generic_string();
}

}  // namespace costlint
