#include "reporters/json_writer.h"

#include <cmath>

#include <fmt/format.h>

namespace costlint::json {
namespace {

using Json = nlohmann::ordered_json;

std::string number(double value) {
  if (!std::isfinite(value)) return "null";  // as dump() writes them
  std::string out = fmt::format("{}", value);
  // A float stays one when read back: 1.0, not 1.
  if (out.find_first_of(".e") == std::string::npos) out += ".0";
  return out;
}

void write(const Json& value, int indent, int depth, std::string& out) {
  auto newline = [&](int level) {
    out += '\n';
    out.append(static_cast<size_t>(indent * level), ' ');
  };
  if (value.is_number_float()) {
    out += number(value.get<double>());
  } else if (value.is_object() && !value.empty()) {
    out += '{';
    bool first = true;
    for (const auto& [key, child] : value.items()) {
      if (!first) out += ',';
      first = false;
      newline(depth + 1);
      out += Json(key).dump(-1, ' ', false, Json::error_handler_t::replace) + ": ";
      write(child, indent, depth + 1, out);
    }
    newline(depth);
    out += '}';
  } else if (value.is_array() && !value.empty()) {
    out += '[';
    bool first = true;
    for (const Json& child : value) {
      if (!first) out += ',';
      first = false;
      newline(depth + 1);
      write(child, indent, depth + 1, out);
    }
    newline(depth);
    out += ']';
  } else {
    out += value.dump(-1, ' ', false, Json::error_handler_t::replace);
  }
}

}  // namespace

std::string write_json(const Json& value, int indent) {
  std::string out;
  write(value, indent, 0, out);
  return out;
}

}  // namespace costlint::json
