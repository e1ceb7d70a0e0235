#pragma once
// The scan of a paper's plain text for its statements of cost: the numbers,
// device phrases and durations of its prose, then the numbers of its tables. A
// long text is read in two parts at once, on two threads, and the tables on a
// third; the statements are those of one reading from its start to its end.
// Internal to extract/ (extractor.cpp).

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "extract/cost_statement.h"
#include "extract/plain_text.h"
#include "ir/line_index.h"

namespace costlint {
class HardwareCatalog;
}

namespace costlint::extract {

/// Below this many bytes, a text is read by one thread: a thread's start costs
/// tens of microseconds, a few kilobytes' reading.
constexpr size_t kMinSplitBytes = 64 * 1024;

/// Where a second thread starts reading `text`: after the first blank line past
/// its middle; its size where it is short or has none.
size_t split_point(std::string_view text);

/// The statements of `plain`, located by `lines` (the index of its source) and
/// named `path`, in the order found: the prose's from its start, then the
/// tables'. The text from `split` on is read by a second thread where `split`
/// is inside it; the statements are the same wherever it is.
std::vector<CostStatement> scan_text(const PlainText& plain, const LineIndex& lines, const std::string& path,
                                     const HardwareCatalog& hardware, size_t split);

}  // namespace costlint::extract
