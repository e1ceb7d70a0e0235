#include "corpus/reference_points.h"

#include <fmt/format.h>

#include "ir/edit_distance.h"
#include "ir/text_case.h"
#include <llvm/Support/MemoryBuffer.h>

namespace costlint {

std::optional<ReferenceSet> reference_points(const BenchmarkCatalog& catalog,
                                             const Benchmark& benchmark) {
  if (!benchmark.key) return std::nullopt;
  const ReferenceBenchmark* table = catalog.find(benchmark.key->value);
  if (!table) return std::nullopt;
  ReferenceSet set{table->key, table->metric, table->better, {}};
  for (const BenchmarkPoint& p : table->points) {
    ParetoPoint& point = set.points.emplace_back();
    point.label = p.system;
    point.year = p.year;
    point.score = p.score;
    bool estimated = p.status == "estimated";
    auto put = [&](ResourceAxis axis, const std::optional<double>& value) {
      if (value) point[axis] = Coordinate{*value, estimated, std::nullopt};
    };
    put(ResourceAxis::Parameters, p.parameters);
    put(ResourceAxis::WeightsMemory, p.weights_bytes);
    put(ResourceAxis::TrainingCompute, p.training_flop);
    put(ResourceAxis::InferenceCompute, p.inference_flop);
  }
  return set;
}

BenchmarkMatch match_benchmark(const BenchmarkCatalog& catalog, const Benchmark& benchmark) {
  BenchmarkMatch out;
  std::string_view name = benchmark.key ? std::string_view(benchmark.key->value) : "";
  if (const ReferenceBenchmark* table = catalog.find(name)) {
    out.table = table->key;
    out.metric = table->metric;
    out.alias = !same_folded(name, table->key);
    return out;
  }
  // A spelling of a table within the name ("LibriSpeech test-clean"), else one
  // close enough to be a typo of it; a name longer than any typo is neither.
  if (name.size() > kMaxSuggestedLength) return out;
  constexpr size_t kShortest = 4;  // "COCO": shorter ones are words of other names
  std::string key = folded(name);
  std::vector<std::string_view> spellings;
  for (const ReferenceBenchmark& table : catalog.benchmarks()) {
    spellings.push_back(table.key);
    for (const std::string& alias : table.aliases) spellings.push_back(alias);
  }
  const ReferenceBenchmark* nearest = nullptr;
  size_t longest = 0;  // the longest spelling within the name says the most
  for (std::string_view spelling : spellings)
    if (spelling.size() >= kShortest && spelling.size() > longest &&
        key.find(folded(spelling)) != std::string::npos) {
      nearest = catalog.find(spelling);
      longest = spelling.size();
    }
  if (!nearest)
    if (std::optional<std::string> close = closest_match(key, spellings))
      nearest = catalog.find(*close);
  if (nearest) {
    out.nearest = nearest->key;
    out.nearest_metric = nearest->metric;
  }
  return out;
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

}  // namespace costlint
