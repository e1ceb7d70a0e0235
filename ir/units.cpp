#include "ir/units.h"

#include <array>
#include <utility>

namespace costlint {
namespace {

using namespace dim;

const Dimension kPower = energy / time;
const Dimension kFlopRate = flop / time;

const std::array kUnits = {
    UnitInfo{"µs", time, 1e-6}, UnitInfo{"us", time, 1e-6}, UnitInfo{"ms", time, 1e-3},
    UnitInfo{"s", time, 1}, UnitInfo{"min", time, 60}, UnitInfo{"h", time, 3600},
    UnitInfo{"d", time, 86400}, UnitInfo{"day", time, 86400},

    UnitInfo{"J", energy, 1}, UnitInfo{"kJ", energy, 1e3}, UnitInfo{"MJ", energy, 1e6},
    UnitInfo{"GJ", energy, 1e9}, UnitInfo{"Wh", energy, 3.6e3}, UnitInfo{"kWh", energy, 3.6e6},
    UnitInfo{"MWh", energy, 3.6e9}, UnitInfo{"GWh", energy, 3.6e12},

    UnitInfo{"W", kPower, 1}, UnitInfo{"kW", kPower, 1e3}, UnitInfo{"MW", kPower, 1e6},

    UnitInfo{"B", bytes, 1}, UnitInfo{"kB", bytes, 1e3}, UnitInfo{"MB", bytes, 1e6},
    UnitInfo{"GB", bytes, 1e9}, UnitInfo{"TB", bytes, 1e12}, UnitInfo{"KiB", bytes, 1024.0},
    UnitInfo{"MiB", bytes, 1048576.0}, UnitInfo{"GiB", bytes, 1073741824.0},
    UnitInfo{"TiB", bytes, 1099511627776.0},

    UnitInfo{"FLOP", flop, 1}, UnitInfo{"kFLOP", flop, 1e3}, UnitInfo{"MFLOP", flop, 1e6},
    UnitInfo{"GFLOP", flop, 1e9}, UnitInfo{"TFLOP", flop, 1e12}, UnitInfo{"PFLOP", flop, 1e15},
    UnitInfo{"EFLOP", flop, 1e18}, UnitInfo{"ZFLOP", flop, 1e21},
    // `PF.day` is the product of a petaFLOP/s and a day: 8.64e19 FLOP.
    UnitInfo{"PF", kFlopRate, 1e15},

    UnitInfo{"gCO2e", co2e, 1}, UnitInfo{"kgCO2e", co2e, 1e3}, UnitInfo{"tCO2e", co2e, 1e6},

    UnitInfo{"USD", usd, 1}, UnitInfo{"EUR", eur, 1},

    UnitInfo{"GPU", device, 1}, UnitInfo{"TPU", device, 1}, UnitInfo{"CPU", device, 1},
    UnitInfo{"core", device, 1}, UnitInfo{"device", device, 1},

    UnitInfo{"sample", item, 1}, UnitInfo{"token", item, 1}, UnitInfo{"image", item, 1},
    UnitInfo{"query", item, 1}, UnitInfo{"request", item, 1}, UnitInfo{"step", item, 1},
    UnitInfo{"item", item, 1},
};

}  // namespace

const UnitInfo* find_unit(std::string_view symbol) {
  for (const UnitInfo& unit : kUnits)
    if (unit.symbol == symbol) return &unit;
  return nullptr;
}

const std::vector<std::string_view>& unit_symbols() {
  static const std::vector<std::string_view> symbols = [] {
    std::vector<std::string_view> out;
    for (const UnitInfo& unit : kUnits) out.push_back(unit.symbol);
    return out;
  }();
  return symbols;
}

std::optional<std::string_view> usual_spelling(std::string_view written) {
  static constexpr std::pair<std::string_view, std::string_view> kSpellings[] = {
      {"G", "GB"},          {"gb", "GB"},         {"Gb", "GB"},          {"mb", "MB"},
      {"gpu", "GPU"},       {"gpus", "GPU"},      {"GPUs", "GPU"},       {"tpu", "TPU"},
      {"TPUs", "TPU"},      {"cpu", "CPU"},       {"hr", "h"},           {"hrs", "h"},
      {"hour", "h"},        {"hours", "h"},       {"days", "d"},         {"sec", "s"},
      {"secs", "s"},        {"seconds", "s"},     {"mins", "min"},       {"minutes", "min"},
      {"kwh", "kWh"},       {"KWh", "kWh"},       {"mwh", "MWh"},        {"tCO2", "tCO2e"},
      {"tCO2eq", "tCO2e"},  {"tco2", "tCO2e"},    {"tco2e", "tCO2e"},    {"kgCO2", "kgCO2e"},
      {"kgCO2eq", "kgCO2e"}, {"kgco2e", "kgCO2e"}, {"gCO2", "gCO2e"},     {"gCO2eq", "gCO2e"},
      {"FLOPs", "FLOP"},    {"flops", "FLOP"},    {"FLOPS", "FLOP"},     {"flop", "FLOP"},
      {"watt", "W"},        {"watts", "W"},       {"joule", "J"},        {"joules", "J"},
      {"usd", "USD"},       {"dollars", "USD"},   {"eur", "EUR"},
  };
  for (const auto& [usual, symbol] : kSpellings)
    if (usual == written) return symbol;
  return std::nullopt;
}

double count_suffix(std::string_view symbol) {
  if (symbol == "K") return 1e3;
  if (symbol == "M") return 1e6;
  if (symbol == "B") return 1e9;
  if (symbol == "T") return 1e12;
  return 0;
}

}  // namespace costlint
