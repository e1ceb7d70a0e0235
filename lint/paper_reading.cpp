#include "lint/paper_reading.h"

#include <filesystem>

#include <fmt/format.h>

#include "extract/draft_values.h"
#include "extract/extractor.h"
#include "extract/manifest_field.h"
#include "ir/manifest_finder.h"

namespace costlint {

namespace fs = std::filesystem;

void read_paper(Disclosure& disclosure, const std::string& manifest_path, const std::string& root,
                const std::optional<std::string>& paper_path, const HardwareCatalog& hardware,
                DiagnosticSink& sink, std::vector<std::unique_ptr<SourceFile>>& files) {
  const TextFact* named = disclosure.paper && disclosure.paper->source_path ? &*disclosure.paper->source_path : nullptr;
  if (!paper_path && !named) return;
  // --paper is relative to where costlint runs; `source` to the manifest.
  fs::path path = paper_path ? fs::path(*paper_path) : fs::path(manifest_path).parent_path() / named->value;
  Location at = named ? named->source : Location::of_file(*disclosure.file);
  if (relative_to_root(path.string(), root).empty()) {
    std::error_code error;
    if (fs::exists(path, error))
      sink.report(RuleCode::S007, at,
                  fmt::format("the paper `{}` is outside the repository root `{}`: it is not read",
                              path.string(), root));
    else
      sink.report(RuleCode::S006, at, fmt::format("the paper `{}` cannot be read: no such file", path.string()));
    return;
  }
  std::vector<std::string> problems;
  std::vector<extract::ExtractedFile> extracted = extract::extract_paper(path.string(), root, hardware, problems);
  for (const std::string& problem : problems) sink.report(RuleCode::S006, at, "the paper's source " + problem);
  if (extracted.empty()) return;
  disclosure.paper_read = true;
  for (extract::ExtractedFile& file : extracted) {
    std::unique_ptr<SourceFile> source = SourceFile::excerpt(file.path, file.path, file.text, 1);
    for (const extract::CostStatement& s : file.statements) {
      auto field = extract::manifest_field(s.figure);
      if (!field) continue;
      Fact fact;
      fact.value = s.value;
      fact.dimension = field->dimension;
      fact.source = Location::in(*source, SourceRange{s.offset, s.offset + s.length});
      disclosure.paper_statements.push_back({field->quantity, fact, s.text, extract::draft_value(s)});
    }
    files.push_back(std::move(source));
  }
}

}  // namespace costlint
