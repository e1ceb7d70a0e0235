#include "cli/extract_command.h"

#include <algorithm>
#include <cmath>
#include <filesystem>

#include <llvm/Support/raw_ostream.h>
#include <nlohmann/json.hpp>

#include "corpus/hardware_catalog.h"
#include "extract/draft_manifest.h"
#include "extract/extractor.h"
#include "ir/utf8.h"

namespace costlint::cli {
namespace {

using Json = nlohmann::ordered_json;

/// A number as nlohmann's dump writes it: the shortest form that reads back,
/// a whole number below 10^15 with `.0`. Whole numbers, the most, are written
/// without building a document (a paper's thousands cost a tenth of the run).
struct Number {
  double value;
};

llvm::raw_ostream& operator<<(llvm::raw_ostream& out, Number number) {
  double v = number.value;
  if (v >= 1 && v < 1e15 && v == std::floor(v)) return out << static_cast<int64_t>(v) << ".0";
  return out << Json(v).dump();
}

/// A string as nlohmann's dump writes it, quoted: valid UTF-8 without a control
/// character, a quote or a backslash unchanged (most are); the rest through it,
/// for its escapes and its replacement of bytes that are not UTF-8.
struct Quoted {
  std::string_view text;
};

llvm::raw_ostream& operator<<(llvm::raw_ostream& out, Quoted quoted) {
  std::string_view text = quoted.text;
  unsigned char bits = 0, escaped = 0;  // without a branch, so that the loop is vectorized
  for (unsigned char c : text) {
    bits |= c;
    escaped |= static_cast<unsigned char>((c < 0x20) | (c == '"') | (c == '\\'));
  }
  if (!escaped && (bits < 0x80 || !utf8::find_invalid(text))) return out << '"' << text << '"';
  return out << Json(std::string(text)).dump(-1, ' ', false, Json::error_handler_t::replace);
}

/// The statements of the files as `Json::dump(2)` would write their document,
/// written as they come: a paper holds thousands, and their tree cost a fifth
/// of the run.
void write_files_json(const std::vector<extract::ExtractedFile>& files, llvm::raw_ostream& out) {
  out << "{\n  \"files\": [";
  for (size_t f = 0; f < files.size(); ++f) {
    const extract::ExtractedFile& file = files[f];
    out << (f ? ",\n" : "\n") << "    {\n      \"path\": " << Quoted{file.path}
        << ",\n      \"statements\": [";
    for (size_t i = 0; i < file.statements.size(); ++i) {
      const extract::CostStatement& s = file.statements[i];
      constexpr std::string_view kField = "\n          ";
      out << (i ? ",\n" : "\n") << "        {" << kField << "\"figure\": "
          << Quoted{extract::figure_name(s.figure)} << "," << kField
          << "\"value\": " << Number{s.value} << "," << kField << "\"unit\": " << Quoted{s.unit}
          << "," << kField << "\"approximate\": " << (s.approximate ? "true" : "false") << "," << kField
          << "\"confidence\": " << Number{s.confidence} << "," << kField
          << "\"line\": " << s.line << "," << kField << "\"column\": " << s.column
          << "," << kField << "\"text\": " << Quoted{s.text} << "," << kField << "\"text_at\": " << s.text_at;
      if (!s.row_label.empty()) out << "," << kField << "\"system\": " << Quoted{s.row_label};
      if (s.device) {
        out << "," << kField << "\"device\": {\n            \"count\": ";
        if (s.device->count)
          out << Number{*s.device->count};
        else
          out << "null";
        out << ",\n            \"model\": " << Quoted{s.device->model} << kField << "}";
      }
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
    for (extract::ExtractedFile& file : extract::extract_paper(
             path, root, *hardware, problems, options.min_confidence.value_or(extract::kMinConfidence)))
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
