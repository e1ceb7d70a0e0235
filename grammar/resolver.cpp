#include "grammar/resolver.h"

#include <functional>
#include <map>

#include <fmt/format.h>

#include "ir/edit_distance.h"
#include "ir/field_schema.h"
#include "grammar/field_values.h"

namespace costlint {
namespace {

/// A declared name: its kind ("hardware pool", "site", ...) and where it is.
struct Declaration {
  std::string_view kind;
  SourceRange range;
  size_t index = 0;
};

class Resolver {
 public:
  Resolver(const SourceFile& file, DiagnosticSink& sink)
      : file_(file), sink_(sink), values_(file, sink) {
    out_.file = &file;
  }

  Disclosure run(const ast::Manifest& manifest);

 private:
  using FieldHandler = std::function<void(const FieldSpec&, const ast::Field&)>;

  void header(const ast::Manifest& manifest);
  void declare(const std::string& name, std::string_view kind, SourceRange range, size_t index);
  void declare_all(const ast::Manifest& manifest);
  void each_field(const ast::Block& block, BlockKind kind, bool baseline,
                  const FieldHandler& handle);
  std::optional<size_t> reference(const ast::Value& value, std::string_view kind);

  void paper(const ast::Block& block);
  void benchmark(const ast::Block& block, Benchmark& out);
  void site(const ast::Block& block, Site& out);
  void hardware(const ast::HardwareDecl& decl, HardwarePool& out);
  void system(const ast::Block& block, System& out);
  void phase(const ast::Block& block, Phase& out);
  /// The scope after an energy's value; an unknown one is reported (S002).
  EnergyScope energy_scope(const ast::Field& field);
  /// A phase's utilisation, a share from 0 to 1 (S013 otherwise).
  std::optional<Fact> utilization(const FieldSpec& spec, const ast::Value& value);
  std::optional<size_t> pool(const FieldSpec& spec, const ast::Value& value);

  Location at(SourceRange range) const { return Location::in(file_, range); }

  const SourceFile& file_;
  DiagnosticSink& sink_;
  FieldValues values_;
  Disclosure out_;
  std::map<std::string, Declaration, std::less<>> names_;
};

Disclosure Resolver::run(const ast::Manifest& manifest) {
  header(manifest);
  declare_all(manifest);
  size_t benchmarks = 0, sites = 0, systems = 0;
  for (const ast::Block& block : manifest.blocks) {
    if (block.keyword == "paper") paper(block);
    if (block.keyword == "benchmark") benchmark(block, out_.benchmarks[benchmarks++]);
    if (block.keyword == "site") site(block, out_.sites[sites++]);
    if (block.keyword == "model" || block.keyword == "baseline")
      system(block, out_.systems[systems++]);
  }
  for (size_t i = 0; i < manifest.hardware.size(); ++i)
    hardware(manifest.hardware[i], out_.hardware[i]);
  out_.suppressions = manifest.suppressions;
  return std::move(out_);
}

void Resolver::header(const ast::Manifest& manifest) {
  if (!manifest.header) {
    uint32_t start = file_.text().starts_with("\xEF\xBB\xBF") ? 3 : 0;
    sink_.report(RuleCode::S009, at({start, start}), "missing header: a manifest starts with `costlint 1`")
        .fix(at({start, start}), "costlint 1\n");
    return;
  }
  out_.version = manifest.header->version;
  if (manifest.header->version != "1") {
    Diagnostic& d = sink_.report(
        RuleCode::S009, at(manifest.header->version_range),
        fmt::format("unknown language version `{}`; this costlint reads version 1",
                    manifest.header->version));
    d.severity = Severity::Error;
  }
}

void Resolver::declare(const std::string& name, std::string_view kind, SourceRange range,
                       size_t index) {
  auto [it, inserted] = names_.try_emplace(name, Declaration{kind, range, index});
  if (inserted) return;
  sink_.report(RuleCode::S003, at(range),
               fmt::format("`{}` is already declared as a {}", name, it->second.kind))
      .note(fmt::format("`{}` first declared here", name), at(it->second.range));
}

// Names come first, so that a reference may precede its declaration.
void Resolver::declare_all(const ast::Manifest& manifest) {
  const ast::Block* first_paper = nullptr;
  for (const ast::Block& block : manifest.blocks) {
    if (block.keyword == "paper") {
      if (first_paper)
        sink_.report(RuleCode::S003, at(block.keyword_range), "a second `paper` block")
            .note("the first `paper` block is here", at(first_paper->keyword_range));
      else
        first_paper = &block;
    } else if (block.keyword == "benchmark") {
      declare(block.name, "benchmark", block.name_range, out_.benchmarks.size());
      Benchmark& benchmark = out_.benchmarks.emplace_back();
      benchmark.name = block.name;
      benchmark.source = at(block.name_range);
    } else if (block.keyword == "site") {
      declare(block.name, "site", block.name_range, out_.sites.size());
      Site& site = out_.sites.emplace_back();
      site.name = block.name;
      site.source = at(block.name_range);
    } else {
      declare(block.name, block.keyword, block.name_range, out_.systems.size());
      out_.systems.emplace_back();
    }
  }
  for (const ast::HardwareDecl& decl : manifest.hardware) {
    declare(decl.name, "hardware pool", decl.name_range, out_.hardware.size());
    out_.hardware.emplace_back();
  }
}

void Resolver::each_field(const ast::Block& block, BlockKind kind, bool baseline,
                          const FieldHandler& handle) {
  std::map<std::string_view, SourceRange> seen;
  for (const ast::Field& field : block.fields) {
    const FieldSpec* spec = find_field(kind, field.name);
    if (spec && spec->baseline_only && !baseline) {
      sink_.report(RuleCode::S002, at(field.name_range),
                   fmt::format("`{}` applies only to a `baseline`", field.name));
      continue;
    }
    if (!spec) {
      std::string message =
          fmt::format("unknown field `{}` in a `{}` block", field.name, block.keyword);
      auto suggestion = closest_match(field.name, field_names(kind));
      if (suggestion) message += fmt::format("; did you mean `{}`?", *suggestion);
      Diagnostic& d = sink_.report(RuleCode::S002, at(field.name_range), message);
      if (suggestion) d.fix(at(field.name_range), *suggestion);
      continue;
    }
    if (!field.qualifier.empty() && !spec->scoped)
      sink_.report(RuleCode::S013, at(field.qualifier_range),
                   fmt::format("`({})` says what an energy counts; `{}` takes nothing after its value",
                               field.qualifier, field.name));
    auto [it, inserted] = seen.emplace(spec->name, field.name_range);
    if (!inserted) {
      sink_.report(RuleCode::S003, at(field.name_range),
                   fmt::format("`{}` is set twice in this `{}` block", field.name, block.keyword))
          .note("first set here", at(it->second));
      continue;
    }
    handle(*spec, field);
  }
}

std::optional<size_t> Resolver::reference(const ast::Value& value, std::string_view kind) {
  auto found = names_.find(value.text);
  if (found != names_.end() && found->second.kind == kind) return found->second.index;
  if (found != names_.end()) {
    sink_.report(RuleCode::S002, at(value.range),
                 fmt::format("`{}` is a {}, not a {}", value.text, found->second.kind, kind))
        .note(fmt::format("`{}` declared here", value.text), at(found->second.range));
    return std::nullopt;
  }
  std::vector<std::string_view> candidates;
  for (const auto& [name, declaration] : names_)
    if (declaration.kind == kind) candidates.push_back(name);
  std::string message = fmt::format("unknown {} `{}`", kind, value.text);
  auto suggestion = closest_match(value.text, candidates);
  if (suggestion) message += fmt::format("; did you mean `{}`?", *suggestion);
  Diagnostic& d = sink_.report(RuleCode::S002, at(value.range), message);
  if (suggestion)
    d.fix(at(value.range), *suggestion)
        .note(fmt::format("`{}` declared here", *suggestion), at(names_[*suggestion].range));
  else if (candidates.empty())
    d.note(fmt::format("this manifest declares no {}", kind));
  return std::nullopt;
}

void Resolver::paper(const ast::Block& block) {
  if (out_.paper) return;  // a second paper block was reported by declare_all()
  Paper& paper = out_.paper.emplace();
  paper.source = at(block.keyword_range);
  each_field(block, BlockKind::Paper, false, [&](const FieldSpec& spec, const ast::Field& f) {
    if (spec.name == "title") paper.title = values_.text(spec, f);
    if (spec.name == "venue") paper.venue = values_.text(spec, f);
    if (spec.name == "source") paper.source_path = values_.text(spec, f);
    if (spec.name == "domain") paper.domain = values_.choice(spec, f);
    if (spec.name == "profile") paper.profile = values_.choice(spec, f);
    if (spec.name == "year") paper.year = values_.quantity(spec, f.value);
    if (spec.name == "compute") paper.compute = values_.quantity(spec, f.value);
  });
}

void Resolver::benchmark(const ast::Block& block, Benchmark& out) {
  each_field(block, BlockKind::Benchmark, false, [&](const FieldSpec& spec, const ast::Field& f) {
    if (spec.name == "name") out.key = values_.text(spec, f);
    if (spec.name == "metric") out.metric = values_.text(spec, f);
    if (spec.name == "better") out.better = values_.choice(spec, f);
  });
}

void Resolver::site(const ast::Block& block, Site& out) {
  each_field(block, BlockKind::Site, false, [&](const FieldSpec& spec, const ast::Field& f) {
    if (spec.name == "region") out.region = values_.text(spec, f);
    if (spec.name == "pue") {
      out.pue = values_.quantity(spec, f.value);
      if (out.pue && out.pue->value < 1) {  // a data centre draws at least what its machines do
        sink_.report(RuleCode::S013, at(f.value.range),
                     fmt::format("`pue` is a data centre's energy over its machines', at least 1; "
                                 "found {}", out.pue->value));
        out.pue.reset();
      }
    }
    if (spec.name == "intensity") out.intensity = values_.quantity(spec, f.value);
  });
}

void Resolver::hardware(const ast::HardwareDecl& decl, HardwarePool& out) {
  const ast::PoolSpec& spec = decl.pool.pool;
  std::optional<uint64_t> count;
  if (spec.counted) count = spec.count;
  out = {decl.name, count, spec.approximate, spec.model, at(decl.name_range), at(spec.model_range)};
  if (spec.counted && spec.count == 0)
    sink_.report(RuleCode::S013, at(spec.count_range), "a hardware pool needs at least one device");
}

std::optional<size_t> Resolver::pool(const FieldSpec& spec, const ast::Value& value) {
  if (value.kind == ast::Value::Kind::Identifier) return reference(value, "hardware pool");
  if (value.kind == ast::Value::Kind::String) {  // `hardware = "TPU v3"`: the count not given
    out_.hardware.push_back({"", std::nullopt, false, value.text, at(value.range), at(value.range)});
    return out_.hardware.size() - 1;
  }
  if (value.kind != ast::Value::Kind::Pool) {
    sink_.report(RuleCode::S013, at(value.range),
                 fmt::format("`{}` takes the name of a `hardware` pool or a pool such as "
                             "`8 x \"NVIDIA A100-SXM4-80GB\"`, found {}",
                             spec.name, describe_value(value)));
    return std::nullopt;
  }
  if (value.pool.counted && value.pool.count == 0) {
    sink_.report(RuleCode::S013, at(value.pool.count_range), "a hardware pool needs at least one device");
    return std::nullopt;
  }
  std::optional<uint64_t> count;
  if (value.pool.counted) count = value.pool.count;
  out_.hardware.push_back(
      {"", count, value.pool.approximate, value.pool.model, at(value.range),
       at(value.pool.model_range)});
  return out_.hardware.size() - 1;
}

EnergyScope Resolver::energy_scope(const ast::Field& field) {
  if (auto scope = scope_from(field.qualifier)) return *scope;
  std::string message = fmt::format("unknown energy scope `{}`", field.qualifier);
  auto suggestion = closest_match(field.qualifier, scope_names());
  if (suggestion) message += fmt::format("; did you mean `{}`?", *suggestion);
  Diagnostic& d = sink_.report(RuleCode::S002, at(field.qualifier_range), message);
  d.note(fmt::format("an energy counts the `{}`", fmt::join(scope_names(), "`, the `")));
  if (suggestion) d.fix(at(field.qualifier_range), *suggestion);
  return EnergyScope::Unstated;
}

std::optional<Fact> Resolver::utilization(const FieldSpec& spec, const ast::Value& value) {
  std::optional<Fact> share = values_.quantity(spec, value);
  if (share && (share->value <= 0 || share->value > 1)) {
    sink_.report(RuleCode::S013, at(value.range),
                 fmt::format("`utilization` is the devices' average share of busy time, above 0 "
                             "and at most 1; found {}", share->value));
    return std::nullopt;
  }
  return share;
}

void Resolver::phase(const ast::Block& block, Phase& out) {
  out.keyword = at(block.keyword_range);
  out.block = at(block.range);
  each_field(block, BlockKind::Phase, false, [&](const FieldSpec& spec, const ast::Field& f) {
    if (spec.kind == FieldKind::HardwareRef) {
      out.hardware = pool(spec, f.value);
      out.hardware_written = true;
    } else if (spec.kind == FieldKind::SiteRef) {
      if (f.value.kind == ast::Value::Kind::Identifier)
        out.site = reference(f.value, "site");
      else
        sink_.report(RuleCode::S013, at(f.value.range),
                     fmt::format("`site` takes the name of a `site` block, found {}",
                                 describe_value(f.value)));
    } else if (spec.name == "utilization") {
      out.utilization = utilization(spec, f.value);
    } else {
      out[*spec.quantity].declared = values_.quantity(spec, f.value);
      if (out[*spec.quantity].declared && spec.scoped && !f.qualifier.empty())
        out[*spec.quantity].declared->scope = energy_scope(f);
    }
  });
  for (const ast::Evidence& evidence : block.evidence) {
    const auto& formats = evidence_formats();
    if (std::find(formats.begin(), formats.end(), evidence.format) == formats.end()) {
      std::string message = fmt::format("unknown evidence format `{}`", evidence.format);
      auto suggestion = closest_match(evidence.format, formats);
      if (suggestion) message += fmt::format("; did you mean `{}`?", *suggestion);
      Diagnostic& d = sink_.report(RuleCode::S002, at(evidence.format_range), message);
      d.note(fmt::format("the formats are `{}`", fmt::join(formats, "`, `")));
      if (suggestion) d.fix(at(evidence.format_range), *suggestion);
      continue;
    }
    out.evidence.push_back({evidence.format, evidence.path, at(evidence.keyword_range),
                            at(evidence.path_range), std::nullopt});
  }
}

void Resolver::system(const ast::Block& block, System& out) {
  out.name = block.name;
  out.role = block.keyword == "baseline" ? SystemRole::Baseline : SystemRole::Model;
  out.keyword = at(block.keyword_range);
  out.source = at(block.name_range);
  bool baseline = out.role == SystemRole::Baseline;
  each_field(block, BlockKind::System, baseline, [&](const FieldSpec& spec, const ast::Field& f) {
    if (spec.name == "label") out.label = values_.text(spec, f);
    if (spec.name == "architecture") out.architecture = values_.text(spec, f);
    if (spec.name == "precision") out.precision = values_.choice(spec, f);
    if (spec.name == "kind") out.kind = values_.choice(spec, f);
    if (spec.name == "parameters") out.parameters.declared = values_.quantity(spec, f.value);
    if (spec.name == "size") out.size = values_.quantity(spec, f.value);
  });
  std::map<std::string_view, SourceRange> scored;
  for (const ast::Score& score : block.scores) {
    auto [it, inserted] = scored.emplace(score.benchmark, score.benchmark_range);
    if (!inserted) {
      sink_.report(RuleCode::S003, at(score.benchmark_range),
                   fmt::format("`{}` has a second score on `{}`", block.name, score.benchmark))
          .note("first score here", at(it->second));
      continue;
    }
    ast::Value name{ast::Value::Kind::Identifier, score.benchmark_range, score.benchmark, {}, {}};
    auto benchmark = reference(name, "benchmark");
    static const FieldSpec kScore{"score", FieldKind::Count, {}, "a number", {}, {}};
    auto value = values_.quantity(kScore, score.value);
    if (benchmark && value) out.scores.push_back({*benchmark, *value});
  }
  std::array<const ast::Block*, kPhaseKindCount> seen{};
  for (const ast::Block& phase_block : block.phases) {
    PhaseKind kind = phase_block.keyword == "train"  ? PhaseKind::Train
                     : phase_block.keyword == "tune" ? PhaseKind::Tune
                                                     : PhaseKind::Infer;
    const ast::Block*& first = seen[static_cast<size_t>(kind)];
    if (first) {
      sink_.report(RuleCode::S003, at(phase_block.keyword_range),
                   fmt::format("a second `{}` block in `{}`", phase_block.keyword, block.name))
          .note(fmt::format("the first `{}` block is here", phase_block.keyword),
                at(first->keyword_range));
      continue;
    }
    first = &phase_block;
    Phase& phase_out = *(out.phases[static_cast<size_t>(kind)] = std::make_unique<Phase>());
    phase_out.kind = kind;
    phase(phase_block, phase_out);
  }
}

}  // namespace

Disclosure resolve(const ast::Manifest& manifest, const SourceFile& file, DiagnosticSink& sink) {
  return Resolver(file, sink).run(manifest);
}

}  // namespace costlint
