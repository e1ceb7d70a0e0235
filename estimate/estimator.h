#pragma once
// The estimate stage of the pipeline: from what each phase declares or logs,
// the figures physics can derive (FLOP from 6·N·D, device-time from FLOP or
// devices × duration, energy from device-time × power × PUE, emissions from
// energy × grid intensity, memory from parameters), each with its interval.

#include "estimate/estimate.h"
#include "estimate/model_table.h"
#include "lint/disclosure.h"
#include "lint/grid_catalog.h"
#include "lint/hardware_catalog.h"

namespace costlint {

/// `models`, the notable models, give the trends a model's parameters and
/// training compute are predicted from when physics has nothing to go on.
DisclosureEstimates estimate(const Disclosure& disclosure, const HardwareCatalog& hardware,
                             const GridCatalog& grid, const ModelTable& models);

}  // namespace costlint
