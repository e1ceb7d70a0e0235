#include "extract/extractor.h"

#include <algorithm>
#include <tuple>

#include "extract/device_names.h"
#include "extract/model_card.h"
#include "extract/plain_text.h"
#include "extract/text_scan.h"
#include "ir/line_index.h"

namespace costlint::extract {
namespace {

/// The statements by line and column, those at one place in the order found.
/// Statements are large: their places are sorted, then each is moved once.
std::vector<CostStatement> in_reading_order(std::vector<CostStatement> statements) {
  std::vector<std::tuple<unsigned, unsigned, size_t>> places;
  places.reserve(statements.size());
  for (size_t i = 0; i < statements.size(); ++i) places.emplace_back(statements[i].line, statements[i].column, i);
  std::sort(places.begin(), places.end());
  std::vector<CostStatement> ordered;
  ordered.reserve(statements.size());
  for (const auto& place : places) ordered.push_back(std::move(statements[std::get<2>(place)]));
  return ordered;
}

}  // namespace

std::string_view figure_name(FigureKind kind) {
  switch (kind) {
    case FigureKind::Hardware: return "hardware";
    case FigureKind::Duration: return "duration";
    case FigureKind::DeviceTime: return "device_time";
    case FigureKind::Flop: return "flop";
    case FigureKind::Energy: return "energy";
    case FigureKind::Emissions: return "emissions";
    case FigureKind::Power: return "power";
    case FigureKind::Parameters: return "parameters";
    case FigureKind::Tokens: return "tokens";
    case FigureKind::Samples: return "samples";
    case FigureKind::Memory: return "memory";
    case FigureKind::Throughput: return "throughput";
    case FigureKind::Cost: return "cost";
  }
  return "";
}

std::vector<CostStatement> extract_text(std::string_view source, const std::string& path,
                                        const HardwareCatalog& hardware, std::vector<std::string>* inputs) {
  PlainText plain = to_plain(source, source_kind(path));
  if (inputs) *inputs = std::move(plain.inputs);
  std::vector<CostStatement> out =
      in_reading_order(scan_text(plain, LineIndex(source), path, hardware, split_point(plain.text)));
  if (source_kind(path) == SourceKind::Markdown) {
    std::vector<CostStatement> card;
    front_matter_statements(source, path, DeviceNames(hardware), card);
    out.insert(out.begin(), card.begin(), card.end());
  }
  return out;
}

}  // namespace costlint::extract
