#pragma once
// The device phrases of a paper's plain text: a count and a device (`8 NVIDIA
// P100 GPUs`, `16 nodes of 8x A100`, `P100x8`), or a device the text says a run
// used without a count (`trained on V100s`, `| GPU | Tesla K80 |`). Each is
// found at a place the scan tries; what a statement is filed from it is the
// extractor's. Internal to extract/.

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "extract/cost_statement.h"
#include "extract/device_names.h"
#include "extract/table_cells.h"

namespace costlint::extract {

struct DevicePhrase {
  size_t end = 0;                       ///< past the phrase: where the scan goes on
  std::optional<DeviceMention> device;  ///< none when the words are no statement (`two CPU workers`)
  std::string written;                  ///< the phrase as written
};

class DevicePhrases {
 public:
  DevicePhrases(std::string_view text, const HardwareCatalog& hardware, ColumnHeaders& headers)
      : text_(text), devices_(hardware), headers_(headers) {}

  /// `8 NVIDIA P100 GPUs`, `8×A100 (80 GB)`, `a single GPU`, `1024 32GB V100`; or a cloud's machines
  /// by their type (`an Amazon EC2 c3.8xlarge instance`).
  std::optional<DevicePhrase> counted_at(size_t p) const;
  /// `P100x8`, `TPUv2x16`: a model the catalog knows and its count.
  std::optional<DevicePhrase> times_count_at(size_t p) const;
  /// `1 and 2 GPUs`, `2x and 4x B200`: a count of a list whose last member names the device
  /// (extract/device_lists.cpp).
  std::optional<DevicePhrase> listed_at(size_t p) const;
  /// `trained on V100s`, `Hardware Type: A100-80GB`: a device named without a count.
  std::optional<DevicePhrase> named_at(size_t p) const;

 private:
  /// The devices counted at `p` (`8 NVIDIA P100 GPUs`), whose count is `count_length` bytes long.
  std::optional<DevicePhrase> counted_devices_at(size_t p, size_t count_length) const;
  /// `an Amazon EC2 c3.8xlarge instance`, `4 p3.16xlarge instances` (extract/cloud_machines.cpp).
  std::optional<DevicePhrase> cloud_machine_at(size_t p, size_t count_length) const;
  bool in_use(size_t p, int listed = 0) const;
  /// Where the device a list names before the one at `p` starts (`A100 / H100`), or npos.
  size_t listed_after_device(size_t p) const;
  /// How many devices back a list's use is looked for, each how long.
  static constexpr int kMaxListedDevices = 3;
  static constexpr size_t kMaxListedName = 40;
  bool listed_under_device_label(size_t p) const;
  bool in_a_name(size_t p) const;
  /// How long the label line above a list of devices may be (`- **Training Device:**`).
  static constexpr size_t kMaxLabelLine = 64, kMaxItemMarkup = 16;
  bool not_in_use(size_t p, size_t end) const;
  size_t devices_per_node(size_t q, double& per_node, bool digits) const;
  /// Past a word or two in lower case at `q` that describe the device after them (`very dated`), or `q`.
  size_t past_describing_words(size_t q) const;
  static constexpr int kMaxDescribingWords = 2;
  static constexpr size_t kMaxDescribingBytes = 12;
  std::optional<DevicePhrase> qualified_at(std::string_view count_text, size_t p, size_t q, double factor) const;

  std::string_view text_;
  DeviceNames devices_;
  ColumnHeaders& headers_;  ///< the extractor's cache of column headers
};

}  // namespace costlint::extract
