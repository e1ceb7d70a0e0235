#pragma once
// Where keys are written in the text of a JSON object, which the parsed value
// forgets: the keys of the top-level object, and those of each object in one
// of its arrays (a Trainer state's `log_history`), so that a value read from
// the parsed object can point at its line. The text must have parsed: the scan
// trusts its strings and brackets. A key written twice is found where it was
// written last, the one the parser keeps.

#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "ingest/score_tracker.h"

namespace costlint {

class JsonKeys {
 public:
  /// Scans `text`, which must outlive this, for the keys of its top-level
  /// object and of the objects in its array `array`.
  JsonKeys(std::string_view text, std::string_view array);

  /// Where the top-level `"key"` is written, quotes included.
  std::optional<ReadAt> top(std::string_view key) const;
  /// Where `"key"` is written in element `index` of the array.
  std::optional<ReadAt> in_element(size_t index, std::string_view key) const;

 private:
  struct Key {
    std::string_view name;  ///< as written, escapes and all
    size_t offset = 0;      ///< of the opening quote
    uint64_t line = 0;
    size_t line_start = 0;
  };
  std::optional<ReadAt> find(const std::vector<Key>& keys, std::string_view name) const;

  std::string_view text_;
  std::vector<Key> top_;
  std::vector<std::vector<Key>> elements_;
};

}  // namespace costlint
