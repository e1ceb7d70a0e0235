// `nvidia-smi --query-gpu=timestamp,name,index,power.draw,memory.used
// --format=csv[,nounits] -l 1`: one row per GPU per sample. Headers carry their
// units (`power.draw [W]`) unless `nounits`, values then carry them (`61.2 W`);
// `[N/A]` and `[Not Supported]` are values nvidia-smi cannot read. Energy is
// each GPU's power integrated over its own timestamps (trapezoids); memory is
// the peak of `memory.used` over devices.

#include <cstdio>
#include <map>

#include <fmt/format.h>

#include "ingest/csv_columns.h"
#include "ingest/readers.h"
#include "lint/csv_line.h"

namespace costlint {
namespace {

/// Seconds since 1970 of `2024/01/15 10:00:00.123` (nvidia-smi's format), or nothing.
std::optional<double> parse_timestamp(std::string_view text) {
  text = trim(text);
  int year, month, day, hour, minute;
  double second;
  std::string copy(text);
  if (std::sscanf(copy.c_str(), "%d/%d/%d %d:%d:%lf", &year, &month, &day, &hour, &minute,
                  &second) != 6 &&
      std::sscanf(copy.c_str(), "%d-%d-%d %d:%d:%lf", &year, &month, &day, &hour, &minute,
                  &second) != 6)
    return std::nullopt;
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour < 0 || hour > 23 || minute < 0 ||
      minute > 59 || second < 0 || second >= 61)
    return std::nullopt;
  // Days from the civil date (H. Hinnant's algorithm).
  int y = year - (month <= 2);
  int era = (y >= 0 ? y : y - 399) / 400;
  int yoe = y - era * 400;
  int doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
  int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  double days = static_cast<double>(era) * 146097 + doe - 719468;
  return days * 86400 + hour * 3600 + minute * 60 + second;
}

struct Gpu {
  double last_time = 0, last_watts = 0;
  bool started = false;
  double joules = 0;
};

/// MiB by default, as nvidia-smi reports; a unit in the value or header says otherwise.
double memory_bytes(double value, std::string_view field, std::string_view header) {
  bool gib = field.find("GiB") != std::string_view::npos || header.find("GiB") != std::string_view::npos;
  return value * (gib ? 1073741824.0 : 1048576.0);
}

class NvidiaSmiReader final : public EvidenceReader {
 public:
  std::string_view format() const override { return "nvidia-smi"; }

  bool recognizes(std::string_view first_line) const override {
    CsvColumns columns(first_line);
    return columns.find("power.draw") && columns.find("timestamp");
  }

  LoggedEvidence read(LogInput& input) const override {
    LoggedEvidence out;
    auto header = input.lines.next();
    if (!header) {
      input.fatal(input.whole_file(), fmt::format("`{}` is empty", input.path()));
      return out;
    }
    std::string header_text(*header);
    CsvColumns columns(header_text);
    auto time = columns.find("timestamp"), power = columns.find("power.draw"),
         memory = columns.find("memory.used"), name = columns.find("name");
    auto id = columns.find("index");
    if (!id) id = columns.find("pci.bus_id");
    if (!id) id = columns.find("uuid");
    if (!time || !power) {
      input.fatal(input.here(*header, 0, header->size()),
                  "not an nvidia-smi CSV: no `timestamp` and `power.draw` columns");
      return out;
    }
    std::map<std::string, Gpu> gpus;
    double first = 0, last = 0, peak_memory = 0;
    bool any = false;
    std::string last_row;
    uint64_t last_line = 0;
    while (auto line = input.lines.next()) {
      if (trim(*line).empty()) continue;
      std::vector<std::string> fields = split_csv_line(*line);
      if (fields.size() != columns.size()) {
        input.row_problem(*line, fmt::format("the row has {} fields, the header {}",
                                             fields.size(), columns.size()));
        continue;
      }
      auto when = parse_timestamp(fields[*time]);
      if (!when) {
        input.row_problem(*line, "the row's timestamp is not `YYYY/MM/DD hh:mm:ss.sss`");
        continue;
      }
      auto watts = parse_number(fields[*power]);  // nothing for [N/A]
      if (watts && *watts < 0) {
        input.row_problem(*line, "the row's power draw is negative: it is skipped");
        continue;
      }
      Gpu& gpu = gpus[id ? std::string(trim(fields[*id])) : std::string("0")];
      if (watts) {
        if (gpu.started && *when > gpu.last_time)
          gpu.joules += (gpu.last_watts + *watts) / 2 * (*when - gpu.last_time);
        gpu.last_time = *when;
        gpu.last_watts = *watts;
        gpu.started = true;
      }
      if (memory)
        if (auto used = parse_number(fields[*memory]); used && *used >= 0)
          peak_memory = std::max(peak_memory, memory_bytes(*used, fields[*memory], header_text));
      if (!any) first = *when;
      first = std::min(first, *when);
      last = std::max(last, *when);
      any = true;
      if (name && !out.device_model && !trim(fields[*name]).empty())
        out.device_model = TextFact{std::string(trim(fields[*name])), input.here(*line, 0, line->size())};
      last_row = std::string(*line);
      last_line = input.lines.line_number();
    }
    if (!any) return out;
    Location row = input.at(last_row, last_line, 0, last_row.size());
    auto fact = [&](double value, Dimension dimension) {
      Fact f;
      f.value = value;
      f.dimension = dimension;
      f.origin = Origin::Logged;
      f.source = row;
      return f;
    };
    double joules = 0;
    for (const auto& [key, gpu] : gpus) joules += gpu.joules;
    std::string devices = fmt::format("{} GPU{}", gpus.size(), gpus.size() == 1 ? "" : "s");
    out.figures.push_back({Quantity::Duration, fact(last - first, dim::time),
                           "first to last `timestamp`"});
    // The GPUs' own draw: the node's CPUs, memory and cooling come on top.
    out.figures.push_back({Quantity::Energy, fact(joules, dim::energy),
                           fmt::format("`power.draw` integrated over time, {}", devices), true});
    if (memory && peak_memory > 0)
      out.figures.push_back({Quantity::Memory, fact(peak_memory, dim::bytes),
                             fmt::format("peak `memory.used`, {}", devices)});
    out.device_count = gpus.size();
    return out;
  }
};

}  // namespace

const EvidenceReader& nvidia_smi_reader() {
  static const NvidiaSmiReader reader;
  return reader;
}

}  // namespace costlint
