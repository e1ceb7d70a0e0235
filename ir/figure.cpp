#include "ir/figure.h"

namespace costlint {

const Fact* Figure::stated(const Dimension& dimension) const {
  if (declared && declared->dimension == dimension) return &*declared;
  for (const Fact& fact : logged)
    if (fact.dimension == dimension && !fact.at_least) return &fact;
  return nullptr;
}

const Fact* Figure::stated() const {
  if (declared) return &*declared;
  for (const Fact& fact : logged)
    if (!fact.at_least) return &fact;
  return nullptr;
}

const Fact* Figure::best(const Dimension& dimension) const {
  if (const Fact* fact = stated(dimension)) return fact;
  return estimate(dimension);
}

const Fact* Figure::estimate(const Dimension& dimension) const {
  for (const Fact& fact : estimated)
    if (fact.dimension == dimension) return &fact;
  return nullptr;
}

const Fact* Figure::widest_stated(const Dimension& dimension) const {
  const Fact* out = declared && declared->dimension == dimension ? &*declared : nullptr;
  if (out && out->scope == EnergyScope::Unstated) return out;
  for (const Fact& fact : logged)
    if (fact.dimension == dimension && fact.value > 0 && (!out || fact.scope > out->scope))
      out = &fact;
  return out;
}

const Fact* Figure::facility_energy(const Dimension& dimension) const {
  const Fact* stated = widest_stated(dimension);
  if (stated && (stated->scope == EnergyScope::Unstated || stated->scope == EnergyScope::Facility))
    return stated;
  for (const Fact& fact : estimated)
    if (fact.dimension == dimension && fact.scope == EnergyScope::Facility) return &fact;
  return stated;
}

const Fact* Figure::widest_logged(std::string_view log) const {
  const Fact* out = nullptr;
  for (const Fact& fact : logged)
    if ((log.empty() || fact.log == log) && fact.value > 0 && (!out || fact.scope > out->scope))
      out = &fact;
  return out;
}

}  // namespace costlint
