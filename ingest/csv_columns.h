#pragma once
// A CSV log's header: which column holds which named field, matched by name,
// so that columns added or moved by a tool's new release do not matter.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace costlint {

class CsvColumns {
 public:
  /// `header` is the first line (what follows a line break is left: it may be
  /// a file's head, for `auto`); names are trimmed, a UTF-8 BOM dropped.
  explicit CsvColumns(std::string_view header);

  /// The index of the first column whose name is `name`, or starts with
  /// `name` followed by a blank (`power.draw [W]`).
  std::optional<size_t> find(std::string_view name) const;
  size_t size() const { return names_.size(); }

 private:
  std::vector<std::string> names_;
};

/// A field's value as a finite number, or nothing (empty, `[N/A]`, not a number).
/// A trailing unit after a blank (`123.4 W`) is ignored.
std::optional<double> parse_number(std::string_view field);

/// The field trimmed of blanks.
std::string_view trim(std::string_view field);

/// Splits an unquoted CSV line into views of its fields, reusing `fields`: the
/// readers' hot loop, which allocates nothing. Returns false on a `"`, where
/// split_csv_line must be used instead.
bool split_plain(std::string_view line, std::vector<std::string_view>& fields);

}  // namespace costlint
