#pragma once
// The device a phrase of a paper names (`NVIDIA P100 GPUs`, `V100s`, `TPU v3
// chips`): the hardware catalog's name when it knows it, else the words as
// written when the phrase says it is a device.

#include <optional>
#include <string>
#include <string_view>

namespace costlint {
class HardwareCatalog;
}

namespace costlint::extract {

/// `NVIDIA P100 GPUs` without its class word: `NVIDIA P100`.
std::string without_class_word(std::string_view phrase);
/// `3090`, `4090`, `2080 Ti`, `1080`: the number GeForce cards go by, alone.
bool consumer_card_number(std::string_view words);
/// Whether a phrase names a device by its maker or its family (`NVIDIA GB200`,
/// `RTX 2080`, `TPU v3-8`), whatever the catalog knows.
bool names_maker_or_family(std::string_view phrase);

class DeviceNames {
 public:
  explicit DeviceNames(const HardwareCatalog& hardware) : hardware_(hardware) {}

  /// The catalog's name, else the words as written; nothing for a bare `cores`
  /// or `nodes`, or an unknown model the phrase does not call a device.
  std::optional<std::string> model_of(std::string_view phrase) const;
  /// The catalog's name for the device, with or without its class word
  /// (`GPUs`), a plural `s` or a memory suffix.
  std::optional<std::string> known(std::string_view written) const;

 private:
  /// The catalog's name for the model before the last words of `phrase` where they are a
  /// setting's (`H100 ctx10240`), not a variant's (`RTX 3090 Ti`).
  std::optional<std::string> known_before_setting(std::string_view phrase) const;

  const HardwareCatalog& hardware_;
};

}  // namespace costlint::extract
