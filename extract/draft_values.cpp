#include "extract/draft_values.h"

#include <charconv>
#include <cmath>
#include <initializer_list>
#include <span>
#include <string_view>

#include <fmt/format.h>

#include "ir/text_case.h"
#include "ir/units.h"

namespace costlint::extract {
namespace {

/// A unit of the manifest language (its factor is ir/units.cpp's), and the words a
/// paper writes it with, folded.
struct DraftUnit {
  std::string_view symbol;
  std::initializer_list<std::string_view> written;

  double scale() const { return find_unit(symbol)->scale; }
};

// Each list largest first, for the search of a unit where a number is round.
const DraftUnit kTimes[] = {
    {"d", {"d", "day", "days", "week", "weeks", "month", "months"}},
    {"h", {"h", "hr", "hrs", "hour", "hours"}},
    {"min", {"min", "mins", "minute", "minutes"}},
    {"s", {"s", "sec", "secs", "second", "seconds"}},
    {"ms", {"ms", "msec", "millisecond", "milliseconds"}},
};
const DraftUnit kBytes[] = {
    {"TiB", {"tib"}}, {"TB", {"tb", "terabytes"}},
    {"GiB", {"gib"}}, {"GB", {"gb", "g", "gigabytes", "gbytes"}},
    {"MiB", {"mib"}}, {"MB", {"mb", "megabytes", "mbytes"}},
    {"KiB", {"kib"}}, {"kB", {"kb", "kilobytes", "kbytes"}},
};
const DraftUnit kEnergies[] = {
    {"GWh", {"gwh", "gigawatt"}}, {"GJ", {"gj"}},  {"MWh", {"mwh", "megawatt"}}, {"MJ", {"mj"}},
    {"kWh", {"kwh", "kilowatt"}}, {"Wh", {"wh", "watt"}}, {"kJ", {"kj"}},        {"J", {"j", "joule", "joules"}},
};
const DraftUnit kMasses[] = {
    {"tCO2e", {"t", "tco2", "tco2e", "tco2eq", "tco₂", "tco₂e", "tco₂eq", "ton", "tons", "tonne", "tonnes"}},
    {"kgCO2e", {"kg", "kgs", "kilogram", "kilograms", "kgco2", "kgco2e", "kgco2eq", "kgco₂", "kgco₂e", "kgco₂eq"}},
    {"gCO2e", {"g", "gram", "grams", "gco2", "gco2e", "gco2eq", "gco₂", "gco₂e", "gco₂eq"}},
};
const DraftUnit kDevices[] = {{"TPU", {"tpu", "tpus", "tpuv2", "tpuv3", "tpuv4"}}, {"CPU", {"cpu", "cpus"}},
                              {"core", {"core", "cores"}}, {"GPU", {"gpu", "gpus"}}};

/// `x` with at most four significant digits: a number a paper writes.
bool round_number(double x) {
  if (!(x >= 0.1) || !std::isfinite(x)) return false;
  double scale = std::pow(10.0, 3 - std::floor(std::log10(x)));
  return std::abs(std::round(x * scale) / scale - x) <= 1e-9 * x;
}

/// `x` as the manifest reads it, no digit a paper would write lost.
std::string number(double x) { return fmt::format("{:.12g}", x); }

/// The first word of the unit as written that names one of `units`: `running time (hours)`
/// is in hours, `GPU Mem (GiB)` in GiB, a clock's `h m s` in hours.
const DraftUnit* unit_written(std::string_view written, std::span<const DraftUnit> units) {
  std::string words = folded(written);
  for (size_t at = 0; at < words.size();) {
    size_t end = at;
    while (end < words.size() && (ascii_alnum(words[end]) || static_cast<unsigned char>(words[end]) >= 0x80)) ++end;
    std::string_view word = std::string_view(words).substr(at, end - at);
    for (const DraftUnit& unit : units)
      for (std::string_view name : unit.written)
        if (word == name) return &unit;
    at = end + 1;
  }
  return nullptr;
}

/// In the unit the paper wrote, where the value is a round number in it; else in
/// the largest of `units` where it is one; else in the paper's unit, or `fallback`.
std::string in_units(double value, std::string_view written, std::span<const DraftUnit> units,
                     std::string_view fallback) {
  const DraftUnit* unit = unit_written(written, units);
  if (!unit || !round_number(value / unit->scale()))
    for (const DraftUnit& candidate : units)
      if (value / candidate.scale() >= 1 && round_number(value / candidate.scale())) {
        unit = &candidate;
        break;
      }
  std::string_view symbol = unit ? unit->symbol : fallback;
  return number(value / find_unit(symbol)->scale) + " " + std::string(symbol);
}

/// Device-time in the devices and the unit of time the paper wrote (`100 TPU hours`,
/// `2.5 GPU days`), GPU hours where it says neither.
std::string device_time(double value, std::string_view written) {
  const DraftUnit* device = unit_written(written, kDevices);
  const DraftUnit* time = unit_written(written, kTimes);
  std::string_view per = time && time->symbol == "d" ? "d" : "h";
  return number(value / find_unit(per)->scale) + " " + std::string(device ? device->symbol : "GPU") + "." +
         std::string(per);
}

/// A count whole, or with the largest suffix (`M`, `B`, `T`) that writes it exactly.
std::string count(double value) {
  bool whole = value == std::floor(value) && value < 1e15;  // beyond any corpus: `1e+300`, not `1e+288 T`
  if (!whole) return number(value);
  if (value >= 1e6)
    for (std::string_view suffix : {"T", "B", "M"}) {
      double scale = count_suffix(suffix);
      std::string shown = fmt::format("{:g}", value / scale);
      double read = 0;
      std::from_chars(shown.data(), shown.data() + shown.size(), read);
      if (value / scale >= 1 && std::llround(read * scale) == std::llround(value))
        return shown + " " + std::string(suffix);
    }
  return fmt::format("{:.0f}", value);
}

}  // namespace

std::string draft_value(const CostStatement& s) {
  std::string shown;
  switch (s.figure) {
    case FigureKind::Duration: shown = in_units(s.value, s.unit, kTimes, "h"); break;
    case FigureKind::Memory: shown = in_units(s.value, s.unit, kBytes, "GB"); break;
    case FigureKind::Energy: shown = in_units(s.value, s.unit, kEnergies, "kWh"); break;
    case FigureKind::Emissions: shown = in_units(s.value, s.unit, kMasses, "kgCO2e"); break;
    case FigureKind::DeviceTime: shown = device_time(s.value, s.unit); break;
    case FigureKind::Flop: shown = number(s.value) + " FLOP"; break;
    case FigureKind::Cost: shown = number(s.value) + " USD"; break;
    default: shown = count(s.value);
  }
  return (s.approximate ? "~" : "") + shown;
}

}  // namespace costlint::extract
