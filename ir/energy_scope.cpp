#include "ir/energy_scope.h"

namespace costlint {

std::string_view scope_name(EnergyScope scope) {
  switch (scope) {
    case EnergyScope::Device: return "device";
    case EnergyScope::Node: return "node";
    case EnergyScope::Facility: return "facility";
    case EnergyScope::Unstated: break;
  }
  return {};
}

namespace {

constexpr EnergyScope kScopes[] = {EnergyScope::Device, EnergyScope::Node, EnergyScope::Facility};

}  // namespace

std::optional<EnergyScope> scope_from(std::string_view name) {
  for (EnergyScope scope : kScopes)
    if (scope_name(scope) == name) return scope;
  return std::nullopt;
}

const std::vector<std::string_view>& scope_names() {
  static const std::vector<std::string_view> kNames = [] {
    std::vector<std::string_view> names;
    for (EnergyScope scope : kScopes) names.push_back(scope_name(scope));
    return names;
  }();
  return kNames;
}

std::string_view scope_meaning(EnergyScope scope) {
  switch (scope) {
    case EnergyScope::Device: return "the accelerators alone";
    case EnergyScope::Node: return "accelerators, CPUs and memory";
    case EnergyScope::Facility: return "the node × the PUE";
    case EnergyScope::Unstated: break;
  }
  return "scope not stated";
}

}  // namespace costlint
