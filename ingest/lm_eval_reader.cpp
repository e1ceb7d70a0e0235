// lm-evaluation-harness's results file (`results_<date>.json`, written by
// EvaluationTracker: one object, indent 2). `results` maps each task to its
// metrics, keyed "METRIC,FILTER" ("acc,none") beside their "METRIC_stderr,FILTER"
// (a number, or "N/A"); these are scores, whose task the benchmark is matched
// to. `total_evaluation_time_seconds` (a string in the files written since
// 0.4) times the evaluation.

#include <algorithm>
#include <cmath>

#include <fmt/format.h>

#include "ingest/csv_columns.h"
#include "ingest/json_file.h"
#include "ingest/readers.h"
#include "ingest/score_tracker.h"

namespace costlint {
namespace {

using Json = nlohmann::json;

Location located(LogInput& input, const std::optional<ReadAt>& at) {
  return at ? input.at(at->line, at->number, at->begin, at->end) : input.whole_file();
}

/// The offset of the first `"key"` written in `text` at or after `from`.
size_t key_after(std::string_view text, size_t from, std::string_view key) {
  return text.find(fmt::format("\"{}\"", key), std::min(from, text.size()));
}

/// A number, or a number written as a string ("1234.5"), as lm-eval writes times.
std::optional<double> number_of(const Json& value) {
  if (value.is_number()) return value.get<double>();
  if (value.is_string()) return parse_number(value.get_ref<const std::string&>());
  return std::nullopt;
}

class LmEvalReader final : public EvidenceReader {
 public:
  std::string_view format() const override { return "lm-eval"; }

  bool recognizes(std::string_view head) const override {
    size_t start = head.find_first_not_of(" \t\r\n");
    return start != std::string_view::npos && head[start] == '{' &&
           (head.find("\"higher_is_better\"") != std::string_view::npos ||
            head.find("\"n-shot\"") != std::string_view::npos ||
            (head.find("\"results\"") != std::string_view::npos &&
             head.find("\"versions\"") != std::string_view::npos));
  }

  LogReading read(LogInput& input) const override {
    LogReading out;
    JsonFile file = read_json(input.lines);
    if (!file.ok() || !file.value.contains("results") || !file.value["results"].is_object()) {
      std::optional<ReadAt> at;
      if (file.error_at) at = text_at(file.text, *file.error_at, 1);
      input.fatal(located(input, at),
                  fmt::format("`{}` is not an lm-eval results file: {}", input.path(),
                              file.ok() ? "no `results` object" : file.error));
      return out;
    }
    read_scores(input, file, out);
    read_duration(input, file, out);
    return out;
  }

 private:
  static void read_scores(LogInput& input, const JsonFile& file, LogReading& out) {
    ScoreTracker scores;
    // Each metric is located after its task's key, itself after `results`.
    size_t results = key_after(file.text, 0, "results");
    for (const auto& [task, metrics] : file.value["results"].items()) {
      if (!metrics.is_object()) continue;
      size_t task_at = key_after(file.text, results, task);
      for (const auto& [metric, value] : metrics.items()) {
        if (!value.is_number() || metric == "sample_len" ||
            metric.find("_stderr") != std::string::npos)
          continue;
        double number = value.get<double>();
        if (!std::isfinite(number)) continue;
        size_t at = key_after(file.text, task_at, metric);
        scores.add(scores.id(task, metric), number,
                   at == std::string_view::npos ? ReadAt{} : text_at(file.text, at, metric.size() + 2));
      }
    }
    out.scores = scores.scores(input);
  }

  static void read_duration(LogInput& input, const JsonFile& file, LogReading& out) {
    constexpr const char* kKey = "total_evaluation_time_seconds";
    if (!file.value.contains(kKey)) return;
    auto seconds = number_of(file.value[kKey]);
    Location at = key_location(input, {}, file.text, kKey);
    if (!seconds || *seconds < 0) {
      input.row_problem(at, fmt::format("`{}` is not a duration in seconds: it is not read", kKey));
      return;
    }
    out.figures.push_back({Quantity::Duration, logged_fact(*seconds, dim::time, at),
                           fmt::format("`{}`, the evaluation's", kKey)});
  }
};

}  // namespace

const EvidenceReader& lm_eval_reader() {
  static const LmEvalReader reader;
  return reader;
}

}  // namespace costlint
