// Weights & Biases run files: `wandb-summary.json`, the last value of each
// logged key, whose `_runtime` is the run's duration in seconds (older
// clients: `_wandb.runtime`); and `wandb-metadata.json` beside it, which names
// the hardware (`gpu_type` in new clients, `gpu` in old ones; `gpu_count`).
// Both are single JSON objects (ingest/json_file.h).

#include <algorithm>

#include <fmt/format.h>

#include "ingest/json_file.h"
#include "ingest/readers.h"

namespace costlint {
namespace {

using Json = nlohmann::json;

const Json* number_at(const Json& object, std::initializer_list<const char*> path) {
  const Json* node = &object;
  for (const char* key : path) {
    if (!node->is_object() || !node->contains(key)) return nullptr;
    node = &(*node)[key];
  }
  return node->is_number() && node->get<double>() >= 0 ? node : nullptr;
}

class WandbReader final : public EvidenceReader {
 public:
  std::string_view format() const override { return "wandb"; }

  bool recognizes(std::string_view head) const override {
    return head.starts_with("{") && (head.find("\"_runtime\"") != std::string_view::npos ||
                                     head.find("\"_wandb\"") != std::string_view::npos);
  }

  LogReading read(LogInput& input) const override {
    LogReading out;
    JsonFile summary = read_json(input.lines);
    if (!summary.ok()) {
      input.fatal(input.whole_file(),
                  fmt::format("`{}` is not a W&B summary: not one JSON object of at most {} MiB",
                              input.path(), kMaxJsonBytes >> 20));
      return out;
    }
    const char* key = "_runtime";
    const Json* runtime = number_at(summary.value, {"_runtime"});
    if (!runtime) {
      key = "runtime";
      runtime = number_at(summary.value, {"_wandb", "runtime"});
    }
    if (runtime)
      out.figures.push_back({Quantity::Duration,
                             logged_fact(runtime->get<double>(), dim::time,
                                         key_location(input, {}, summary.text, key)),
                             fmt::format("`{}`", key)});
    read_metadata(input, out);
    return out;
  }

 private:
  static void read_metadata(LogInput& input, LogReading& out) {
    auto path = input.sibling("wandb-metadata.json");
    if (!path) return;
    LineReader lines(*path);
    JsonFile metadata = read_json(lines);
    if (!metadata.ok()) return;
    for (const char* key : {"gpu_type", "gpu"}) {
      const Json& value = metadata.value.value(key, Json());
      if (value.is_string() && !value.get<std::string>().empty()) {
        out.device_model = TextFact{
            value.get<std::string>(),
            key_location(input, "wandb-metadata.json", metadata.text, key)};
        break;
      }
    }
    if (const Json* count = number_at(metadata.value, {"gpu_count"}))
      out.device_count = device_count_of(count->get<double>());
  }
};

}  // namespace

const EvidenceReader& wandb_reader() {
  static const WandbReader reader;
  return reader;
}

}  // namespace costlint
