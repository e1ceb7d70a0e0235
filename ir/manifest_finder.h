#pragma once
// Where the manifests are, and which folder is the repository root.

#include <string>
#include <vector>

namespace costlint {

/// Every `*.cost` file under `dir`, sorted, skipping hidden folders and not
/// following symbolic links. Paths are `dir`-prefixed as given ("." is dropped).
std::vector<std::string> find_manifests(const std::string& dir);

/// The nearest folder at or above `manifest`'s folder that holds `.git`; else
/// the manifest's own folder. Absolute and canonical.
std::string find_root(const std::string& manifest);

/// `path` relative to `root`, with forward slashes, if it lies inside `root`
/// once symbolic links are resolved; empty otherwise.
std::string relative_to_root(const std::string& path, const std::string& root);

}  // namespace costlint
