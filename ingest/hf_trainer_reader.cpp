// Hugging Face Trainer's `trainer_state.json` (TrainerState.save_to_json: one
// object, indent 2, keys sorted). `total_flos` is the Trainer's estimate of the
// training's floating-point operations (6 × parameters × tokens, summed over
// processes), not a measurement. `log_history` holds an entry per logging
// step, per evaluation and one at the end of training, whose `train_runtime`
// (s) and `train_samples_per_second` time the training. `epoch` is how far the
// training went, in epochs: fractional when it stopped within one. Samples are
// not read: `train_samples_per_second` × `train_runtime` counts the planned
// samples, not those trained after a resumed checkpoint.

#include <cmath>

#include <fmt/format.h>

#include "ingest/json_file.h"
#include "ingest/json_keys.h"
#include "ingest/readers.h"

namespace costlint {
namespace {

using Json = nlohmann::json;

/// Numbers a log entry holds that are not scores: the Trainer's bookkeeping,
/// its timings (`eval_runtime`, `train_steps_per_second`, `eval_model_preparation_time`)
/// and its memory tracker's deltas (`train_mem_gpu_peaked_delta`).
bool is_score(std::string_view key) {
  for (std::string_view bookkeeping :
       {"epoch", "step", "learning_rate", "grad_norm", "total_flos", "num_input_tokens_seen"})
    if (key == bookkeeping) return false;
  return !key.ends_with("_runtime") && !key.ends_with("_per_second") && !key.ends_with("_time") &&
         key.find("_mem_") == std::string_view::npos;
}

Location located(LogInput& input, const std::optional<ReadAt>& at) {
  return at ? input.at(at->line, at->number, at->begin, at->end) : input.whole_file();
}

/// `key`'s value in `object` when it is a number that is not negative; a
/// negative one is reported at `at`.
std::optional<double> amount(LogInput& input, const Json& object, const char* key,
                             const std::optional<ReadAt>& at) {
  auto found = object.find(key);
  if (found == object.end() || !found->is_number()) return std::nullopt;
  double value = found->get<double>();
  if (value >= 0) return value;
  input.row_problem(located(input, at), fmt::format("`{}` is negative: it is not read", key));
  return std::nullopt;
}

class HfTrainerReader final : public EvidenceReader {
 public:
  std::string_view format() const override { return "hf-trainer"; }

  bool recognizes(std::string_view head) const override {
    size_t start = head.find_first_not_of(" \t\r\n");
    return start != std::string_view::npos && head[start] == '{' &&
           head.find("\"log_history\"") != std::string_view::npos &&
           head.find("\"global_step\"") != std::string_view::npos;
  }

  LogReading read(LogInput& input) const override {
    LogReading out;
    JsonFile state = read_json(input.lines);
    if (!state.ok()) {
      std::optional<ReadAt> at;
      if (state.error_at) at = text_at(state.text, *state.error_at, 1);
      input.fatal(located(input, at),
                  fmt::format("`{}` is not a Trainer state: {}", input.path(), state.error));
      return out;
    }
    if (!state.non_finite.empty()) {
      size_t more = state.non_finite.size() - 1;
      input.note(located(input, text_at(state.text, state.non_finite[0], 3)),
                 fmt::format("a value here is NaN or infinite, which Python writes and JSON does "
                             "not allow: the run may have diverged; it is not read{}",
                             more ? fmt::format(", nor {} more", more) : ""));
    }
    JsonKeys keys(state.text, "log_history");
    read_state(input, state.value, keys, out);
    const Json& history = state.value.value("log_history", Json::array());
    if (history.is_array()) read_history(input, history, keys, out);
    return out;
  }

 private:
  static void read_state(LogInput& input, const Json& state, const JsonKeys& keys,
                         LogReading& out) {
    auto figure = [&](const char* key, Quantity quantity, Dimension dimension, std::string what) {
      if (auto value = amount(input, state, key, keys.top(key)))
        out.figures.push_back(
            {quantity, logged_fact(*value, dimension, located(input, keys.top(key))), what});
    };
    figure("total_flos", Quantity::Compute, dim::flop,
           "`total_flos`, the Trainer's estimate of 6 × parameters × tokens, not a measurement");
    if (auto epoch = amount(input, state, "epoch", keys.top("epoch")); epoch && *epoch > 0) {
      // A whole number of epochs drifts in floating point (2.9985): read as whole.
      double whole = std::round(*epoch);
      bool drift = whole >= 1 && std::abs(*epoch - whole) <= 0.01 * whole;
      out.figures.push_back(
          {Quantity::Epochs,
           logged_fact(drift ? whole : *epoch, dim::count, located(input, keys.top("epoch"))),
           drift ? "`epoch`" : "`epoch`, stopped within an epoch"});
    }
    auto step = amount(input, state, "global_step", keys.top("global_step"));
    auto planned = amount(input, state, "max_steps", keys.top("max_steps"));
    if (step && planned && *step < *planned)
      input.note(located(input, keys.top("global_step")),
                 fmt::format("training stopped at step {} of the {} planned: the figures are "
                             "those of the steps run",
                             *step, *planned));
  }

  static void read_history(LogInput& input, const Json& history, const JsonKeys& keys,
                           LogReading& out) {
    ScoreTracker scores;
    std::optional<size_t> last_train;  // the entry logged at the end of training
    for (size_t i = 0; i < history.size(); ++i) {
      if (!history[i].is_object()) continue;
      for (const auto& [key, value] : history[i].items()) {
        if (key == "train_runtime" && value.is_number()) last_train = i;
        if (!value.is_number() || !is_score(key)) continue;
        scores.add(scores.id({}, key), value.get<double>(),
                   keys.in_element(i, key).value_or(ReadAt{}));
      }
    }
    out.scores = scores.scores(input);
    if (!last_train) return;
    const Json& train = history[*last_train];
    auto at = [&](const char* key) { return keys.in_element(*last_train, key); };
    if (auto seconds = amount(input, train, "train_runtime", at("train_runtime")))
      out.figures.push_back({Quantity::Duration,
                             logged_fact(*seconds, dim::time, located(input, at("train_runtime"))),
                             "`train_runtime`"});
    if (auto rate =
            amount(input, train, "train_samples_per_second", at("train_samples_per_second")))
      out.figures.push_back({Quantity::Throughput,
                             logged_fact(*rate, dim::item / dim::time,
                                         located(input, at("train_samples_per_second"))),
                             "`train_samples_per_second`"});
  }
};

}  // namespace

const EvidenceReader& hf_trainer_reader() {
  static const HfTrainerReader reader;
  return reader;
}

}  // namespace costlint
