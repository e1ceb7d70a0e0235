#pragma once
// JSON run files (a W&B summary, a Trainer state): one object, read whole but
// bounded in size, and the places in its text that the parsed value forgets.
// Python's json module writes `NaN`, `Infinity` and `-Infinity`, which JSON
// does not allow: they are parsed as `[]`, no number, and where they are is kept.

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "ingest/evidence_reader.h"
#include "ingest/score_tracker.h"

namespace costlint {

/// JSON run files are kilobytes to a few megabytes: anything larger is not one.
inline constexpr size_t kMaxJsonBytes = 16 * 1024 * 1024;
/// They nest a few levels (a Trainer state's callbacks, 4): deeper is not one.
inline constexpr size_t kMaxJsonDepth = 64;

struct JsonFile {
  std::string text;
  nlohmann::json value;
  std::vector<size_t> non_finite;  ///< the offsets of Python's NaN and Infinity
  std::string error;               ///< why the text is not one JSON object; empty if it is
  std::optional<size_t> error_at;  ///< the byte where reading it stopped, when known

  bool ok() const { return error.empty(); }
};

/// Reads all of `lines` (at most kMaxJsonBytes) and parses it.
JsonFile read_json(LineReader& lines);

/// The line of `text` holding byte `offset`, with the bytes [offset, offset + length).
ReadAt text_at(std::string_view text, size_t offset, size_t length = 0);

/// Where the first `"key"` is written in `text`, the log's or that of the file
/// `beside` it (see LogInput::at_beside), as a location.
Location key_location(LogInput& input, std::string_view beside, std::string_view text,
                      std::string_view key);

}  // namespace costlint
