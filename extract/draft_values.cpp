#include "extract/draft_values.h"

#include <cmath>
#include <initializer_list>
#include <span>
#include <string_view>

#include <fmt/format.h>

#include "ir/text_case.h"

namespace costlint::extract {
namespace {

/// A unit of the manifest language, and the words a paper writes it with.
struct DraftUnit {
  std::string_view name;
  double scale;  ///< canonical units (s, J, gCO2e, B) in one of it
  std::initializer_list<std::string_view> written;
};

const DraftUnit kTimes[] = {
    {"d", 86400, {"d", "day", "days", "week", "weeks", "wk", "month", "months", "year", "years"}},
    {"h", 3600, {"h", "hr", "hrs", "hour", "hours"}},
    {"min", 60, {"min", "mins", "minute", "minutes"}},
    {"s", 1, {"s", "sec", "secs", "second", "seconds"}},
    {"ms", 1e-3, {"ms", "msec", "millisecond", "milliseconds"}},
};
const DraftUnit kBytes[] = {
    {"TB", 1e12, {"tb", "terabytes"}},
    {"GB", 1e9, {"gb", "g", "gigabytes", "gbytes"}},
    {"MB", 1e6, {"mb", "megabytes", "mbytes"}},
    {"kB", 1e3, {"kb", "kilobytes", "kbytes"}},
    {"TiB", 1099511627776.0, {"tib"}},
    {"GiB", 1073741824.0, {"gib"}},
    {"MiB", 1048576.0, {"mib"}},
    {"KiB", 1024.0, {"kib"}},
};
const DraftUnit kEnergies[] = {
    {"GWh", 3.6e12, {"gwh"}}, {"MWh", 3.6e9, {"mwh"}}, {"kWh", 3.6e6, {"kwh"}}, {"Wh", 3.6e3, {"wh"}},
    {"GJ", 1e9, {"gj"}},      {"MJ", 1e6, {"mj"}},     {"kJ", 1e3, {"kj"}},     {"J", 1, {"j", "joule", "joules"}},
};
const DraftUnit kMasses[] = {
    {"tCO2e", 1e6, {"t", "tco2", "tco2e", "tco2eq", "tco₂e", "tco₂eq", "ton", "tons", "tonnes", "mt"}},
    {"kgCO2e", 1e3, {"kg", "kgco2", "kgco2e", "kgco2eq", "kgs"}},
    {"gCO2e", 1, {"g", "gco2", "gco2e", "gco2eq", "gco₂e", "gco₂eq"}},
};
/// The suffixes of a count field, largest first: what `170 M` and `7 B` mean.
const DraftUnit kCounts[] = {{"T", 1e12, {}}, {"B", 1e9, {}}, {"M", 1e6, {}}};

/// `x` with at most four significant digits, written shortest: a number a paper writes.
bool round_number(double x) {
  if (!(x >= 0.1) || !std::isfinite(x)) return false;
  double scale = std::pow(10.0, 3 - std::floor(std::log10(x)));
  return std::abs(std::round(x * scale) / scale - x) <= 1e-9 * x;
}

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
/// the largest of `units` (largest first) where it is one (`1 min 38 sec` as `98 s`);
/// else in the paper's unit, or `fallback`.
std::string in_units(double value, std::string_view written, std::span<const DraftUnit> units,
                     const DraftUnit& fallback) {
  const DraftUnit* unit = unit_written(written, units);
  if (!unit || !round_number(value / unit->scale)) {
    const DraftUnit* round = nullptr;
    for (const DraftUnit& candidate : units)
      if (!round && value / candidate.scale >= 1 && round_number(value / candidate.scale)) round = &candidate;
    if (round) unit = round;
  }
  if (!unit) unit = &fallback;
  return fmt::format("{:.6g} {}", value / unit->scale, unit->name);
}

/// A count whole, or with the largest suffix that keeps it exact (`170 M`, not `170.4 M`).
std::string count(double value) {
  if (value >= 1e6 && value < 1e15)  // beyond any corpus (`1e+300`, not `1e+288 T`)
    for (const DraftUnit& suffix : kCounts)
      if (value / suffix.scale >= 1 && round_number(value / suffix.scale))
        return fmt::format("{:g} {}", value / suffix.scale, suffix.name);
  if (value == std::floor(value) && value < 1e15) return fmt::format("{:.0f}", value);
  return fmt::format("{:.6g}", value);
}

}  // namespace

std::string draft_value(const CostStatement& s) {
  std::string number;
  switch (s.figure) {
    case FigureKind::Duration: number = in_units(s.value, s.unit, kTimes, kTimes[1]); break;  // else h
    case FigureKind::Memory: number = in_units(s.value, s.unit, kBytes, kBytes[1]); break;  // else GB
    case FigureKind::Energy: number = in_units(s.value, s.unit, kEnergies, kEnergies[2]); break;  // else kWh
    case FigureKind::Emissions: number = in_units(s.value, s.unit, kMasses, kMasses[1]); break;  // else kg
    case FigureKind::DeviceTime: number = fmt::format("{:.6g} GPU.h", s.value / 3600); break;
    case FigureKind::Flop: number = fmt::format("{:.6g} FLOP", s.value); break;
    case FigureKind::Cost: number = fmt::format("{:.6g} USD", s.value); break;
    default: number = count(s.value);
  }
  return (s.approximate ? "~" : "") + number;
}

}  // namespace costlint::extract
