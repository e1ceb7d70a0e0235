#pragma once
// `costlint trends`: the fitted trends as a text table or as JSON. Like the other
// reporters, these print what estimate/trend computed and compute nothing.

#include <string_view>

#include "ir/trend_lines.h"

namespace llvm {
class raw_ostream;
}

namespace costlint {

/// `source` names the table the trends were fitted on, for the reader.
void report_trends_text(const TrendReport& report, std::string_view source,
                        llvm::raw_ostream& out);
void report_trends_json(const TrendReport& report, std::string_view source,
                        llvm::raw_ostream& out);

}  // namespace costlint
