// X506: a declared score is neither the last nor the best value of the metric
// the log recorded for that benchmark.

#include <algorithm>
#include <cctype>
#include <cmath>

#include <fmt/format.h>

#include "ir/quantity_format.h"
#include "rules/rule_support.h"

namespace costlint::rules {
namespace {

/// A metric or task name as tools spell it, reduced to compare: lower case,
/// without lm-eval's filter (",none") and the split prefixes of training
/// logs ("eval_", "val/", "test_" ...); "accuracy" is "acc".
std::string normalized(std::string_view name) {
  name = name.substr(0, name.find(','));
  std::string out;
  for (char c : name) out.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
  for (std::string_view prefix : {"eval", "val", "valid", "validation", "test"})
    for (char separator : {'_', '/', '-'})
      if (out.size() > prefix.size() + 1 && out.starts_with(prefix) && out[prefix.size()] == separator)
        out.erase(0, prefix.size() + 1);
  if (out == "accuracy") out = "acc";
  std::replace(out.begin(), out.end(), '-', '_');
  return out;
}

bool measures(const LoggedScore& logged, const Benchmark& benchmark) {
  if (!benchmark.metric || normalized(logged.metric) != normalized(benchmark.metric->value))
    return false;
  if (logged.task.empty()) return true;
  std::string task = normalized(logged.task);
  return task == normalized(benchmark.name) ||
         (benchmark.key && task == normalized(benchmark.key->value));
}

/// How far a declared score may be from a logged one and still be it: its
/// `±`, or half a unit of its last written digit ("0.874" covers 0.8735–0.8745).
double slack(const RuleContext& context, const Fact& declared) {
  double half = 0;
  if (declared.interval) half = (declared.interval->high - declared.interval->low) / 2;
  std::string_view text = context.disclosure.file->text().substr(
      declared.source.range.begin, declared.source.range.end - declared.source.range.begin);
  size_t end = text.find_first_not_of("0123456789.", text.find_first_of("0123456789"));
  std::string_view number = text.substr(0, end);
  size_t point = number.find('.');
  int decimals = point == std::string_view::npos ? 0 : static_cast<int>(number.size() - point - 1);
  return std::max(half, 0.5 * std::pow(10.0, -decimals)) * (1 + 1e-9);
}

/// The logged value as the paper writes it: a percentage of a fraction.
double as_declared(double logged, double declared) {
  return declared > 1 && std::abs(logged) <= 1 ? logged * 100 : logged;
}

void check_score(RuleContext& context, const System& system, const Score& score,
                 const EvidenceRef& evidence, const LoggedScore& logged) {
  const Benchmark& benchmark = context.disclosure.benchmarks[score.benchmark];
  double declared = score.value.value;
  double tolerance = slack(context, score.value);
  std::string_view better = benchmark.better ? std::string_view(benchmark.better->value) : "";
  std::vector<const Fact*> candidates = {&logged.last};
  if (better != "lower") candidates.push_back(&logged.highest);
  if (better != "higher") candidates.push_back(&logged.lowest);
  for (const Fact* candidate : candidates)
    if (std::abs(as_declared(candidate->value, declared) - declared) <= tolerance) return;
  auto shown = [&](const Fact& f) { return format_number(as_declared(f.value, declared)); };
  std::string head = fmt::format("`{}` declares {} on `{}`, but `{}` logs `{}` ending at {}",
                                 system.name, format_number(declared), benchmark.name,
                                 evidence.path, logged.metric, shown(logged.last));
  if (better == "higher" || better == "lower") {
    const Fact& best = better == "lower" ? logged.lowest : logged.highest;
    context.report(score.value.source, fmt::format("{}, at best {}", head, shown(best)))
        .note(fmt::format("last logged here: {}", shown(logged.last)), logged.last.source)
        .note(fmt::format("best logged here: {}", shown(best)), best.source);
    return;
  }
  context
      .report(score.value.source, fmt::format("{}, ranging from {} to {}", head,
                                              shown(logged.lowest), shown(logged.highest)))
      .note(fmt::format("last logged here: {}", shown(logged.last)), logged.last.source);
}

void check(RuleContext& context) {
  for (const System& system : context.disclosure.systems)
    for (const Score& score : system.scores)
      for (const auto& phase : system.phases)
        if (phase)
          for (const EvidenceRef& evidence : phase->evidence)
            if (evidence.logged)
              for (const LoggedScore& logged : evidence.logged->scores)
                if (measures(logged, context.disclosure.benchmarks[score.benchmark]))
                  check_score(context, system, score, evidence, logged);
}

}  // namespace

const Rule kX506{
    {RuleCode::X506, "score-disagrees-with-log", Severity::Warning,
     "a declared score is neither the last nor the best value its log recorded",
     "A score is a cost's other half: the frontier places a system by both. A declared score "
     "that the log backing the work never recorded, neither at the end of training nor at its "
     "best, is a slip, another run, or a number from elsewhere. The log's metric is matched to "
     "the benchmark's `metric` (\"val_acc\" and \"eval_accuracy\" are `acc`; lm-eval's tasks "
     "to the benchmark's name); a score agrees within its `±` or the rounding of its last "
     "digit, and a percentage agrees with the fraction logged. Source: MANIFEST.md, "
     "\"Evidence formats\" (declared figures are cross-checked against the evidence); "
     "Varoquaux, Luccioni & Whittaker 2025, section 6 (report performance with its cost).",
     "benchmark cifar { metric = \"accuracy\" }\nmodel m {\n  score cifar = 0.95   # "
     "metrics.csv: val_acc ends at 0.91\n  train { evidence lightning-csv \"logs/metrics.csv\" }\n}",
     "Declare the score the log recorded, and say which (last or best), or explain the "
     "difference and suppress the finding with its reason."},
    check};

}  // namespace costlint::rules
