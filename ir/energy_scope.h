#pragma once
// Which part of a machine an energy figure counts. Published figures come in
// three scopes: the accelerators alone (nvidia-smi, CodeCarbon's `gpu_energy`,
// Zeus, many papers), the node (GPUs, CPUs and memory: CodeCarbon's
// `energy_consumed`), or the facility (the node × the data centre's PUE:
// carbontracker, Patterson et al. 2021). A device figure is not a node's, and
// a node's is not a facility's: they are compared only through a stated factor.

#include <optional>
#include <string_view>
#include <vector>

namespace costlint {

/// Ordered from the narrowest: each scope contains the ones before it.
enum class EnergyScope { Unstated, Device, Node, Facility };

/// "device", "node", "facility"; empty when unstated.
std::string_view scope_name(EnergyScope scope);
/// The scope a manifest names: `energy = 37.3 kWh (device)`.
std::optional<EnergyScope> scope_from(std::string_view name);
/// The names a manifest may write, for "did you mean" and the docs.
const std::vector<std::string_view>& scope_names();
/// "the accelerators alone", "accelerators, CPUs and memory", "the node × the PUE".
std::string_view scope_meaning(EnergyScope scope);

}  // namespace costlint
