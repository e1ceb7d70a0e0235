#include "ingest/mlflow_run_meta.h"

#include <charconv>

#include <fmt/format.h>

#include "ingest/csv_columns.h"

namespace costlint {
namespace {

/// A flat `key: value` line of meta.yaml.
struct MetaLine {
  std::string value, line;
  uint64_t number = 0;
  size_t begin = 0;  ///< of the value in the line
};

struct Meta {
  std::optional<MetaLine> run_id, start_time, end_time, status, lifecycle_stage;
};

/// Reads meta.yaml's top-level `key: value` lines for the keys in Meta; a key
/// written twice is read where written last, as PyYAML does.
Meta read_meta(LogInput& input) {
  Meta meta;
  while (auto line = input.lines.next()) {
    size_t colon = line->find(':');
    if (colon == std::string_view::npos || line->starts_with(' ')) continue;
    std::string_view key = line->substr(0, colon);
    std::optional<MetaLine>* field = key == "run_id" || key == "run_uuid" ? &meta.run_id
                                     : key == "start_time"                ? &meta.start_time
                                     : key == "end_time"                  ? &meta.end_time
                                     : key == "status"                    ? &meta.status
                                     : key == "lifecycle_stage"           ? &meta.lifecycle_stage
                                                                          : nullptr;
    if (!field) continue;
    std::string_view value = trim(line->substr(colon + 1));
    size_t begin = std::min(line->find(value, colon + 1), line->size());
    *field = MetaLine{std::string(value), std::string(*line), input.lines.line_number(), begin};
  }
  return meta;
}

std::optional<int64_t> whole(const std::optional<MetaLine>& field) {
  int64_t value = 0;
  if (!field) return std::nullopt;
  const std::string& text = field->value;
  auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc() || end != text.data() + text.size() || text.empty()) return std::nullopt;
  return value;
}

Location located(LogInput& input, const MetaLine& field) {
  return input.at(field.line, field.number, field.begin, field.begin + field.value.size());
}

std::string_view status_name(int64_t status) {
  switch (status) {
    case 1: return "RUNNING";
    case 2: return "SCHEDULED";
    case 4: return "FAILED";
    case 5: return "KILLED";
    default: return "unknown";
  }
}

void read_times(LogInput& input, const Meta& meta, LoggedEvidence& out) {
  if (auto status = whole(meta.status); status && *status != 3)
    input.note(located(input, *meta.status),
               fmt::format("the run's `status` is {} ({}), not FINISHED (3): its figures may not "
                           "be those of the whole run",
                           status_name(*status), *status));
  if (meta.lifecycle_stage && meta.lifecycle_stage->value == "deleted")
    input.note(located(input, *meta.lifecycle_stage), "the run was deleted in MLflow");
  for (const auto* field : {&meta.start_time, &meta.end_time})
    if (*field && (*field)->value != "null" && !whole(*field))
      input.row_problem(located(input, **field),
                        "expected a whole number of milliseconds since 1970, or `null`");
  auto start = whole(meta.start_time), end = whole(meta.end_time);
  if (!start || !end) return;
  if (*end < *start) {
    input.row_problem(located(input, *meta.end_time),
                      "`end_time` is before `start_time`: the run's duration is not read");
    return;
  }
  double seconds = (static_cast<double>(*end) - static_cast<double>(*start)) / 1000;
  out.figures.push_back({Quantity::Duration,
                         logged_fact(seconds, dim::time, located(input, *meta.end_time)),
                         "`end_time` - `start_time`"});
}

}  // namespace

bool read_run_meta(LogInput& input, LoggedEvidence& out) {
  Meta meta = read_meta(input);
  if (!meta.run_id && !meta.start_time) {
    input.fatal(input.whole_file(),
                fmt::format("`{}` is not an MLflow run's meta.yaml: it has no `run_id` and no "
                            "`start_time`",
                            input.path()));
    return false;
  }
  read_times(input, meta, out);
  return true;
}

}  // namespace costlint
