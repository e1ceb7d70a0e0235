#pragma once
// Chinese units after a number (`3 天`, `1小时`, `8卡`, `70亿参数`), read as the
// English words the scan knows (`3 days`, `1 hours`, `8 GPUs`, `70e8 parameters`).
// Model cards and READMEs of Chinese models state their costs so. Internal to
// extract/ (plain_text.cpp).

#include <cstddef>
#include <optional>
#include <string_view>

namespace costlint::extract {

struct CjkUnit {
  size_t begin = 0, end = 0;  ///< the unit's bytes in the text
  std::string_view english;   ///< what stands for them
};

/// The first Chinese unit in `text` at or after `from` that follows a number, or none.
std::optional<CjkUnit> next_cjk_unit(std::string_view text, size_t from);

}  // namespace costlint::extract
