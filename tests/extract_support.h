#pragma once
// The extractor on a string, for the extract tests: every statement it finds,
// or the one it must find.

#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "corpus/hardware_catalog.h"
#include "extract/extractor.h"
#include "test_support.h"

namespace costlint::testing {

inline const HardwareCatalog& catalog() {
  static const HardwareCatalog hardware = [] {
    std::string error;
    auto loaded = HardwareCatalog::load("", &error);
    if (!loaded) throw std::runtime_error("the embedded hardware catalog: " + error);
    return std::move(*loaded);
  }();
  return hardware;
}

inline std::vector<extract::CostStatement> found(std::string_view text, const std::string& path = "paper.tex") {
  return extract::extract_text(text, path, catalog());
}

/// Every source of every set of tests/extract/ (not its `.expected` files nor SOURCES.md), sorted.
inline std::vector<std::filesystem::path> test_set_sources() {
  namespace fs = std::filesystem;
  std::vector<fs::path> sources;
  for (const auto& set : fs::directory_iterator(source_dir() + "/tests/extract"))
    if (set.is_directory())
      for (const auto& entry : fs::directory_iterator(set.path()))
        if (entry.path().extension() != ".expected" && entry.path().filename() != "SOURCES.md")
          sources.push_back(entry.path());
  std::sort(sources.begin(), sources.end());
  return sources;
}

/// The one statement `text` holds.
inline extract::CostStatement one(std::string_view text, const std::string& path = "paper.tex") {
  auto statements = found(text, path);
  INFO(text);
  REQUIRE(statements.size() == 1);
  return statements.front();
}

}  // namespace costlint::testing
