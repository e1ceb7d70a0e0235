#pragma once
// A Hugging Face model card's front matter: `co2_eq_emissions`, in grams as the
// Hub defines it, a number on its line or the `emissions:` entry under it, and
// the `hardware_used:` entry under it.

#include <string>
#include <string_view>
#include <vector>

#include "extract/cost_statement.h"
#include "extract/device_names.h"

namespace costlint::extract {

/// Whether `source` opens with YAML front matter: a `---` line, then a `key:`
/// line (a `---` rule before a heading is Markdown's, not YAML's).
bool starts_with_front_matter(std::string_view source);

/// Appends the card's emissions and hardware statements to `out`, if `source` has them.
void front_matter_statements(std::string_view source, const std::string& path, const DeviceNames& devices,
                             std::vector<CostStatement>& out);

}  // namespace costlint::extract
