#include "reporters/reporter.h"

#include <algorithm>

namespace costlint {
namespace {

struct NamedReporter {
  std::string_view name;
  Reporter reporter;
};

constexpr NamedReporter kReporters[] = {
    {"text", report_text},
    {"sarif", report_sarif},
    {"json", report_json},
    {"github", report_github},
};

}  // namespace

std::optional<Reporter> find_reporter(std::string_view name) {
  for (const NamedReporter& entry : kReporters)
    if (entry.name == name) return entry.reporter;
  return std::nullopt;
}

const std::vector<std::string_view>& reporter_names() {
  static const std::vector<std::string_view> names = [] {
    std::vector<std::string_view> out;
    for (const NamedReporter& entry : kReporters) out.push_back(entry.name);
    return out;
  }();
  return names;
}

}  // namespace costlint
