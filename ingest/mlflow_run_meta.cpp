#include "ingest/mlflow_run_meta.h"

#include <charconv>

#include <fmt/format.h>
#include <yaml-cpp/yaml.h>

namespace costlint {
namespace {

/// meta.yaml is a few hundred bytes: anything much larger is not one.
constexpr size_t kMaxMetaBytes = 1 << 20;

/// A top-level scalar of meta.yaml, with the line it is written on.
struct MetaLine {
  std::string value, line;
  uint64_t number = 0;
  size_t begin = 0;  ///< of the value in the line
};

struct Meta {
  std::optional<MetaLine> run_id, start_time, end_time, status, lifecycle_stage;
};

/// Line `index` (0-based) of `text`.
std::string_view line_of(std::string_view text, size_t index) {
  for (; index > 0; --index) {
    size_t end = text.find('\n');
    if (end == std::string_view::npos) return {};
    text.remove_prefix(end + 1);
  }
  return text.substr(0, text.find('\n'));
}

/// Parses meta.yaml with yaml-cpp (its depth guard bounds a hostile nesting)
/// and keeps the top-level scalars Meta names; nothing, and reported, when it
/// is not YAML or not a mapping.
std::optional<Meta> read_meta(LogInput& input) {
  std::string text;
  while (auto line = input.lines.next()) {
    text.append(*line).push_back('\n');
    if (text.size() > kMaxMetaBytes) {
      input.fatal(input.whole_file(), fmt::format("`{}` is over {} KiB: not an MLflow meta.yaml",
                                                  input.path(), kMaxMetaBytes >> 10));
      return std::nullopt;
    }
  }
  YAML::Node root;
  try {
    root = YAML::Load(text);
  } catch (const YAML::Exception& e) {
    size_t line = e.mark.is_null() ? 0 : static_cast<size_t>(e.mark.line);
    size_t column = e.mark.is_null() ? 0 : static_cast<size_t>(e.mark.column);
    input.fatal(input.at(line_of(text, line), line + 1, column, column + 1),
                fmt::format("`{}` is not YAML: {}", input.path(), e.msg));
    return std::nullopt;
  }
  Meta meta;
  if (!root.IsMap()) return meta;
  auto scalar = [&](const char* key, std::optional<MetaLine>& field) {
    const YAML::Node node = static_cast<const YAML::Node&>(root)[key];
    if (!node.IsDefined() || !(node.IsScalar() || node.IsNull())) return;
    size_t line = static_cast<size_t>(node.Mark().line);
    field = MetaLine{node.IsNull() ? "null" : node.Scalar(), std::string(line_of(text, line)),
                     line + 1, static_cast<size_t>(node.Mark().column)};
  };
  scalar("run_uuid", meta.run_id);
  scalar("run_id", meta.run_id);
  scalar("start_time", meta.start_time);
  scalar("end_time", meta.end_time);
  scalar("status", meta.status);
  scalar("lifecycle_stage", meta.lifecycle_stage);
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

void read_times(LogInput& input, const Meta& meta, LogReading& out) {
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

bool read_run_meta(LogInput& input, LogReading& out) {
  std::optional<Meta> parsed = read_meta(input);
  if (!parsed) return false;
  const Meta& meta = *parsed;
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
