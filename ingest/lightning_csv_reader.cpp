// PyTorch Lightning's CSVLogger `metrics.csv`: a `step` and an `epoch` column,
// then one column per logged metric, a row per logging step. It holds the
// number of epochs trained (the last `epoch` + 1) and the metrics, as scores.
// A metric that turns NaN is a run that diverged: a reader auditing the log
// wants to know, once.

#include <cmath>

#include <fmt/format.h>

#include "ingest/csv_columns.h"
#include "ingest/csv_row.h"
#include "ingest/readers.h"
#include "ingest/score_tracker.h"
#include "ir/csv_line.h"

namespace costlint {
namespace {

bool is_nan(std::string_view field) {
  field = trim(field);
  return field == "nan" || field == "NaN" || field == "NAN";
}

class LightningCsvReader final : public EvidenceReader {
 public:
  std::string_view format() const override { return "lightning-csv"; }

  bool recognizes(std::string_view head) const override {
    CsvColumns columns(head);
    return columns.find("epoch") && columns.find("step") && !columns.find("duration");
  }

  LogReading read(LogInput& input) const override {
    LogReading out;
    auto header = input.header();
    if (!header) return out;
    std::string header_text(*header);
    CsvColumns columns(header_text);
    auto epoch = columns.find("epoch");
    if (!epoch || !columns.find("step")) {
      input.fatal(input.here(*header, 0, header->size()),
                  "not a Lightning metrics.csv: no `step` and `epoch` columns");
      return out;
    }
    std::vector<std::string> names = split_csv_line(header_text);
    std::vector<bool> nan_reported(names.size(), false);
    ScoreTracker scores;
    std::vector<size_t> metric_ids(names.size(), ScoreTracker::kNone);
    for (size_t i = 0; i < names.size(); ++i)
      if (trim(names[i]) != "epoch" && trim(names[i]) != "step")
        metric_ids[i] = scores.id({}, trim(names[i]));
    double last_epoch = -1;
    std::string last_row;
    uint64_t last_line = 0;
    std::vector<FieldSpan> last_spans;
    CsvRow row;
    while (auto line = input.lines.next()) {
      if (trim(*line).empty() || !row.read(input, *line, columns.size())) continue;
      for (size_t i = 0; i < row.fields().size(); ++i)
        if (!nan_reported[i] && is_nan(row[i])) {
          nan_reported[i] = true;
          std::vector<FieldSpan> spans;
          split_csv_line(*line, ',', &spans);
          input.note(input.here(*line, spans[i].begin, spans[i].end),
                     fmt::format("`{}` is first NaN in this row: the run may have diverged",
                                 trim(names[i])));
        }
      record_scores(input, *line, row, metric_ids, scores);
      auto value = parse_number(row[*epoch]);
      if (!value || *value < 0 || *value > 1e9 || *value != std::floor(*value)) {
        if (!trim(row[*epoch]).empty())
          input.row_problem(*line, "the row's `epoch` is not a whole number: it is skipped");
        continue;
      }
      if (*value >= last_epoch) {
        last_epoch = *value;
        last_row = std::string(*line);
        last_line = input.lines.line_number();
        split_csv_line(*line, ',', &last_spans);
      }
    }
    if (last_epoch >= 0) {
      Location at = input.at(last_row, last_line, last_spans[*epoch].begin, last_spans[*epoch].end);
      out.figures.push_back({Quantity::Epochs, logged_fact(last_epoch + 1, dim::count, at),
                             "the last `epoch` + 1"});
    }
    out.scores = scores.scores(input);
    return out;
  }

 private:
  static void record_scores(LogInput& input, std::string_view line, const CsvRow& row,
                            const std::vector<size_t>& metric_ids, ScoreTracker& scores) {
    std::vector<FieldSpan> spans;
    for (size_t i = 0; i < row.fields().size(); ++i) {
      if (metric_ids[i] == ScoreTracker::kNone || trim(row[i]).empty()) continue;
      auto value = parse_number(row[i]);
      if (!value) continue;
      if (spans.empty()) split_csv_line(line, ',', &spans);
      scores.add(metric_ids[i], *value,
                 {line, input.lines.line_number(), spans[i].begin, spans[i].end});
    }
  }
};

}  // namespace

const EvidenceReader& lightning_csv_reader() {
  static const LightningCsvReader reader;
  return reader;
}

}  // namespace costlint
