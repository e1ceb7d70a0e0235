#include "lint/reference_points.h"

#include <charconv>
#include <cmath>
#include <map>

#include <fmt/format.h>
#include <llvm/Support/MemoryBuffer.h>

#include "estimate/csv_records.h"

namespace costlint {
namespace {

/// The CSV columns that hold a resource, and their axes.
const std::map<std::string_view, ResourceAxis> kResourceColumns = {
    {"parameters", ResourceAxis::Parameters},
    {"weights_bytes", ResourceAxis::WeightsMemory},
    {"training_flop", ResourceAxis::TrainingCompute},
    {"inference_flop", ResourceAxis::InferenceCompute},
};

std::optional<double> number(const std::string& text) {
  double value = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec != std::errc() || end != text.data() + text.size() || !std::isfinite(value))
    return std::nullopt;
  return value;
}

}  // namespace

std::optional<ReferenceSet> reference_points(const BenchmarkCatalog& catalog,
                                             std::span<const ReferenceSet> sets,
                                             const Benchmark& benchmark) {
  if (!benchmark.key) return std::nullopt;
  for (const ReferenceSet& set : sets)
    if (set.benchmark == benchmark.key->value) return set;
  const ReferenceBenchmark* table = catalog.find(benchmark.key->value);
  if (!table) return std::nullopt;
  ReferenceSet set{table->key, table->metric, table->better, {}};
  for (const BenchmarkPoint& p : table->points) {
    ParetoPoint& point = set.points.emplace_back();
    point.label = p.system;
    point.score = p.score;
    auto put = [&](ResourceAxis axis, const std::optional<double>& value) {
      if (value) point[axis] = Coordinate::exact(*value);
    };
    put(ResourceAxis::Parameters, p.parameters);
    put(ResourceAxis::WeightsMemory, p.weights_bytes);
    put(ResourceAxis::TrainingCompute, p.training_flop);
    put(ResourceAxis::InferenceCompute, p.inference_flop);
  }
  return set;
}

std::optional<std::string> read_reference_file(const std::string& path, std::string* error) {
  auto buffer = llvm::MemoryBuffer::getFile(path, /*IsText=*/false,
                                            /*RequiresNullTerminator=*/false);
  if (!buffer) {
    *error = buffer.getError().message();
    return std::nullopt;
  }
  if ((*buffer)->getBufferSize() > kMaxReferenceBytes) {
    *error = fmt::format("larger than {} MiB", kMaxReferenceBytes >> 20);
    return std::nullopt;
  }
  return (*buffer)->getBuffer().str();
}

std::optional<ReferenceSet> read_reference_csv(std::string_view text, std::string key,
                                               std::string* error) {
  std::vector<CsvRecord> records;
  CsvError csv_error;
  if (!read_csv_records(text, &records, &csv_error, {100'000, 100})) {
    *error = fmt::format("line {}: {}", csv_error.line, csv_error.message);
    return std::nullopt;
  }
  if (records.empty()) {
    *error = "no header";
    return std::nullopt;
  }
  std::map<std::string, size_t> column;
  for (size_t i = 0; i < records[0].fields.size(); ++i) column[records[0].fields[i]] = i;
  for (const char* needed : {"system", "score"})
    if (!column.contains(needed)) {
      *error = fmt::format("line 1: no `{}` column", needed);
      return std::nullopt;
    }
  ReferenceSet set;
  set.benchmark = std::move(key);
  for (size_t r = 1; r < records.size(); ++r) {
    const CsvRecord& record = records[r];
    auto field = [&](const std::string& name) -> std::string {
      auto it = column.find(name);
      return it != column.end() && it->second < record.fields.size() ? record.fields[it->second]
                                                                      : "";
    };
    std::optional<double> score = number(field("score"));
    if (!score) {
      *error = fmt::format("line {}: the score `{}` is not a number", record.line, field("score"));
      return std::nullopt;
    }
    if (r == 1 && field("better") == "lower") set.better = Better::Lower;
    if (r == 1) set.metric = field("metric");
    ParetoPoint& point = set.points.emplace_back();
    point.label = field("system");
    point.score = *score;
    bool estimated = field("status") == "estimated";
    for (const auto& [name, axis] : kResourceColumns) {
      std::string value = field(std::string(name));
      if (value.empty()) continue;
      std::optional<double> resource = number(value);
      if (!resource || *resource <= 0) {
        *error = fmt::format("line {}: `{}` is not a positive number", record.line, name);
        return std::nullopt;
      }
      point[axis] = Coordinate{*resource, estimated, std::nullopt};
    }
  }
  return set;
}

}  // namespace costlint
