#pragma once
// The reference table of devices (corpus/hardware.csv): power and peak
// throughput by precision, so that rules can bound what a pool could have
// drawn or computed, and estimators can fill what a paper leaves out.

#include <array>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace costlint {

enum class Precision { Fp32, Tf32, Bf16, Fp16, Fp8, Int8 };
inline constexpr size_t kPrecisionCount = 6;

/// A power figure of the table, and whether somebody measured it (the source is
/// cited in corpus/hardware.md) or it was derived from the TDP by the rule
/// documented there.
struct PowerFigure {
  double watts = 0;
  bool measured = false;
};

struct DeviceSpec {
  std::string model;
  std::vector<std::string> aliases;  ///< other spellings a manifest may use
  std::string kind;  ///< gpu, tpu, cpu, accelerator
  int year = 0;
  double tdp_w = 0;
  /// What the device alone draws powered on and idle.
  PowerFigure idle;
  /// Average draw while training, with the device's share of its host (CPU,
  /// memory, network, fans) but not the data centre's overhead (PUE).
  PowerFigure typical;
  std::array<std::optional<double>, kPrecisionCount> peak_flops;  ///< FLOP/s, dense
  std::optional<double> memory_bytes;
  std::string source;

  /// The peak for `precision`, else the nearest one a device of this kind would use.
  std::optional<double> peak(Precision precision) const;
  /// The highest peak over every precision: an upper bound for any workload.
  std::optional<double> max_peak() const;
};

/// "GPU", "TPU", "CPU" or "device": the unit a pool's device-time is written in
/// (`52 GPU.h`); "device" when the device is unknown.
std::string_view device_unit(const DeviceSpec* device);

class HardwareCatalog {
 public:
  /// Parses the CSV; on a malformed row, returns nothing and says why.
  static std::optional<HardwareCatalog> parse(std::string_view csv, std::string* error);
  /// The catalog from the corpus (embedded, or `data_dir`).
  static std::optional<HardwareCatalog> load(const std::string& data_dir, std::string* error);

  /// The device a model name or one of its usual spellings names, or nullptr.
  /// Case, spaces, dashes and a leading "NVIDIA"/"Tesla" do not matter.
  const DeviceSpec* find(std::string_view name) const;
  /// Up to `count` known names closest to `name`, for "did you mean".
  std::vector<std::string> closest(std::string_view name, size_t count) const;

  size_t size() const { return devices_.size(); }
  const std::vector<DeviceSpec>& devices() const { return devices_; }

 private:
  std::vector<DeviceSpec> devices_;
  std::map<std::string, size_t, std::less<>> by_key_;  ///< normalized name or alias
};

/// "NVIDIA A100-SXM4-80GB" -> "a100sxm480gb".
std::string normalize_device_name(std::string_view name);

/// The precision a manifest names (`bf16`), if costlint knows its peak.
std::optional<Precision> precision_from(std::string_view name);

}  // namespace costlint
