// MLflow's file store (mlflow/store/tracking/file_store.py): a run is a folder
// `mlruns/<experiment>/<run>` holding `meta.yaml` (ingest/mlflow_run_meta.h)
// and `metrics/<key>`, a file per metric (ingest/mlflow_metric_file.h), a
// key's `/` making subfolders. MLflow's system metrics monitor logs
// `system/gpu_N_power_usage_watts` (the mean of its samples over each logging
// interval) and `system/gpu_N_memory_usage_megabytes` (used bytes / 1e6: MB,
// not MiB; AMD GPUs `_gigabytes`, / 1e9), under `system/<node>/` when given a
// node id. The energy is each GPU's power integrated over time: the GPUs' own,
// a lower bound of the node's. MLflow records no device name. Every metric
// outside `system/` is a score.

#include <cmath>
#include <set>

#include <fmt/format.h>

#include "ingest/mlflow_metric_file.h"
#include "ingest/mlflow_run_meta.h"
#include "ingest/readers.h"

namespace costlint {
namespace {

/// More metric files than any run logs: the rest are not read.
constexpr size_t kMaxMetricFiles = 4096;

enum class GpuSeries { Power, Megabytes, Gigabytes };

struct GpuMetric {
  std::string gpu;  ///< `system/gpu_0`, `system/node_1/gpu_0`
  GpuSeries series;
};

/// What a system metric says of a GPU, if it is one the reader uses.
std::optional<GpuMetric> gpu_metric(std::string_view key) {
  size_t leaf = key.rfind('/') + 1;
  if (!key.starts_with("system/") || key.substr(leaf, 4) != "gpu_") return std::nullopt;
  size_t digits_end = key.find_first_not_of("0123456789", leaf + 4);
  if (digits_end == leaf + 4 || digits_end == std::string_view::npos) return std::nullopt;
  std::string_view series = key.substr(digits_end);
  std::string gpu(key.substr(0, digits_end));
  if (series == "_power_usage_watts") return GpuMetric{gpu, GpuSeries::Power};
  if (series == "_memory_usage_megabytes") return GpuMetric{gpu, GpuSeries::Megabytes};
  if (series == "_memory_usage_gigabytes") return GpuMetric{gpu, GpuSeries::Gigabytes};
  return std::nullopt;
}

/// The GPUs' figures, summed over the metric files that hold them.
struct GpuTotals {
  std::set<std::string> gpus;
  std::optional<Fact> energy, peak_memory;

  void add(LogInput& file, std::string_view key, const GpuMetric& metric,
           const MetricHistory& history) {
    gpus.insert(metric.gpu);
    if (metric.series != GpuSeries::Power) {
      double bytes =
          history.values->highest.value * (metric.series == GpuSeries::Megabytes ? 1e6 : 1e9);
      if (bytes > 0 && (!peak_memory || bytes > peak_memory->value)) {
        peak_memory = history.values->highest;
        peak_memory->value = bytes;
        peak_memory->dimension = dim::bytes;
      }
    } else if (!(history.over_time >= 0) || !std::isfinite(history.over_time)) {
      file.row_problem(file.whole_file(),
                       fmt::format("`{}` integrates to a negative or infinite energy: it is not "
                                   "read",
                                   key));
    } else {
      double joules = (energy ? energy->value : 0) + history.over_time;
      energy = history.values->last;
      energy->value = joules;
      energy->dimension = dim::energy;
    }
  }
};

class MlflowReader final : public EvidenceReader {
 public:
  std::string_view format() const override { return "mlflow"; }
  std::string_view folder_entry() const override { return "meta.yaml"; }

  bool recognizes(std::string_view head) const override {
    auto has = [&](std::string_view key) {
      return head.starts_with(key) || head.find(fmt::format("\n{}", key)) != std::string_view::npos;
    };
    return (has("run_id: ") || has("run_uuid: ")) && has("start_time: ") && has("experiment_id: ");
  }

  LogReading read(LogInput& input) const override {
    LogReading out;
    if (read_run_meta(input, out)) read_metrics(input, out);
    return out;
  }

 private:
  static void read_metrics(LogInput& input, LogReading& out) {
    FileList files = input.files_beside("metrics", kMaxMetricFiles);
    if (files.truncated)
      input.note(input.whole_file("metrics"),
                 fmt::format("more than {} metric files: the rest are not read", kMaxMetricFiles));
    GpuTotals totals;
    for (const std::string& name : files.names) {
      auto path = input.required_sibling(name);
      if (!path) continue;
      LineReader lines(*path);
      LogInput file(lines, input, name);
      std::string_view key = std::string_view(name).substr(std::string_view("metrics/").size());
      MetricHistory history = read_metric_file(file, key);
      if (!history.values) continue;
      if (!key.starts_with("system/"))
        out.scores.push_back(std::move(*history.values));
      else if (auto gpu = gpu_metric(key))
        totals.add(file, key, *gpu, history);
    }
    if (totals.gpus.empty()) return;
    std::string devices =
        fmt::format("{} GPU{}", totals.gpus.size(), totals.gpus.size() == 1 ? "" : "s");
    if (totals.energy) {
      totals.energy->scope = EnergyScope::Device;
      out.figures.push_back(
          {Quantity::Energy, *totals.energy,
           fmt::format("`system/gpu_N_power_usage_watts` integrated over time, {}", devices),
           true});
    }
    if (totals.peak_memory)
      out.figures.push_back(
          {Quantity::Memory, *totals.peak_memory,
           fmt::format("peak `system/gpu_N_memory_usage_megabytes`, {}", devices)});
    out.device_count = totals.gpus.size();
  }
};

}  // namespace

const EvidenceReader& mlflow_reader() {
  static const MlflowReader reader;
  return reader;
}

}  // namespace costlint
