#pragma once
// JSON written as nlohmann::json::dump(2) writes it, but each number in its
// shortest decimal form (fmt's): nlohmann's own prints some doubles with
// seventeen digits (8.399999999999999e+22 for 8.4e+22).

#include <string>

#include <nlohmann/json.hpp>

namespace costlint::json {

/// `value` indented by `indent` spaces a level, as dump(indent) would.
std::string write_json(const nlohmann::ordered_json& value, int indent = 2);

}  // namespace costlint::json
