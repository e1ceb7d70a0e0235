#include "ir/fact.h"

#include <fmt/format.h>

#include "ir/quantity_format.h"

namespace costlint {

std::string describe_fact(const Fact& fact, std::string_view device) {
  std::string value = format_quantity(fact.value, fact.dimension, device);
  switch (fact.origin) {
    case Origin::Declared: return fmt::format("{} (declared)", value);
    case Origin::Logged: return fmt::format("{} (logged in `{}`)", value, fact.log);
    case Origin::Estimated:
      return fmt::format("{} ({})", value,
                         fact.method.empty() ? "estimated by the paper" : "estimated");
  }
  return value;
}

std::string manifest_value(const Fact& fact, std::string_view device) {
  std::string value = format_quantity(fact.value, fact.dimension, device);
  if (fact.scope == EnergyScope::Unstated) return value;
  return fmt::format("{} ({})", value, scope_name(fact.scope));
}

}  // namespace costlint
