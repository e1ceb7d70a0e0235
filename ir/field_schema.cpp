#include "ir/field_schema.h"

#include <algorithm>

namespace costlint {
namespace {

using namespace dim;

FieldSpec text(std::string_view name) { return {name, FieldKind::Text, {}, "text", {}, {}}; }

FieldSpec choice(std::string_view name, std::vector<std::string_view> choices) {
  return {name, FieldKind::Choice, {}, "a choice", std::move(choices), {}};
}

FieldSpec quantity(std::string_view name, std::vector<Dimension> dimensions,
                   std::string_view expects, std::optional<Quantity> slot = {}) {
  return {name, FieldKind::Quantity, std::move(dimensions), expects, {}, slot};
}

FieldSpec count_field(std::string_view name, std::optional<Quantity> slot = {},
                FieldKind kind = FieldKind::Count, std::vector<Dimension> also = {}) {
  std::string_view expects = also.empty() ? "a count" : "a count or items";
  return {name, kind, std::move(also), expects, {}, slot};
}

FieldSpec scoped(FieldSpec spec) {
  spec.scoped = true;
  return spec;
}

}  // namespace

const std::vector<FieldSpec>& fields_of(BlockKind block) {
  static const std::vector<FieldSpec> kPaper = {
      text("title"),
      text("venue"),
      count_field("year", {}, FieldKind::WholeCount),
      choice("domain", {"language", "vision", "speech", "tabular", "multimodal", "games",
                        "biology", "other"}),
      choice("profile", {"norms", "neurips", "acl", "model-card", "strict", "frontier"}),
      text("source"),
      // The whole study's compute, for papers that report one total ("20 000 GPU
      // hours for all experiments"): an extension, docs/language.md.
      quantity("compute", {dim::device * dim::time, dim::flop},
               "device-time or FLOP, the whole study's"),
  };
  static const std::vector<FieldSpec> kBenchmark = {
      text("name"),
      text("metric"),
      choice("better", {"higher", "lower"}),
  };
  static const std::vector<FieldSpec> kSite = {
      text("region"),
      count_field("pue"),
      quantity("intensity", {co2e / energy}, "carbon intensity (gCO2e/kWh)"),
  };
  static const std::vector<FieldSpec> kSystem = [] {
    std::vector<FieldSpec> fields = {
        text("label"),
        count_field("parameters"),
        choice("precision", {"fp32", "tf32", "bf16", "fp16", "fp8", "int8", "int4", "mixed"}),
        quantity("size", {bytes}, "bytes"),
        text("architecture"),
        choice("kind", {"simple", "strong", "prior-work"}),
    };
    fields.back().baseline_only = true;
    return fields;
  }();
  static const std::vector<FieldSpec> kPhase = {
      {"hardware", FieldKind::HardwareRef, {}, "a hardware pool", {}, {}},
      {"site", FieldKind::SiteRef, {}, "a site", {}, {}},
      quantity("duration", {time}, "time", Quantity::Duration),
      quantity("compute", {device * time, flop, flop / item, device * time / item},
               "device-time or FLOP (per item at inference)", Quantity::Compute),
      scoped(quantity("energy", {energy, energy / item}, "energy or energy per item",
                      Quantity::Energy)),
      quantity("emissions", {co2e}, "CO2e mass", Quantity::Emissions),
      quantity("memory", {bytes}, "bytes", Quantity::Memory),
      quantity("throughput", {item / time}, "items per time", Quantity::Throughput),
      quantity("latency", {time / item, time}, "time per item", Quantity::Latency),
      quantity("cost", {usd, eur}, "money", Quantity::Cost),
      count_field("samples", Quantity::Samples, FieldKind::Count, {item}),
      count_field("tokens", Quantity::Tokens, FieldKind::Count, {item}),
      count_field("epochs", Quantity::Epochs),
      count_field("runs", Quantity::Runs, FieldKind::WholeCount),
      count_field("trials", Quantity::Trials, FieldKind::WholeCount),
      // The devices' average utilisation, 0 to 1, as nvidia-smi reports it: an
      // extension (docs/language.md) the power model draws on.
      count_field("utilization"),
  };
  switch (block) {
    case BlockKind::Paper: return kPaper;
    case BlockKind::Benchmark: return kBenchmark;
    case BlockKind::Site: return kSite;
    case BlockKind::System: return kSystem;
    case BlockKind::Phase: return kPhase;
  }
  return kPaper;
}

const FieldSpec* find_field(BlockKind block, std::string_view name) {
  const auto& fields = fields_of(block);
  auto it = std::find_if(fields.begin(), fields.end(),
                         [&](const FieldSpec& spec) { return spec.name == name; });
  return it == fields.end() ? nullptr : &*it;
}

std::string_view field_name(Quantity quantity) {
  for (const FieldSpec& spec : fields_of(BlockKind::Phase))
    if (spec.quantity == quantity) return spec.name;
  return {};
}

std::vector<std::string_view> field_names(BlockKind block) {
  std::vector<std::string_view> names;
  for (const FieldSpec& spec : fields_of(block)) names.push_back(spec.name);
  return names;
}

const std::vector<std::string_view>& evidence_formats() {
  static const std::vector<std::string_view> kFormats = {
      "codecarbon", "hf-trainer", "mlflow", "tensorboard", "wandb", "lightning-csv",
      "nvidia-smi", "lm-eval", "carbontracker", "eco2ai", "auto"};
  return kFormats;
}

}  // namespace costlint
