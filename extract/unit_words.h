#pragma once
// What unit_phrase.cpp and header_unit.cpp share of the words of units: a
// table's lookup, the masses of emissions, the nouns that count a dataset, a rate.
// Internal to extract/.

#include <array>
#include <optional>
#include <string_view>
#include <utility>
#include <vector>

namespace costlint::extract {

constexpr double kHour = 3600, kDay = 86400;

template <size_t N>
std::optional<double> lookup(const std::array<std::pair<std::string_view, double>, N>& table,
                             std::string_view key) {
  for (const auto& [word, scale] : table)
    if (word == key) return scale;
  return std::nullopt;
}

/// Masses of CO2, in grams, as papers write them.
inline constexpr std::array<std::pair<std::string_view, double>, 15> kMasses = {{
    {"mg", 1e-3}, {"g", 1}, {"grams", 1}, {"kg", 1e3}, {"kilograms", 1e3}, {"t", 1e6}, {"tonnes", 1e6},
    {"tonne", 1e6}, {"tons", 1e6}, {"ton", 1e6}, {"mt", 1e12}, {"kt", 1e9},
    {"lbs", 453.59237}, {"lb", 453.59237}, {"pounds", 453.59237},
}};

/// `GPU-hours` and `GPU hours` alike: words split at spaces and dashes.
std::vector<std::string_view> split_words(std::string_view text);
/// Nouns that count a dataset, after words that say which: `44M credit card
/// transactions`, `1,000 ObjaverseXL samples`.
bool samples_noun(std::string_view word);
/// `T/s`, `img/s`, `samples/sec`: some items a second, whatever the items;
/// also each device's (`T/s/GPU`).
bool per_second(std::string_view unit);
/// A rate without the device it is each of: `tokens/s/GPU` and `tokens/GPU/s` as
/// `tokens/s`, `TPS/GPU` as `TPS` (a rate per device is read as the prose's
/// `tokens per second per GPU` is).
std::string without_per_device(std::string_view unit);

}  // namespace costlint::extract
