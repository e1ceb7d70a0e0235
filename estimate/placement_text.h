#pragma once
// A placement in words, as P601 reports it and `costlint frontier` prints it:
// "`tabtiny` is on the frontier of training compute on `imagenet`:
// resource-efficiency progress, 3.2× less training compute than `EfficientNet-B0`
// (0.78 vs 0.77)".

#include <string>
#include <string_view>

#include "estimate/disclosure_placement.h"

namespace costlint {

/// The sentence for `placement` of the system named `system` on `benchmark`.
std::string describe_placement(const SystemPlacement& placement, const FrontierPlot& plot,
                               std::string_view system, std::string_view benchmark);

/// "0.023 above the 0.75-quantile trend", or empty without a trend.
std::string describe_residual(const SystemPlacement& placement, const FrontierPlot& plot);

}  // namespace costlint
