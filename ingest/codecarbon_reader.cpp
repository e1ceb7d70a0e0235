// CodeCarbon's emissions.csv, every version: its header grew from 11 columns
// (v1) to 38 (v3), so columns are found by name. One row is written per run
// when tracking stops, and again at each intermediate save: repeated rows of
// one `run_id` are cumulative, and the longest one holds the run's totals.
// A row without a `run_id` (v1, or a crash) is a run of its own. Energy is in
// kWh: `energy_consumed` is the node's (CPU, GPU and RAM), times the PUE
// CodeCarbon was given (the `pue` column; 1 unless set), and `gpu_energy` the
// GPUs' alone. Emissions are kg CO2e.

#include <map>

#include <fmt/format.h>

#include "ingest/csv_columns.h"
#include "ingest/csv_row.h"
#include "ingest/readers.h"
#include "ir/csv_line.h"

namespace costlint {
namespace {

/// A run's totals: its longest row's. Only these are kept, so that memory grows
/// with the runs, not with the rows (and runs are bounded by kMaxRuns).
struct Run {
  double duration = 0;  // s
  std::optional<double> energy_kwh, emissions_kg, gpu_kwh, pue;
};

/// The last row read, which logged figures point into.
struct LastRow {
  std::string text;
  uint64_t line = 0;
};

/// Where field `column` stands in `line`: computed only where a location needs it.
FieldSpan span_of(std::string_view line, size_t column) {
  std::vector<FieldSpan> spans;
  split_csv_line(line, ',', &spans);
  return column < spans.size() ? spans[column] : FieldSpan{0, line.size()};
}

constexpr size_t kMaxRuns = 100'000;

/// The columns the totals are read from.
struct FigureColumns {
  std::optional<size_t> duration, energy, emissions, gpu_energy;
};

class CodeCarbonReader final : public EvidenceReader {
 public:
  std::string_view format() const override { return "codecarbon"; }

  bool recognizes(std::string_view head) const override {
    CsvColumns columns(head);
    return columns.find("duration") && columns.find("emissions") &&
           (columns.find("energy_consumed") || columns.find("project_name"));
  }

  LogReading read(LogInput& input) const override {
    LogReading out;
    auto header = input.header();
    if (!header) return out;
    CsvColumns columns(*header);
    auto duration = columns.find("duration"), energy = columns.find("energy_consumed"),
         emissions = columns.find("emissions"), run_id = columns.find("run_id"),
         gpu_energy = columns.find("gpu_energy"), pue = columns.find("pue");
    if (!duration || (!energy && !emissions)) {
      input.fatal(input.here(*header, 0, header->size()),
                  "not a CodeCarbon emissions.csv: no `duration` with `energy_consumed` or "
                  "`emissions` column");
      return out;
    }
    std::map<std::string, Run> runs;
    LastRow last;
    CsvRow fields;
    while (auto line = input.lines.next()) {
      if (trim(*line).empty() || !fields.read(input, *line, columns.size())) continue;
      Run run;
      auto seconds = parse_number(fields[*duration]);
      if (energy) run.energy_kwh = parse_number(fields[*energy]);
      if (emissions) run.emissions_kg = parse_number(fields[*emissions]);
      if (gpu_energy) run.gpu_kwh = parse_number(fields[*gpu_energy]);
      if (pue) run.pue = parse_number(fields[*pue]);
      // The first of the three that is missing, not a finite number, or negative.
      std::optional<size_t> bad;
      if (!seconds || *seconds < 0) bad = duration;
      else if (energy && (!run.energy_kwh || *run.energy_kwh < 0)) bad = energy;
      else if (emissions && (!run.emissions_kg || *run.emissions_kg < 0)) bad = emissions;
      if (bad) {
        std::string_view value = trim(fields[*bad]);
        FieldSpan span = span_of(*line, *bad);
        input.row_problem(*line,
                          value.empty() ? "the row has no value here: it is skipped"
                                        : fmt::format("`{}` is not a duration, energy or "
                                                      "emissions figure: the row is skipped",
                                                      value),
                          span.begin, span.end);
        continue;
      }
      run.duration = *seconds;
      uint64_t number = input.lines.line_number();
      std::string key = run_id && !trim(fields[*run_id]).empty()
                            ? std::string(trim(fields[*run_id]))
                            : fmt::format("#{}", number);
      auto [it, fresh] = runs.try_emplace(key, run);
      if (!fresh && run.duration >= it->second.duration) it->second = run;
      if (fresh && runs.size() > kMaxRuns) {
        input.fatal(input.here(*line, 0, line->size()),
                    fmt::format("more than {} runs in one log: it is not read further", kMaxRuns));
        return out;
      }
      last = {std::string(*line), number};
      note_context(input, columns, fields.fields(), *line, out);
    }
    totals(input, runs, last, {duration, energy, emissions, gpu_energy}, out);
    return out;
  }

 private:
  /// The hardware and region of the first row that names them.
  static void note_context(LogInput& input, const CsvColumns& columns,
                           const std::vector<std::string_view>& fields, std::string_view line,
                           LogReading& out) {
    auto text = [&](std::string_view name) -> std::string_view {
      auto column = columns.find(name);
      return column ? trim(fields[*column]) : std::string_view();
    };
    if (!out.device_model && !text("gpu_model").empty()) {
      FieldSpan span = span_of(line, *columns.find("gpu_model"));
      out.device_model = TextFact{std::string(text("gpu_model")), input.here(line, span.begin, span.end)};
    }
    if (!out.device_count)
      if (auto count = parse_number(text("gpu_count"))) out.device_count = device_count_of(*count);
    if (!out.region && !text("country_iso_code").empty()) {
      FieldSpan span = span_of(line, *columns.find("country_iso_code"));
      out.region = TextFact{std::string(text("country_iso_code")), input.here(line, span.begin, span.end)};
    }
  }

  static void totals(LogInput& input, const std::map<std::string, Run>& runs,
                     const LastRow& last, const FigureColumns& columns, LogReading& out) {
    if (runs.empty()) return;
    // Each figure points at its column in the last row read.
    auto at = [&](std::optional<size_t> column) {
      FieldSpan span = column ? span_of(last.text, *column) : FieldSpan{0, last.text.size()};
      return input.at(last.text, last.line, span.begin, span.end);
    };
    double seconds = 0, joules = 0, grams = 0, gpu_joules = 0;
    bool have_energy = true, have_emissions = true, have_gpu = columns.gpu_energy.has_value();
    bool with_pue = false;  // some run was given a PUE above 1: its energy is the facility's
    std::optional<double> one_pue;  // the PUE every run was given, when they agree
    bool pues_agree = true;
    for (const auto& [key, run] : runs) {
      seconds += run.duration;
      if (run.energy_kwh) joules += *run.energy_kwh * 3.6e6; else have_energy = false;
      if (run.emissions_kg) grams += *run.emissions_kg * 1e3; else have_emissions = false;
      if (run.gpu_kwh && *run.gpu_kwh >= 0) gpu_joules += *run.gpu_kwh * 3.6e6; else have_gpu = false;
      with_pue = with_pue || (run.pue && *run.pue > 1);
      if (!run.pue || (one_pue && *one_pue != *run.pue)) pues_agree = false;
      else one_pue = run.pue;
    }
    auto fact = [&](double value, Dimension dimension, std::optional<size_t> column) {
      return logged_fact(value, dimension, at(column));
    };
    std::string of_runs = fmt::format("{} run{}", runs.size(), runs.size() == 1 ? "" : "s");
    out.figures.push_back({Quantity::Duration, fact(seconds, dim::time, columns.duration),
                           fmt::format("`duration`, {}", of_runs)});
    if (have_energy) {
      Fact energy = fact(joules, dim::energy, columns.energy);
      energy.scope = with_pue ? EnergyScope::Facility : EnergyScope::Node;
      if (with_pue && pues_agree) out.pue = one_pue;
      out.figures.push_back({Quantity::Energy, energy,
                             fmt::format("`energy_consumed`, {}: CPU, GPU and RAM{}", of_runs,
                                         with_pue ? ", times the logged `pue`" : "")});
    }
    if (have_gpu && gpu_joules > 0) {
      Fact gpus = fact(gpu_joules, dim::energy, columns.gpu_energy);
      gpus.scope = EnergyScope::Device;
      out.figures.push_back(
          {Quantity::Energy, gpus, fmt::format("`gpu_energy`, {}: the GPUs alone", of_runs), true});
    }
    if (have_emissions)
      out.figures.push_back({Quantity::Emissions, fact(grams, dim::co2e, columns.emissions),
                             fmt::format("`emissions`, {}", of_runs)});
    // The count of runs is not a figure: a log may hold the search's runs too.
  }
};

}  // namespace

const EvidenceReader& codecarbon_reader() {
  static const CodeCarbonReader reader;
  return reader;
}

}  // namespace costlint
