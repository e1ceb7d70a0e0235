#include "cli/extract_command.h"

#include <algorithm>
#include <filesystem>

#include <llvm/Support/raw_ostream.h>
#include <nlohmann/json.hpp>

#include "corpus/hardware_catalog.h"
#include "extract/draft_manifest.h"
#include "extract/extractor.h"

namespace costlint::cli {
namespace {

using Json = nlohmann::ordered_json;

/// A number as nlohmann's dump writes it: the shortest form that reads back.
std::string number(double value) {
  return Json(value).dump();
}

/// A string as nlohmann's dump writes it, quoted. Most are printable ASCII,
/// which it writes unchanged; the rest go through it, for its escapes and its
/// replacement of bytes that are not UTF-8.
std::string json_string(std::string_view text) {
  bool unchanged = std::all_of(text.begin(), text.end(), [](unsigned char c) {
    return c >= 0x20 && c < 0x7f && c != '"' && c != '\\';
  });
  if (unchanged) {
    std::string out(1, '"');
    out.append(text).push_back('"');
    return out;
  }
  return Json(std::string(text)).dump(-1, ' ', false, Json::error_handler_t::replace);
}

/// The statements of the files as `Json::dump(2)` would write their document,
/// written as they come: a paper holds thousands, and their tree cost a fifth
/// of the run.
void write_files_json(const std::vector<extract::ExtractedFile>& files, llvm::raw_ostream& out) {
  out << "{\n  \"files\": [";
  for (size_t f = 0; f < files.size(); ++f) {
    const extract::ExtractedFile& file = files[f];
    out << (f ? ",\n" : "\n") << "    {\n      \"path\": " << json_string(file.path)
        << ",\n      \"statements\": [";
    for (size_t i = 0; i < file.statements.size(); ++i) {
      const extract::CostStatement& s = file.statements[i];
      constexpr std::string_view kField = "\n          ";
      out << (i ? ",\n" : "\n") << "        {" << kField << "\"figure\": "
          << json_string(extract::figure_name(s.figure)) << "," << kField
          << "\"value\": " << number(s.value) << "," << kField << "\"unit\": " << json_string(s.unit)
          << "," << kField << "\"approximate\": " << (s.approximate ? "true" : "false") << "," << kField
          << "\"line\": " << s.line << "," << kField << "\"column\": " << s.column
          << "," << kField << "\"text\": " << json_string(s.text);
      if (!s.row_label.empty()) out << "," << kField << "\"system\": " << json_string(s.row_label);
      if (s.device)
        out << "," << kField << "\"device\": {\n            \"count\": "
            << (s.device->count ? number(*s.device->count) : std::string("null"))
            << ",\n            \"model\": " << json_string(s.device->model) << kField << "}";
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
    if (root.empty()) root.push_back('.');
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
