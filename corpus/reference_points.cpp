#include "corpus/reference_points.h"

#include <fmt/format.h>
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
