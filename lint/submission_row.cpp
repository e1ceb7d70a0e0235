#include "lint/submission_row.h"

#include <set>

#include <fmt/format.h>


namespace costlint {
namespace {

using Json = nlohmann::ordered_json;

constexpr std::string_view kFamilies = "CEMB";

/// Adds the best figure of `figure` in `dimension` to `sum`.
void add(std::optional<SummaryRange>& sum, const Figure& figure, const Dimension& dimension) {
  const Fact* fact = figure.best(dimension);
  if (!fact) return;
  Interval range = fact->interval.value_or(Interval{fact->value, fact->value});
  if (!sum) sum = SummaryRange{};
  sum->value += fact->value;
  sum->low += range.low;
  sum->high += range.high;
  sum->estimated = sum->estimated || fact->origin == Origin::Estimated;
}

void disclosures(const Disclosure& disclosure, std::map<std::string, bool>& out) {
  auto set = [&](std::string_view field, bool yes) {
    out[std::string(field)] = out[std::string(field)] || yes;
  };
  for (const System& system : disclosure.systems) {
    if (system.role == SystemRole::Baseline) {
      set("simple baseline", system.kind && system.kind->value == "simple");
      continue;
    }
    set("parameters", system.parameters.declared.has_value());
    const auto& train = system.phase(PhaseKind::Train);
    const auto& infer = system.phase(PhaseKind::Infer);
    if (train) {
      set("training compute", (*train)[Quantity::Compute].stated() != nullptr);
      set("training energy", (*train)[Quantity::Energy].stated() != nullptr);
      set("training emissions", (*train)[Quantity::Emissions].stated() != nullptr);
      set("training hardware", train->hardware.has_value());
      set("training memory", (*train)[Quantity::Memory].stated() != nullptr);
      set("site", train->site.has_value());
    }
    if (infer) {
      set("inference cost", (*infer)[Quantity::Compute].stated() || (*infer)[Quantity::Throughput].stated() ||
                                (*infer)[Quantity::Latency].stated());
      set("inference energy", (*infer)[Quantity::Energy].stated() != nullptr);
    }
  }
}

Json range_json(const std::optional<SummaryRange>& range) {
  if (!range) return nullptr;
  return {{"value", range->value}, {"low", range->low}, {"high", range->high},
          {"estimated", range->estimated}};
}

std::optional<SummaryRange> range_from(const Json& json) {
  if (json.is_null()) return std::nullopt;
  return SummaryRange{json.at("value").get<double>(), json.at("low").get<double>(),
                      json.at("high").get<double>(), json.at("estimated").get<bool>()};
}

}  // namespace

SubmissionRow submission_row(const std::string& name, const CheckRun& run) {
  SubmissionRow row;
  row.submission = name;
  row.manifests = run.manifests.size();
  row.errors = run.count(Severity::Error);
  row.warnings = run.count(Severity::Warning);
  row.notes = run.count(Severity::Note);
  std::set<RuleCode> fired;
  for (const Diagnostic& d : run.diagnostics) fired.insert(d.code);
  for (char family : kFamilies) {
    size_t rules = 0, silent = 0;
    for (const RuleInfo* rule : run.rules)
      if (code_name(rule->code)[0] == family) {
        ++rules;
        silent += fired.count(rule->code) == 0;
      }
    row.completeness[std::string(1, family)] = rules ? static_cast<double>(silent) / rules : 1.0;
  }
  for (std::string_view field : kSummaryFields) row.discloses[std::string(field)] = false;
  std::set<std::string> profiles;
  for (const CheckedManifest& manifest : run.manifests) {
    if (!manifest.disclosure) continue;
    const Disclosure& disclosure = *manifest.disclosure;
    if (!manifest.profile.empty()) profiles.insert(manifest.profile);
    disclosures(disclosure, row.discloses);
    for (const System& system : disclosure.systems) {
      if (system.role != SystemRole::Model) continue;
      if (const auto& train = system.phase(PhaseKind::Train)) {
        add(row.training_energy, (*train)[Quantity::Energy], dim::energy);
        add(row.training_emissions, (*train)[Quantity::Emissions], dim::co2e);
      }
    }
    if (!manifest.placements) continue;
    for (const SystemPlacement& p : manifest.placements->systems) {
      const FrontierPlot& plot = manifest.placements->plots[p.plot];
      if (!plot.reference) continue;
      const Benchmark& benchmark = disclosure.benchmarks[p.benchmark];
      std::string key = benchmark.key ? benchmark.key->value : benchmark.name;
      row.placements.push_back(fmt::format("{} on {}/{}: {}", disclosure.systems[p.system].name, key,
                                           resource_axis_key(p.axis),
                                           standing_name(p.placement.standing)));
      if (p.placement.standing == Standing::NotPlaced) continue;  // its value is a guess: no point
      row.points[key][std::string(resource_axis_key(p.axis))].push_back(
          Json::array({p.resource.value, p.score, disclosure.systems[p.system].name}));
    }
  }
  std::string joined;
  for (const std::string& profile : profiles) joined += (joined.empty() ? "" : "+") + profile;
  row.profile = joined;
  return row;
}

Json row_json(const SubmissionRow& row) {
  Json j;
  j["submission"] = row.submission;
  j["status"] = row.status;
  j["hash"] = row.hash;
  j["profile"] = row.profile;
  j["manifests"] = row.manifests;
  j["errors"] = row.errors;
  j["warnings"] = row.warnings;
  j["notes"] = row.notes;
  j["completeness"] = row.completeness;
  j["training_energy_j"] = range_json(row.training_energy);
  j["training_emissions_g"] = range_json(row.training_emissions);
  j["discloses"] = row.discloses;
  j["placements"] = row.placements;
  j["points"] = row.points;
  return j;
}

SubmissionRow row_from_json(const Json& j) {
  SubmissionRow row;
  row.submission = j.at("submission").get<std::string>();
  row.status = j.at("status").get<std::string>();
  row.hash = j.at("hash").get<std::string>();
  row.profile = j.at("profile").get<std::string>();
  row.manifests = j.at("manifests").get<size_t>();
  row.errors = j.at("errors").get<size_t>();
  row.warnings = j.at("warnings").get<size_t>();
  row.notes = j.at("notes").get<size_t>();
  row.completeness = j.at("completeness").get<std::map<std::string, double>>();
  row.training_energy = range_from(j.at("training_energy_j"));
  row.training_emissions = range_from(j.at("training_emissions_g"));
  row.discloses = j.at("discloses").get<std::map<std::string, bool>>();
  row.placements = j.at("placements").get<std::vector<std::string>>();
  row.points = j.at("points");
  return row;
}

}  // namespace costlint
