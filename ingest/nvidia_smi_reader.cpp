// `nvidia-smi --query-gpu=timestamp,name,index,power.draw,memory.used
// --format=csv[,nounits] -l 1`: one row per GPU per sample. Headers carry their
// units (`power.draw [W]`) unless `nounits`, values then carry them (`61.2 W`);
// `[N/A]` and `[Not Supported]` are values nvidia-smi cannot read. Energy is
// each GPU's power integrated over its own timestamps (trapezoids); memory is
// the peak of `memory.used` over devices; `utilization.gpu`, when queried, is
// averaged over the samples of every device.

#include <algorithm>
#include <charconv>

#include <fast_float/fast_float.h>
#include <fmt/format.h>

#include "ingest/csv_columns.h"
#include "ingest/csv_row.h"
#include "ingest/readers.h"

namespace costlint {
namespace {

/// More devices than a node holds means the id column is not what it seems.
constexpr size_t kMaxGpus = 4096;

/// An unsigned integer of exactly `text`'s digits, or -1.
int digits(std::string_view text) {
  int value = 0;
  auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  return error == std::errc() && end == text.data() + text.size() ? value : -1;
}

/// Days since 1970 of a civil date (H. Hinnant's algorithm).
double days_from_civil(int year, int month, int day) {
  int y = year - (month <= 2);
  int era = (y >= 0 ? y : y - 399) / 400;
  int yoe = y - era * 400;
  int doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
  int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return static_cast<double>(era) * 146097 + doe - 719468;
}

/// Reads `2024/01/15 10:00:00.123` (nvidia-smi's format; `-` also accepted
/// between date parts) as seconds since 1970. Consecutive rows share their
/// date, so the last one's day count is kept.
class TimestampParser {
 public:
  std::optional<double> parse(std::string_view text) {
    text = trim(text);
    if (text.size() < 19 || text[10] != ' ' || text[13] != ':' || text[16] != ':') return std::nullopt;
    std::string_view date = text.substr(0, 10);
    if (date != last_date_) {
      if ((date[4] != '/' && date[4] != '-') || date[7] != date[4]) return std::nullopt;
      int year = digits(date.substr(0, 4)), month = digits(date.substr(5, 2)),
          day = digits(date.substr(8, 2));
      if (year < 0 || month < 1 || month > 12 || day < 1 || day > 31) return std::nullopt;
      last_date_.assign(date);
      last_days_ = days_from_civil(year, month, day);
    }
    int hour = digits(text.substr(11, 2)), minute = digits(text.substr(14, 2));
    double second = -1;
    std::string_view rest = text.substr(17);
    fast_float::from_chars(rest.data(), rest.data() + rest.size(), second);
    if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second >= 61)
      return std::nullopt;
    return last_days_ * 86400 + hour * 3600 + minute * 60 + second;
  }

 private:
  std::string last_date_;
  double last_days_ = 0;
};

struct Gpu {
  std::string id;
  double last_time = 0, last_watts = 0;
  bool started = false;
  double joules = 0;
};

/// MiB by default, as nvidia-smi reports; `GiB` in the value or the header says otherwise.
double memory_bytes(double value, std::string_view field, bool header_in_gib) {
  bool gib = header_in_gib || field.find("GiB") != std::string_view::npos;
  return value * (gib ? 1073741824.0 : 1048576.0);
}

class NvidiaSmiReader final : public EvidenceReader {
 public:
  std::string_view format() const override { return "nvidia-smi"; }

  bool recognizes(std::string_view head) const override {
    CsvColumns columns(head);
    return columns.find("power.draw") && columns.find("timestamp");
  }

  LogReading read(LogInput& input) const override {
    LogReading out;
    auto header = input.header();
    if (!header) return out;
    std::string header_text(*header);
    CsvColumns columns(header_text);
    bool header_in_gib = header_text.find("GiB") != std::string::npos;
    auto time = columns.find("timestamp"), power = columns.find("power.draw"),
         memory = columns.find("memory.used"), name = columns.find("name"),
         busy = columns.find("utilization.gpu");
    auto id = columns.find("index");
    if (!id) id = columns.find("pci.bus_id");
    if (!id) id = columns.find("uuid");
    if (!time || !power) {
      input.fatal(input.here(*header, 0, header->size()),
                  "not an nvidia-smi CSV: no `timestamp` and `power.draw` columns");
      return out;
    }
    std::vector<Gpu> gpus;  // a handful: a linear search beats a map
    TimestampParser timestamps;
    CsvRow sample;  // nvidia-smi never quotes, so rows split without allocating
    double first = 0, last = 0, peak_memory = 0, busy_sum = 0;
    uint64_t busy_samples = 0;
    bool any = false;
    std::string last_row;
    uint64_t last_line = 0;
    while (auto line = input.lines.next()) {
      if (trim(*line).empty() || !sample.read(input, *line, columns.size())) continue;
      auto when = timestamps.parse(sample[*time]);
      if (!when) {
        input.row_problem(*line, "the row's timestamp is not `YYYY/MM/DD hh:mm:ss.sss`");
        continue;
      }
      auto watts = parse_number(sample[*power]);  // nothing for [N/A]
      if (watts && *watts < 0) {
        input.row_problem(*line, "the row's power draw is negative: it is skipped");
        continue;
      }
      std::string_view key = id ? trim(sample[*id]) : std::string_view("0");
      auto found = std::find_if(gpus.begin(), gpus.end(), [&](const Gpu& g) { return g.id == key; });
      if (found == gpus.end()) {
        if (gpus.size() == kMaxGpus) {
          input.row_problem(*line, fmt::format("more than {} devices in one log", kMaxGpus));
          continue;
        }
        gpus.push_back(Gpu{std::string(key)});
        found = gpus.end() - 1;
      }
      Gpu& gpu = *found;
      if (watts) {
        if (gpu.started && *when > gpu.last_time)
          gpu.joules += (gpu.last_watts + *watts) / 2 * (*when - gpu.last_time);
        gpu.last_time = *when;
        gpu.last_watts = *watts;
        gpu.started = true;
      }
      if (memory)
        if (auto used = parse_number(sample[*memory]); used && *used >= 0)
          peak_memory = std::max(peak_memory, memory_bytes(*used, sample[*memory], header_in_gib));
      if (busy)
        if (auto percent = parse_number(sample[*busy]); percent && *percent >= 0 && *percent <= 100)
          busy_sum += *percent / 100, ++busy_samples;
      if (!any) first = *when;
      first = std::min(first, *when);
      last = std::max(last, *when);
      any = true;
      if (name && !out.device_model && !trim(sample[*name]).empty())
        out.device_model = TextFact{std::string(trim(sample[*name])), input.here(*line, 0, line->size())};
      last_row = std::string(*line);
      last_line = input.lines.line_number();
    }
    if (!any) return out;
    Location row = input.at(last_row, last_line, 0, last_row.size());
    auto fact = [&](double value, Dimension dimension) { return logged_fact(value, dimension, row); };
    double joules = 0;
    for (const Gpu& gpu : gpus) joules += gpu.joules;
    std::string devices = fmt::format("{} GPU{}", gpus.size(), gpus.size() == 1 ? "" : "s");
    out.figures.push_back({Quantity::Duration, fact(last - first, dim::time),
                           "first to last `timestamp`"});
    // The GPUs' own draw: the node's CPUs, memory and cooling come on top. A log
    // whose power nvidia-smi could not read ([N/A] throughout) holds no energy.
    if (std::any_of(gpus.begin(), gpus.end(), [](const Gpu& gpu) { return gpu.started; })) {
      Fact energy = fact(joules, dim::energy);
      energy.scope = EnergyScope::Device;
      out.figures.push_back({Quantity::Energy, energy,
                             fmt::format("`power.draw` integrated over time, {}", devices), true});
    }
    if (memory && peak_memory > 0)
      out.figures.push_back({Quantity::Memory, fact(peak_memory, dim::bytes),
                             fmt::format("peak `memory.used`, {}", devices)});
    if (busy_samples) {
      out.utilization = fact(busy_sum / static_cast<double>(busy_samples), dim::count);
      out.utilization->method = fmt::format("`utilization.gpu` averaged over {} samples", busy_samples);
    }
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
