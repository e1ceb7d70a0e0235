#include "estimates_view.h"

#include <doctest/doctest.h>

namespace costlint::testing {

const Fact* PhaseEstimates::operator[](Estimated what) const {
  const Dimension device_time = dim::device * dim::time;
  switch (what) {
    case Estimated::Duration: return (*phase)[Quantity::Duration].estimate(dim::time);
    case Estimated::Flop: return (*phase)[Quantity::Compute].estimate(dim::flop);
    case Estimated::DeviceTime: return (*phase)[Quantity::Compute].estimate(device_time);
    case Estimated::Energy: {
      const Figure& energy = (*phase)[Quantity::Energy];
      return energy.estimated.empty() ? nullptr : &energy.estimated.front();
    }
    case Estimated::Emissions: return (*phase)[Quantity::Emissions].estimate(dim::co2e);
    case Estimated::Memory: return (*phase)[Quantity::Memory].estimate(dim::bytes);
  }
  return nullptr;
}

PhaseEstimates phase_estimates(const CheckRun& run, size_t s, PhaseKind kind) {
  REQUIRE(run.manifests.at(0).disclosure);
  const auto& phase = run.manifests[0].disclosure->systems.at(s).phase(kind);
  REQUIRE(phase);
  return {&*phase};
}

const Fact* estimated_parameters(const CheckRun& run, size_t s) {
  REQUIRE(run.manifests.at(0).disclosure);
  return run.manifests[0].disclosure->systems.at(s).parameters.estimate(dim::count);
}

}  // namespace costlint::testing
