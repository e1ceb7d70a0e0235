#include "lint/paper_reading.h"

#include <filesystem>

#include <fmt/format.h>

#include "extract/extractor.h"
#include "ir/manifest_finder.h"

namespace costlint {
namespace {

namespace fs = std::filesystem;

/// What a statement is in the manifest's terms: its quantity and dimension.
/// Hardware and power have no field of their own to compare with.
std::optional<std::pair<std::optional<Quantity>, Dimension>> as_manifest(extract::FigureKind figure) {
  using extract::FigureKind;
  switch (figure) {
    case FigureKind::Duration: return {{Quantity::Duration, dim::time}};
    case FigureKind::DeviceTime: return {{Quantity::Compute, dim::device * dim::time}};
    case FigureKind::Flop: return {{Quantity::Compute, dim::flop}};
    case FigureKind::Energy: return {{Quantity::Energy, dim::energy}};
    case FigureKind::Emissions: return {{Quantity::Emissions, dim::co2e}};
    case FigureKind::Memory: return {{Quantity::Memory, dim::bytes}};
    case FigureKind::Cost: return {{Quantity::Cost, dim::usd}};
    case FigureKind::Tokens: return {{Quantity::Tokens, Dimension{}}};
    case FigureKind::Samples: return {{Quantity::Samples, Dimension{}}};
    case FigureKind::Parameters: return {{std::nullopt, Dimension{}}};
    case FigureKind::Hardware:
    case FigureKind::Power:
    case FigureKind::Throughput: break;
  }
  return std::nullopt;
}

}  // namespace

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
      auto manifest = as_manifest(s.figure);
      if (!manifest) continue;
      Fact fact;
      fact.value = s.value;
      fact.dimension = manifest->second;
      fact.source = Location::in(*source, SourceRange{s.offset, s.offset + s.length});
      disclosure.paper_statements.push_back({manifest->first, fact, s.text});
    }
    files.push_back(std::move(source));
  }
}

}  // namespace costlint
