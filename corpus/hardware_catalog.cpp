#include "corpus/hardware_catalog.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cstdint>
#include <sstream>

#include <fmt/format.h>

#include "ir/edit_distance.h"
#include "ir/csv_table.h"
#include "corpus/embedded_corpus.h"

namespace costlint {
namespace {

constexpr std::string_view kHeader =
    "model,aliases,kind,year,tdp_w,idle_w,idle_basis,typical_w,typical_basis,fp32_flops,tf32_flops,"
    "bf16_flops,fp16_flops,fp8_flops,int8_ops,memory_bytes,source";

std::optional<double> number(const std::string& text, bool* ok) {
  if (text.empty()) return std::nullopt;
  double value = 0;
  auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc() || end != text.data() + text.size() || value < 0) *ok = false;
  return value;
}

/// A positive power and its basis, `measured` or `derived`: every row has both.
PowerFigure power(const std::string& watts, const std::string& basis, bool* ok) {
  PowerFigure figure{number(watts, ok).value_or(0), basis == "measured"};
  if (figure.watts <= 0 || (basis != "measured" && basis != "derived")) *ok = false;
  return figure;
}

}  // namespace

std::string normalize_device_name(std::string_view name) {
  std::string key;
  for (char c : name)
    if (std::isalnum(static_cast<unsigned char>(c)))
      key += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  for (std::string_view prefix : {"nvidia", "tesla", "geforce", "google", "colab", "kaggle"})
    if (key.starts_with(prefix) && key.size() > prefix.size()) key.erase(0, prefix.size());
  return key;
}

std::optional<Precision> precision_from(std::string_view name) {
  if (name == "fp32") return Precision::Fp32;
  if (name == "tf32") return Precision::Tf32;
  if (name == "bf16" || name == "mixed") return Precision::Bf16;
  if (name == "fp16") return Precision::Fp16;
  if (name == "fp8") return Precision::Fp8;
  if (name == "int8" || name == "int4") return Precision::Int8;
  return std::nullopt;
}

std::optional<double> DeviceSpec::peak(Precision precision) const {
  if (auto exact = peak_flops[static_cast<size_t>(precision)]) return exact;
  // A device without that format runs the workload in the next wider one.
  for (Precision wider : {Precision::Bf16, Precision::Fp16, Precision::Tf32, Precision::Fp32})
    if (wider != precision && peak_flops[static_cast<size_t>(wider)])
      return peak_flops[static_cast<size_t>(wider)];
  return std::nullopt;
}

std::optional<double> DeviceSpec::max_peak() const {
  std::optional<double> best;
  for (const auto& peak : peak_flops)
    if (peak && (!best || *peak > *best)) best = peak;
  return best;
}

std::optional<HardwareCatalog> HardwareCatalog::parse(std::string_view csv, std::string* error) {
  HardwareCatalog catalog;
  CsvError csv_error;
  std::optional<CsvTable> table = read_csv_table(csv, "hardware.csv", &csv_error);
  if (table && !table->header_is(kHeader))
    csv_error = table->error(fmt::format("the header is not {}", kHeader));
  if (!table || !csv_error.message.empty()) {
    *error = csv_error.located();
    return std::nullopt;
  }
  for (const CsvRow& f : table->rows) {
    bool ok = true;
    DeviceSpec d;
    d.model = f[0];
    d.kind = f[2];
    double year = number(f[3], &ok).value_or(0);  // `--data` may hold anything
    ok = ok && year >= 0 && year <= 3000;
    d.year = ok ? static_cast<int>(year) : 0;
    d.tdp_w = number(f[4], &ok).value_or(0);
    d.idle = power(f[5], f[6], &ok);
    d.typical = power(f[7], f[8], &ok);
    for (size_t p = 0; p < kPrecisionCount; ++p) d.peak_flops[p] = number(f[9 + p], &ok);
    d.memory_bytes = number(f[15], &ok);
    d.source = f[16];
    if (!ok || d.model.empty() || d.tdp_w <= 0) {
      *error = table->error_at(f, "malformed row").located();
      return std::nullopt;
    }
    size_t index = catalog.devices_.size();
    catalog.by_key_.emplace(normalize_device_name(d.model), index);
    std::istringstream aliases(f[1]);
    for (std::string alias; std::getline(aliases, alias, '|');)
      if (!alias.empty()) {
        catalog.by_key_.emplace(normalize_device_name(alias), index);
        d.aliases.push_back(alias);
      }
    catalog.devices_.push_back(std::move(d));
  }
  return catalog;
}

std::optional<HardwareCatalog> HardwareCatalog::load(const std::string& data_dir,
                                                     std::string* error) {
  auto text = corpus_file("hardware.csv", data_dir);
  if (!text) {
    *error = "no hardware.csv in the reference data";
    return std::nullopt;
  }
  return parse(*text, error);
}

const DeviceSpec* HardwareCatalog::find(std::string_view name) const {
  auto it = by_key_.find(normalize_device_name(name));
  return it == by_key_.end() ? nullptr : &devices_[it->second];
}

std::vector<std::string> HardwareCatalog::closest(std::string_view name, size_t count) const {
  // Rank each device by its nearest spelling, canonical or alias; a name longer
  // than any typo is compared with nothing (it costs its length per spelling).
  if (name.size() > kMaxSuggestedLength) return {};
  std::string key = normalize_device_name(name);
  // Spellings nearest in length first: each character of difference is an
  // insertion (two half-steps), so once that alone is more than the count-th
  // best distance so far, no later spelling can enter the list.
  std::vector<std::pair<size_t, const std::pair<const std::string, size_t>*>> by_gap;
  for (const auto& entry : by_key_) {
    size_t length = entry.first.size();
    by_gap.push_back({key.size() > length ? key.size() - length : length - key.size(), &entry});
  }
  std::stable_sort(by_gap.begin(), by_gap.end(),
                   [](const auto& a, const auto& b) { return a.first < b.first; });
  std::vector<size_t> best(devices_.size(), SIZE_MAX);
  std::vector<size_t> found;  // the distances of devices reached, to know the count-th
  for (const auto& [gap, entry] : by_gap) {
    if (count > 0 && found.size() >= count && 2 * gap > found[count - 1]) break;
    size_t distance = edit_distance(key, entry->first);
    size_t& device = best[entry->second];
    if (distance >= device) continue;
    if (device != SIZE_MAX) found.erase(std::find(found.begin(), found.end(), device));
    device = distance;
    found.insert(std::upper_bound(found.begin(), found.end(), distance), distance);
  }
  std::vector<size_t> order(devices_.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(),
                   [&](size_t a, size_t b) { return best[a] < best[b]; });
  std::vector<std::string> out;
  for (size_t i = 0; i < order.size() && i < count; ++i) out.push_back(devices_[order[i]].model);
  return out;
}

std::string_view device_unit(const DeviceSpec* device) {
  if (!device) return "device";
  if (device->kind == "gpu") return "GPU";
  if (device->kind == "tpu") return "TPU";
  if (device->kind == "cpu") return "CPU";
  return "device";
}

}  // namespace costlint
