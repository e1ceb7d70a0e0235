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

Json statement_json(const extract::CostStatement& s) {
  // Field by field: an initializer list would copy each value once more.
  Json out = Json::object();
  out["figure"] = extract::figure_name(s.figure);
  out["value"] = s.value;
  out["unit"] = s.unit;
  out["approximate"] = s.approximate;
  out["line"] = s.line;
  out["column"] = s.column;
  out["text"] = s.text;
  if (!s.row_label.empty()) out["system"] = s.row_label;
  if (s.device) {
    out["device"] = {{"count", s.device->count ? Json(*s.device->count) : Json(nullptr)},
                     {"model", s.device->model}};
  }
  return out;
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
    Json out = {{"files", Json::array()}};
    for (const extract::ExtractedFile& file : files) {
      Json statements = Json::array();
      statements.get_ref<Json::array_t&>().reserve(file.statements.size());
      for (const extract::CostStatement& s : file.statements) statements.push_back(statement_json(s));
      out["files"].push_back({{"path", file.path}, {"statements", std::move(statements)}});
    }
    llvm::outs() << out.dump(2, ' ', false, Json::error_handler_t::replace) << "\n";
  } else {
    llvm::outs() << extract::draft_manifest(files);
  }
  return files.empty() ? 2 : 0;
}

}  // namespace costlint::cli
