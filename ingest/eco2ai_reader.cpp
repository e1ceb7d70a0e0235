// Eco2AI's emission.csv: a row per tracked run (`tracker.start()` rewrites its
// row until `stop()`), or, in training mode, a row per epoch whose figures
// cover that epoch only (the tracker resets them at `new_epoch`). Either way the
// totals are the sums over rows. Energy is in kWh (older releases wrote the
// column `power_consumption(kWTh)`): the node's, times the PUE Eco2AI was given (1 by default);
// emissions are kg CO2e. A training row's `epoch` field reads
// "epoch: 3, accuracy: 0.91, " — the metrics given to `new_epoch`, as scores.

#include <charconv>
#include <cmath>

#include <fmt/format.h>

#include "ingest/csv_columns.h"
#include "ingest/csv_row.h"
#include "ingest/readers.h"
#include "ingest/score_tracker.h"
#include "ir/csv_line.h"

namespace costlint {
namespace {

struct Columns {
  std::optional<size_t> duration, energy, emissions, epoch, gpu, cpu, region;
};

Columns find_columns(const CsvColumns& header) {
  Columns c;
  c.duration = header.find("duration(s)");
  c.energy = header.find("power_consumption(kWh)");
  if (!c.energy) c.energy = header.find("power_consumption(kWTh)");
  c.emissions = header.find("CO2_emissions(kg)");
  c.epoch = header.find("epoch");
  c.gpu = header.find("GPU_name");
  c.cpu = header.find("CPU_name");
  c.region = header.find("region/country");
  return c;
}

/// "NVIDIA A100-SXM4-40GB 4 device(s) method:nvml" (GPU_name) or
/// "Intel Xeon Gold 6248/2 device(s), TDP:150 method:tdp" (CPU_name): the
/// model and the count, when there is at least one device.
std::optional<std::pair<std::string, uint64_t>> devices_of(std::string_view field) {
  size_t suffix = field.find(" device(s)");
  if (suffix == std::string_view::npos) return std::nullopt;
  std::string_view head = field.substr(0, suffix);
  size_t split = head.find_last_of(" /");
  if (split == std::string_view::npos) return std::nullopt;
  double count = 0;
  auto digits = head.substr(split + 1);
  auto [end, error] = std::from_chars(digits.data(), digits.data() + digits.size(), count);
  auto devices = device_count_of(count);
  if (error != std::errc() || end != digits.data() + digits.size() || !devices) return std::nullopt;
  std::string_view model = trim(head.substr(0, split));
  if (model.empty()) return std::nullopt;
  return std::pair{std::string(model), *devices};
}

class Eco2aiReader final : public EvidenceReader {
 public:
  std::string_view format() const override { return "eco2ai"; }

  bool recognizes(std::string_view first_line) const override {
    CsvColumns columns(first_line);
    return columns.find("duration(s)") && columns.find("CO2_emissions(kg)");
  }

  LogReading read(LogInput& input) const override {
    LogReading out;
    auto header = input.header();
    if (!header) return out;
    CsvColumns names(*header);
    Columns columns = find_columns(names);
    if (!columns.duration || !columns.energy || !columns.emissions) {
      input.fatal(input.here(*header, 0, header->size()),
                  "not an Eco2AI emission.csv: no `duration(s)`, `power_consumption(kWh)` "
                  "and `CO2_emissions(kg)` columns");
      return out;
    }
    Totals totals;
    ScoreTracker scores;
    CsvRow row;
    while (auto line = input.lines.next()) {
      if (trim(*line).empty() || !row.read(input, *line, names.size())) continue;
      if (!add_row(input, *line, row, columns, totals)) continue;
      if (columns.epoch) read_epoch(input, *line, row[*columns.epoch], *columns.epoch, scores, totals);
      note_context(input, *line, row, columns, out);
    }
    finish(input, totals, columns, out);
    out.scores = scores.scores(input);
    return out;
  }

 private:
  struct Totals {
    double seconds = 0, kwh = 0, kg = 0;
    size_t rows = 0;
    double last_epoch = -1;
    std::string last_row;
    uint64_t last_line = 0;
  };

  /// Adds a row's figures; false, with the row reported, when one is not a
  /// finite, non-negative number.
  static bool add_row(LogInput& input, std::string_view line, const CsvRow& row,
                      const Columns& columns, Totals& totals) {
    double values[3];
    size_t at[3] = {*columns.duration, *columns.energy, *columns.emissions};
    for (int i = 0; i < 3; ++i) {
      auto value = parse_number(row[at[i]]);
      if (!value || *value < 0) {
        std::vector<FieldSpan> spans;
        split_csv_line(line, ',', &spans);
        std::string_view text = trim(row[at[i]]);
        input.row_problem(line,
                          text.empty() ? "the row has no value here: it is skipped"
                                       : fmt::format("`{}` is not a duration, energy or "
                                                     "emissions figure: the row is skipped",
                                                     text),
                          spans[at[i]].begin, spans[at[i]].end);
        return false;
      }
      values[i] = *value;
    }
    totals.seconds += values[0];
    totals.kwh += values[1];
    totals.kg += values[2];
    ++totals.rows;
    totals.last_row.assign(line);
    totals.last_line = input.lines.line_number();
    return true;
  }

  /// "epoch: 3, accuracy: 0.91, loss: 0.2, " or "N/A".
  static void read_epoch(LogInput& input, std::string_view line, std::string_view field,
                         size_t column, ScoreTracker& scores, Totals& totals) {
    field = trim(field);
    if (!field.starts_with("epoch:")) return;
    std::vector<FieldSpan> spans;
    split_csv_line(line, ',', &spans);
    size_t base = spans[column].begin + (line.substr(spans[column].begin).starts_with('"') ? 1 : 0);
    size_t offset = 0;
    while (offset < field.size()) {
      size_t comma = std::min(field.find(',', offset), field.size());
      std::string_view pair = field.substr(offset, comma - offset);
      size_t colon = pair.find(':');
      if (colon != std::string_view::npos) {
        std::string_view key = trim(pair.substr(0, colon));
        auto value = parse_number(pair.substr(colon + 1));
        if (key == "epoch") {
          if (value && *value >= 0 && *value <= 1e9 && *value == std::floor(*value))
            totals.last_epoch = std::max(totals.last_epoch, *value);
        } else if (value && !key.empty()) {
          size_t begin = base + offset + colon + 1;
          scores.add(scores.id({}, key), *value,
                     {line, input.lines.line_number(), begin, base + comma});
        }
      }
      offset = comma + 1;
    }
  }

  /// The hardware and region of the first row that names them.
  static void note_context(LogInput& input, std::string_view line, const CsvRow& row,
                           const Columns& columns, LogReading& out) {
    if (!out.device_model)
      for (auto column : {columns.gpu, columns.cpu})
        if (column)
          if (auto devices = devices_of(trim(row[*column]))) {
            out.device_model = TextFact{devices->first, input.here(line, 0, line.size())};
            out.device_count = devices->second;
            break;
          }
    if (!out.region && columns.region) {
      std::string_view region = trim(row[*columns.region]);
      if (!region.empty() && region != "N/A")
        out.region = TextFact{std::string(region), input.here(line, 0, line.size())};
    }
  }

  static void finish(LogInput& input, const Totals& totals, const Columns& columns,
                     LogReading& out) {
    if (totals.rows == 0) return;
    std::vector<FieldSpan> spans;
    split_csv_line(totals.last_row, ',', &spans);
    auto at = [&](size_t column) {
      return input.at(totals.last_row, totals.last_line, spans[column].begin, spans[column].end);
    };
    std::string rows = fmt::format("{} row{}", totals.rows, totals.rows == 1 ? "" : "s");
    out.figures.push_back({Quantity::Duration,
                           logged_fact(totals.seconds, dim::time, at(*columns.duration)),
                           fmt::format("`duration(s)` summed over {}", rows)});
    // CPU, GPU and RAM times the PUE Eco2AI was given, 1 unless set: the node's.
    Fact energy = logged_fact(totals.kwh * 3.6e6, dim::energy, at(*columns.energy));
    energy.scope = EnergyScope::Node;
    out.figures.push_back({Quantity::Energy, energy,
                           fmt::format("`power_consumption` summed over {}: CPU, GPU and RAM", rows)});
    out.figures.push_back({Quantity::Emissions,
                           logged_fact(totals.kg * 1e3, dim::co2e, at(*columns.emissions)),
                           fmt::format("`CO2_emissions(kg)` summed over {}", rows)});
    if (totals.last_epoch >= 0 && columns.epoch)
      out.figures.push_back({Quantity::Epochs,
                             logged_fact(totals.last_epoch, dim::count, at(*columns.epoch)),
                             "the last `epoch: N`"});
  }
};

}  // namespace

const EvidenceReader& eco2ai_reader() {
  static const Eco2aiReader reader;
  return reader;
}

}  // namespace costlint
