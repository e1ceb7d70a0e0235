#pragma once
// The estimate stage of the pipeline: from what each phase declares or logs,
// the figures physics can derive (FLOP from 6·N·D, device-time from FLOP or
// devices × duration, energy from device-time × power × PUE, emissions from
// energy × grid intensity, memory from parameters), each with its interval.

#include "corpus/grid_catalog.h"
#include "corpus/hardware_catalog.h"
#include "corpus/model_table.h"
#include "estimate/factor.h"
#include "ir/disclosure.h"

namespace costlint {

/// Files each estimate under the figure it estimates (Figure::estimated), never
/// in place of a declared or logged figure. `models`, the notable models, give
/// the trends a model's parameters and training compute are predicted from when
/// physics has nothing to go on.
void estimate(Disclosure& disclosure, const HardwareCatalog& hardware, const GridCatalog& grid,
              const ModelTable& models);

}  // namespace costlint
