// Weights & Biases run files: `wandb-summary.json`, the last value of each
// logged key, whose `_runtime` is the run's duration in seconds (older
// clients: `_wandb.runtime`); and `wandb-metadata.json` beside it, which names
// the hardware (`gpu_type` in new clients, `gpu` in old ones; `gpu_count`).
// Both are single JSON objects, read whole but bounded in size.

#include <algorithm>
#include <cmath>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "ingest/readers.h"

namespace costlint {
namespace {

using Json = nlohmann::json;

/// JSON run files are kilobytes: anything larger is not one.
constexpr size_t kMaxJsonBytes = 16 * 1024 * 1024;

struct JsonFile {
  std::string text;
  Json value;
};

/// Reads all of `lines` (at most kMaxJsonBytes), parsed; nothing if too large or not JSON.
std::optional<JsonFile> read_json(LineReader& lines) {
  JsonFile file;
  while (auto line = lines.next()) {
    file.text.append(*line).push_back('\n');
    if (file.text.size() > kMaxJsonBytes) return std::nullopt;
  }
  file.value = Json::parse(file.text, nullptr, /*allow_exceptions=*/false);
  if (file.value.is_discarded() || !file.value.is_object()) return std::nullopt;
  return file;
}

/// The line and column where `"key"` is written in `text` (the log, or the file
/// `beside` it), as a location.
Location key_location(LogInput& input, std::string_view beside, const std::string& text,
                      std::string_view key) {
  size_t at = text.find(fmt::format("\"{}\"", key));
  if (at == std::string::npos) at = 0;
  size_t line_start = text.rfind('\n', at == 0 ? 0 : at - 1);
  line_start = line_start == std::string::npos || at == 0 ? 0 : line_start + 1;
  size_t line_end = text.find('\n', at);
  uint64_t number = 1 + static_cast<uint64_t>(std::count(text.begin(), text.begin() + line_start, '\n'));
  std::string_view line(text.data() + line_start, (line_end == std::string::npos ? text.size() : line_end) - line_start);
  size_t column = at - line_start;
  return input.at_beside(beside, line, number, column, column + key.size() + 2);
}

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

  bool recognizes(std::string_view first_line) const override {
    return first_line.starts_with("{") && (first_line.find("\"_runtime\"") != std::string_view::npos ||
                                           first_line.find("\"_wandb\"") != std::string_view::npos);
  }

  LoggedEvidence read(LogInput& input) const override {
    LoggedEvidence out;
    auto summary = read_json(input.lines);
    if (!summary) {
      input.fatal(input.whole_file(),
                  fmt::format("`{}` is not a W&B summary: not one JSON object of at most {} MiB",
                              input.path(), kMaxJsonBytes >> 20));
      return out;
    }
    const char* key = "_runtime";
    const Json* runtime = number_at(summary->value, {"_runtime"});
    if (!runtime) {
      key = "runtime";
      runtime = number_at(summary->value, {"_wandb", "runtime"});
    }
    if (runtime)
      out.figures.push_back({Quantity::Duration,
                             logged_fact(runtime->get<double>(), dim::time,
                                         key_location(input, {}, summary->text, key)),
                             fmt::format("`{}`", key)});
    read_metadata(input, out);
    return out;
  }

 private:
  static void read_metadata(LogInput& input, LoggedEvidence& out) {
    auto path = input.sibling("wandb-metadata.json");
    if (!path) return;
    LineReader lines(*path);
    auto metadata = read_json(lines);
    if (!metadata) return;
    for (const char* key : {"gpu_type", "gpu"}) {
      const Json& value = metadata->value.value(key, Json());
      if (value.is_string() && !value.get<std::string>().empty()) {
        out.device_model = TextFact{
            value.get<std::string>(),
            key_location(input, "wandb-metadata.json", metadata->text, key)};
        break;
      }
    }
    // A whole count no node exceeds: anything else is not a device count.
    if (const Json* count = number_at(metadata->value, {"gpu_count"})) {
      double devices = count->get<double>();
      if (devices >= 1 && devices <= 1e6 && devices == std::floor(devices))
        out.device_count = static_cast<uint64_t>(devices);
    }
  }
};

}  // namespace

const EvidenceReader& wandb_reader() {
  static const WandbReader reader;
  return reader;
}

}  // namespace costlint
