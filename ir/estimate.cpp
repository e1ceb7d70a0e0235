#include "ir/estimate.h"

namespace costlint {

std::string_view estimated_key(Estimated what) {
  switch (what) {
    case Estimated::Duration: return "duration";
    case Estimated::Flop: return "compute";
    case Estimated::DeviceTime: return "device_time";
    case Estimated::Energy: return "energy";
    case Estimated::Emissions: return "emissions";
    case Estimated::Memory: return "memory";
  }
  return "";
}

}  // namespace costlint
