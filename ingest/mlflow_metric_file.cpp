#include "ingest/mlflow_metric_file.h"

#include <charconv>
#include <cmath>
#include <string>
#include <tuple>

#include <fast_float/fast_float.h>
#include <fmt/format.h>

#include "ingest/score_tracker.h"

namespace costlint {
namespace {

struct Sample {
  int64_t timestamp = 0;
  double value = 0;
  int64_t step = 0;
  size_t begin = 0, end = 0;  ///< the value's bytes in its line
};

bool whole(std::string_view text, int64_t& out) {
  auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), out);
  return error == std::errc() && end == text.data() + text.size() && !text.empty();
}

/// Splits the line on single spaces, as MLflow does (`line.strip().split(" ")`).
std::optional<Sample> parse(std::string_view line) {
  size_t start = line.find_first_not_of(" \t");
  if (start == std::string_view::npos) return std::nullopt;
  std::string_view rest = line.substr(start, line.find_last_not_of(" \t") + 1 - start);
  size_t first = rest.find(' ');
  if (first == std::string_view::npos) return std::nullopt;
  size_t second = rest.find(' ', first + 1);
  std::string_view value = rest.substr(
      first + 1, second == std::string_view::npos ? std::string_view::npos : second - first - 1);
  Sample sample;
  sample.begin = start + first + 1;
  sample.end = sample.begin + value.size();
  auto parsed = fast_float::from_chars(value.data(), value.data() + value.size(), sample.value);
  bool ok = whole(rest.substr(0, first), sample.timestamp) && parsed.ec == std::errc() &&
            parsed.ptr == value.data() + value.size() && !value.empty() &&
            (second == std::string_view::npos || whole(rest.substr(second + 1), sample.step));
  return ok ? std::optional(sample) : std::nullopt;
}

}  // namespace

MetricHistory read_metric_file(LogInput& file, std::string_view key) {
  MetricHistory out;
  ScoreTracker tracker;
  size_t id = tracker.id({}, key);
  std::optional<Sample> previous, latest;
  std::string latest_line, first_non_finite;
  uint64_t latest_number = 0, first_non_finite_number = 0, non_finite = 0;
  while (auto line = file.lines.next()) {
    if (line->find_first_not_of(" \t") == std::string_view::npos) continue;
    auto sample = line->size() <= kMaxMetricLine ? parse(*line) : std::nullopt;
    if (!sample) {
      file.row_problem(line->substr(0, kMaxMetricLine),
                       "expected `timestamp value step`: two or three numbers separated by "
                       "spaces; the line is skipped");
      continue;
    }
    if (!std::isfinite(sample->value)) {
      if (non_finite++ == 0) {
        first_non_finite.assign(*line);
        first_non_finite_number = file.lines.line_number();
      }
      continue;
    }
    tracker.add(id, sample->value, {*line, file.lines.line_number(), sample->begin, sample->end});
    // Timestamps that go back (a resumed run) start a new stretch.
    if (previous && sample->timestamp > previous->timestamp)
      out.over_time += (previous->value + sample->value) / 2 *
                       ((static_cast<double>(sample->timestamp) - previous->timestamp) / 1000);
    previous = sample;
    auto order = [](const Sample& s) { return std::tuple(s.step, s.timestamp, s.value); };
    if (!latest || order(*sample) > order(*latest)) {  // the first of equals, as max() does
      latest = sample;
      latest_line.assign(*line);
      latest_number = file.lines.line_number();
    }
  }
  if (non_finite) {
    std::string more = non_finite > 1 ? fmt::format(" and on {} more lines", non_finite - 1) : "";
    file.row_problem(file.at(first_non_finite, first_non_finite_number),
                     fmt::format("`{}` is not a finite number here{}: the run may have diverged; "
                                 "such values are skipped",
                                 key, more));
  }
  // MLflow's latest value, added again last, is the tracker's last; the
  // extremes already hold it.
  if (latest)
    tracker.add(id, latest->value, {latest_line, latest_number, latest->begin, latest->end});
  std::vector<LoggedScore> scores = tracker.scores(file);
  if (!scores.empty()) out.values = std::move(scores.front());
  return out;
}

}  // namespace costlint
