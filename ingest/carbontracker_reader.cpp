// carbontracker's output log (`<date>_carbontracker_output.log`): what it
// prints, with Python logging's prefix. After the first monitored epochs and
// again when training ends it writes a block
//     Actual consumption for 10 epoch(s):
//     	Time:	1:39:58
//     	Energy:	1.050120 kWh
//     	CO2eq:	61.234 g
// whose figures cover every epoch so far (the last block holds the totals;
// energy includes the PUE carbontracker applies). "Predicted consumption"
// blocks are forecasts, never evidence. Also read: the devices ("The following
// components were found: GPU with device(s) A, B.") and the location of the
// carbon intensity; from the standard log beside it, an interrupted training.

#include <algorithm>
#include <cmath>
#include <filesystem>

#include <fmt/format.h>

#include "ingest/csv_columns.h"
#include "ingest/readers.h"

namespace costlint {
namespace {

/// A figure of a block, with the line it was read from.
struct BlockValue {
  double value = 0;
  std::string line;
  uint64_t number = 0;
  size_t begin = 0, end = 0;
};

struct Block {
  bool actual = false;
  std::optional<double> epochs;
  BlockValue heading;  ///< "Actual consumption for N epoch(s):", where epochs point
  std::optional<BlockValue> time, energy, co2eq;
  bool complete() const { return time && energy && co2eq; }
};

/// The message of a logging line, without "2024-03-01 10:00:01,123 - MainThread - INFO - ".
std::string_view message_of(std::string_view line) {
  size_t at = line.find(" - INFO - ");
  if (at != std::string_view::npos) line.remove_prefix(at + 10);
  line = trim(line);
  if (line.starts_with("CarbonTracker:")) line = trim(line.substr(14));
  return line;
}

/// Python's str(timedelta): "1:39:58", "0:00:04.123456", "2 days, 3:04:05".
std::optional<double> parse_timedelta(std::string_view text) {
  double days = 0;
  if (size_t comma = text.find(", "); comma != std::string_view::npos) {
    auto count = parse_number(text.substr(0, text.find(' ')));
    if (!count) return std::nullopt;
    days = *count;
    text.remove_prefix(comma + 2);
  }
  size_t first = text.find(':'), second = text.rfind(':');
  if (first == std::string_view::npos || first == second) return std::nullopt;
  auto hours = parse_number(text.substr(0, first));
  auto minutes = parse_number(text.substr(first + 1, second - first - 1));
  auto seconds = parse_number(text.substr(second + 1));
  if (!hours || !minutes || !seconds || *hours < 0 || *minutes < 0 || *seconds < 0 || days < 0)
    return std::nullopt;
  return ((days * 24 + *hours) * 60 + *minutes) * 60 + *seconds;
}

class CarbontrackerReader final : public EvidenceReader {
 public:
  std::string_view format() const override { return "carbontracker"; }

  bool recognizes(std::string_view first_line) const override {
    return first_line.find(" - CarbonTracker: ") != std::string_view::npos ||
           first_line.find("carbontracker version") != std::string_view::npos;
  }

  LogReading read(LogInput& input) const override {
    LogReading out;
    Block current, last_actual;
    bool predicted = false;
    while (auto line = input.lines.next()) {
      std::string_view message = message_of(*line);
      if (message.starts_with("Actual consumption") || message.starts_with("Predicted consumption")) {
        if (current.actual && current.complete()) last_actual = current;
        current = Block{message.starts_with("Actual"), epochs_of(message),
                        {0, std::string(*line), input.lines.line_number(), 0, line->size()},
                        {}, {}, {}};
        predicted |= !current.actual;
      } else if (message.starts_with("Time:")) {
        current.time = value_of(input, *line, message, "Time:", true);
      } else if (message.starts_with("Energy:")) {
        current.energy = value_of(input, *line, message, "Energy:", false);
      } else if (message.starts_with("CO2eq:")) {
        current.co2eq = value_of(input, *line, message, "CO2eq:", false);
      } else {
        read_context(input, *line, message, out);
      }
    }
    if (current.actual && current.complete()) last_actual = current;
    if (!last_actual.complete()) {
      if (input.lines.line_number() > 0)
        input.note(input.whole_file(),
                   predicted ? "the log holds a prediction of the consumption, not a "
                               "measurement: nothing is cross-checked"
                             : "the log holds no `Actual consumption` block: nothing is "
                               "cross-checked");
      return out;
    }
    figures(input, last_actual, out);
    read_standard_log(input);
    return out;
  }

 private:
  /// N in "Actual consumption for N epoch(s):".
  static std::optional<double> epochs_of(std::string_view message) {
    size_t at = message.find(" for ");
    if (at == std::string_view::npos) return std::nullopt;
    std::string_view rest = message.substr(at + 5);
    auto count = parse_number(rest.substr(0, rest.find(' ')));
    if (!count || *count < 0 || *count > 1e9 || *count != std::floor(*count)) return std::nullopt;
    return count;
  }

  /// The figure after `label` ("Energy:\t1.05 kWh"), reported when it is not one.
  static std::optional<BlockValue> value_of(LogInput& input, std::string_view line,
                                            std::string_view message, std::string_view label,
                                            bool is_time) {
    std::string_view text = trim(message.substr(label.size()));
    size_t begin = line.find(text, line.find(label) + label.size());
    auto value = is_time ? parse_timedelta(text) : parse_number(text);
    if (!value || *value < 0) {
      input.row_problem(line, fmt::format("`{}` is not a {}: the block is not read", text,
                                          is_time ? "duration (H:MM:SS)" : "non-negative figure"),
                        begin, begin + text.size());
      return std::nullopt;
    }
    return BlockValue{*value, std::string(line), input.lines.line_number(), begin,
                      begin + text.size()};
  }

  static void read_context(LogInput& input, std::string_view line, std::string_view message,
                           LogReading& out) {
    constexpr std::string_view kDevices = "The following components were found:";
    constexpr std::string_view kGpu = "GPU with device(s) ";
    if (message.starts_with(kDevices) && !out.device_model) {
      size_t at = message.find(kGpu);
      if (at == std::string_view::npos) return;
      std::string_view list = message.substr(at + kGpu.size());
      list = list.substr(0, list.find(". "));
      if (list.ends_with('.')) list.remove_suffix(1);
      uint64_t count = 1 + std::count(list.begin(), list.end(), ',');
      std::string_view first = trim(list.substr(0, list.find(',')));
      if (first.empty()) return;
      size_t begin = line.find(first);
      out.device_model = TextFact{std::string(first), input.here(line, begin, begin + first.size())};
      out.device_count = count;
    }
    constexpr std::string_view kLocation = "at detected location: ";
    if (size_t at = message.find(kLocation); at != std::string_view::npos && !out.region) {
      std::string_view place = message.substr(at + kLocation.size());
      if (place.ends_with('.')) place.remove_suffix(1);
      std::string_view country = trim(place.substr(place.rfind(',') + 1));
      if (country.empty()) return;
      size_t begin = line.rfind(country);
      out.region = TextFact{std::string(country), input.here(line, begin, begin + country.size())};
    }
  }

  static void figures(LogInput& input, const Block& block, LogReading& out) {
    auto fact = [&](const BlockValue& v, double scale, Dimension dimension) {
      return logged_fact(v.value * scale, dimension, input.at(v.line, v.number, v.begin, v.end));
    };
    std::string of = block.epochs ? fmt::format(" for {} epoch(s)", *block.epochs) : "";
    out.figures.push_back({Quantity::Duration, fact(*block.time, 1, dim::time),
                           fmt::format("the last `Actual consumption`{}", of)});
    // carbontracker multiplies the components' energy by its PUE (1.58 by default).
    Fact energy = fact(*block.energy, 3.6e6, dim::energy);
    energy.scope = EnergyScope::Facility;
    out.figures.push_back({Quantity::Energy, energy,
                           fmt::format("the last `Actual consumption`{}, PUE included", of)});
    out.figures.push_back({Quantity::Emissions, fact(*block.co2eq, 1, dim::co2e),
                           fmt::format("the last `Actual consumption`{}", of)});
    if (block.epochs && *block.epochs >= 1)
      out.figures.push_back({Quantity::Epochs,
                             logged_fact(*block.epochs, dim::count,
                                         input.at(block.heading.line, block.heading.number,
                                                  block.heading.begin, block.heading.end)),
                             "the epochs of the last `Actual consumption`"});
  }

  /// `<date>_carbontracker.log` beside `<date>_carbontracker_output.log` says
  /// whether training was interrupted before its epochs were all monitored.
  static void read_standard_log(LogInput& input) {
    constexpr std::string_view kOutput = "_output.log";
    std::string name = std::filesystem::path(input.path()).filename().string();
    if (!name.ends_with(kOutput)) return;
    name.replace(name.size() - kOutput.size(), kOutput.size(), ".log");
    auto path = input.sibling(name);
    if (!path) return;
    LineReader lines(*path);
    while (auto line = lines.next())
      if (size_t at = line->find("Training was interrupted"); at != std::string_view::npos) {
        input.note(input.at_beside(name, *line, lines.line_number(), at, line->size()),
                   "training was interrupted: the figures cover the epochs monitored, not the "
                   "planned ones");
        return;
      }
  }
};

}  // namespace

const EvidenceReader& carbontracker_reader() {
  static const CarbontrackerReader reader;
  return reader;
}

}  // namespace costlint
