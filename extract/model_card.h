#pragma once
// A Hugging Face model card's front matter: `co2_eq_emissions`, in grams as the
// Hub defines it, a number on its line or the `emissions:` entry under it.

#include <string>
#include <string_view>
#include <vector>

#include "extract/cost_statement.h"

namespace costlint::extract {

/// Appends the card's emissions statement to `out`, if `source` has one.
void front_matter_emissions(std::string_view source, const std::string& path, std::vector<CostStatement>& out);

}  // namespace costlint::extract
