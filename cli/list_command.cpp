#include "cli/list_command.h"

#include <fmt/format.h>
#include <llvm/Support/raw_ostream.h>
#include <nlohmann/json.hpp>

#include "corpus/profile.h"
#include "corpus/reference_data.h"
#include "ir/edit_distance.h"

namespace costlint::cli {
namespace {

using Json = nlohmann::ordered_json;

constexpr std::array<std::string_view, 4> kSubjects = {"benchmarks", "hardware", "regions", "profiles"};

/// Each entry: its name, one line that says what it is, and its other spellings.
struct Entry {
  std::string name;
  std::string about;
  std::vector<std::string> aliases;
};

std::vector<Entry> entries(std::string_view subject, const ReferenceData& reference) {
  std::vector<Entry> out;
  if (subject == "hardware") {
    for (const DeviceSpec& d : reference.hardware.devices())
      out.push_back({d.model, fmt::format("{}, {} W TDP, {}", d.kind, d.tdp_w, d.year), d.aliases});
  } else if (subject == "benchmarks") {
    for (const ReferenceBenchmark& b : reference.benchmarks.benchmarks())
      out.push_back({b.key,
                     fmt::format("{}, {} is better, {} reference points", b.metric,
                                 b.better == Better::Higher ? "higher" : "lower", b.points.size()),
                     b.aliases});
  } else if (subject == "regions") {
    for (const GridRegion& r : reference.grid.regions())
      out.push_back({r.region, fmt::format("{} gCO2e/kWh ({}){}", r.gco2e_per_kwh, r.year,
                                           r.provider.empty() ? "" : ", " + r.provider + " " + r.country),
                     {}});
  } else {
    for (std::string_view name : profile_names()) {
      std::string error;
      std::optional<Profile> profile = load_profile(name, reference.data_dir, &error);
      out.push_back({std::string(name), profile ? profile->source : error, {}});
    }
  }
  return out;
}

}  // namespace

int run_list_command(const Options& options) {
  std::string subject = options.paths.empty() ? "" : options.paths.front();
  if (std::find(kSubjects.begin(), kSubjects.end(), subject) == kSubjects.end() || options.paths.size() > 1) {
    std::string message = subject.empty() ? "list what? expected one of benchmarks, hardware, regions, profiles"
                                          : fmt::format("cannot list `{}`; expected one of benchmarks, hardware, "
                                                        "regions, profiles", subject);
    if (auto near = closest_match(subject, {kSubjects.begin(), kSubjects.end()}))
      message += fmt::format("; did you mean `{}`?", *near);
    llvm::errs() << "costlint: error: " << message << "\n";
    return 2;
  }
  std::vector<Entry> list = entries(subject, embedded_reference());
  if (options.format == "json") {
    Json out = Json::array();
    for (const Entry& e : list) out.push_back({{"name", e.name}, {"about", e.about}, {"aliases", e.aliases}});
    llvm::outs() << out.dump(2) << "\n";
    return 0;
  }
  size_t width = 0;
  for (const Entry& e : list) width = std::max(width, e.name.size());
  for (const Entry& e : list) {
    llvm::outs() << fmt::format("{:<{}}  {}\n", e.name, width, e.about);
    if (!e.aliases.empty())
      llvm::outs() << fmt::format("{:<{}}  also: {}\n", "", width, fmt::join(e.aliases, ", "));
  }
  llvm::outs() << fmt::format("{} {}\n", list.size(), subject);
  return 0;
}

}  // namespace costlint::cli
