#include "ingest/score_tracker.h"

#include <cmath>

namespace costlint {
namespace {

void keep(auto& row, double value, ReadAt at) {
  row.value = value;
  row.line.assign(at.line);
  row.number = at.number;
  row.begin = at.begin;
  row.end = at.end;
}

}  // namespace

size_t ScoreTracker::id(std::string_view task, std::string_view metric) {
  for (size_t i = 0; i < metrics_.size(); ++i)
    if (metrics_[i].metric == metric && metrics_[i].task == task) return i;
  if (metrics_.size() == kMaxMetrics) return kNone;
  Metric& m = metrics_.emplace_back();
  m.task = task;
  m.metric = metric;
  return metrics_.size() - 1;
}

void ScoreTracker::add(size_t id, double value, ReadAt at) {
  if (id >= metrics_.size() || !std::isfinite(value)) return;
  Metric& m = metrics_[id];
  keep(m.last, value, at);
  if (!m.seen || value < m.lowest.value) keep(m.lowest, value, at);
  if (!m.seen || value > m.highest.value) keep(m.highest, value, at);
  m.seen = true;
}

std::vector<LoggedScore> ScoreTracker::scores(LogInput& input) const {
  auto fact = [&](const Row& row) {
    Location at = row.number ? input.at(row.line, row.number, row.begin, row.end)
                             : input.whole_file();
    return logged_fact(row.value, dim::count, at);
  };
  std::vector<LoggedScore> out;
  out.reserve(metrics_.size());
  for (const Metric& m : metrics_)
    if (m.seen) out.push_back({m.task, m.metric, fact(m.last), fact(m.lowest), fact(m.highest)});
  return out;
}

}  // namespace costlint
