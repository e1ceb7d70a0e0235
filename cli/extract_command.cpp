#include "cli/extract_command.h"

#include <filesystem>

#include <llvm/Support/raw_ostream.h>
#include <nlohmann/json.hpp>

#include "corpus/hardware_catalog.h"
#include "extract/draft_manifest.h"
#include "extract/extractor.h"

namespace costlint::cli {
namespace {

using Json = nlohmann::ordered_json;

/// A scalar as nlohmann's dump writes it: its number forms, its escaping, and
/// bytes that are not UTF-8 replaced.
template <typename T>
std::string scalar(const T& value) {
  return Json(value).dump(-1, ' ', false, Json::error_handler_t::replace);
}

/// The statements of the files as `Json::dump(2)` would write their document,
/// written as they come: a paper holds thousands, and their tree cost a fifth
/// of the run.
void write_files_json(const std::vector<extract::ExtractedFile>& files, llvm::raw_ostream& out) {
  out << "{\n  \"files\": [";
  for (size_t f = 0; f < files.size(); ++f) {
    const extract::ExtractedFile& file = files[f];
    out << (f ? ",\n" : "\n") << "    {\n      \"path\": " << scalar(file.path)
        << ",\n      \"statements\": [";
    for (size_t i = 0; i < file.statements.size(); ++i) {
      const extract::CostStatement& s = file.statements[i];
      constexpr std::string_view kField = "\n          ";
      out << (i ? ",\n" : "\n") << "        {" << kField << "\"figure\": "
          << scalar(std::string(extract::figure_name(s.figure))) << "," << kField
          << "\"value\": " << scalar(s.value) << "," << kField << "\"unit\": " << scalar(s.unit)
          << "," << kField << "\"approximate\": " << scalar(s.approximate) << "," << kField
          << "\"line\": " << scalar(s.line) << "," << kField << "\"column\": " << scalar(s.column)
          << "," << kField << "\"text\": " << scalar(s.text);
      if (!s.row_label.empty()) out << "," << kField << "\"system\": " << scalar(s.row_label);
      if (s.device)
        out << "," << kField << "\"device\": {\n            \"count\": "
            << (s.device->count ? scalar(*s.device->count) : std::string("null"))
            << ",\n            \"model\": " << scalar(s.device->model) << kField << "}";
      out << "\n        }";
    }
    out << (file.statements.empty() ? "]" : "\n      ]") << "\n    }";
  }
  out << (files.empty() ? "]" : "\n  ]") << "\n}";
}

}  // namespace

int run_extract_command(const Options& options) {
  if (options.paths.empty()) {
    llvm::errs() << "costlint: error: extract needs the paper's source: costlint extract main.tex\n";
    return 2;
  }
  std::string error;
  std::optional<HardwareCatalog> hardware = HardwareCatalog::load("", &error);
  if (!hardware) {
    llvm::errs() << "costlint: error: " << error << "\n";
    return 2;
  }
  std::vector<extract::ExtractedFile> files;
  std::vector<std::string> problems;
  for (const std::string& path : options.paths) {
    std::string root = options.root ? *options.root : std::filesystem::path(path).parent_path().string();
    if (root.empty()) root = ".";
    for (extract::ExtractedFile& file : extract::extract_paper(path, root, *hardware, problems))
      files.push_back(std::move(file));
  }
  for (const std::string& problem : problems) llvm::errs() << "costlint: warning: " << problem << "\n";
  if (options.format == "json") {
    write_files_json(files, llvm::outs());
    llvm::outs() << "\n";
  } else {
    llvm::outs() << extract::draft_manifest(files);
  }
  return files.empty() ? 2 : 0;
}

}  // namespace costlint::cli
