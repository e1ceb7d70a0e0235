#include "cli/options.h"

#include <algorithm>
#include <charconv>
#include <cstdlib>

#include <fmt/format.h>

#include "ir/edit_distance.h"
#include "corpus/profile.h"
#include "rules/rule.h"
#include "reporters/reporter.h"

namespace costlint::cli {
namespace {

/// Splits `--name=value`, or takes the next argument as the value of `--name`.
std::optional<std::string> option_value(const std::vector<std::string>& args, size_t& i,
                                        std::string_view name, std::optional<std::string>& error) {
  const std::string& arg = args[i];
  if (arg.size() > name.size() && arg.starts_with(name) && arg[name.size()] == '=')
    return arg.substr(name.size() + 1);
  if (arg != name) return std::nullopt;
  if (i + 1 == args.size()) {
    error = fmt::format("option `{}` needs a value", name);
    return std::nullopt;
  }
  return args[++i];
}

/// The rule `name` names; else a usage error, also for a rule that cannot be
/// turned off: the front end's errors mean the manifest could not be read as written.
std::optional<RuleCode> rule_code_option(const std::string& name, bool disabling,
                                         std::optional<std::string>& error) {
  auto code = find_rule_code(name);
  if (!code) {
    std::vector<std::string_view> codes;
    for (const RuleCodeEntry& entry : kRuleCodeTable) codes.push_back(entry.code);
    error = fmt::format("unknown rule `{}`", name);
    if (auto suggestion = closest_match(name, codes))
      *error += fmt::format("; did you mean `{}`?", *suggestion);
  } else if (disabling && code_name(*code).starts_with("S") &&
             default_severity(*code) == Severity::Error) {
    error = fmt::format("{} cannot be disabled: without it the manifest is not read as written",
                        code_name(*code));
  }
  return code;
}

/// A whole number in [low, high] for `--name`, or a usage error.
template <typename Number>
Number parse_number(const std::string& value, std::string_view name, Number low, Number high,
                    std::optional<std::string>& error) {
  Number number{};
  auto [end, ec] = std::from_chars(value.data(), value.data() + value.size(), number);
  if (ec != std::errc() || end != value.data() + value.size() || number < low || number > high)
    error = fmt::format("{} takes a whole number from {} to {}, found `{}`", name, low, high, value);
  return number;
}

}  // namespace

const std::vector<std::string_view>& formats_of(Command command) {
  static const std::vector<std::string_view> tables = {"text", "json"};
  static const std::vector<std::string_view> pictures = {"text", "json", "svg", "html"};
  static const std::vector<std::string_view> documents = {"markdown", "latex", "html"};
  static const std::vector<std::string_view> batch = {"text", "json", "sarif"};
  static const std::vector<std::string_view> extract = {"manifest", "json"};
  static const std::vector<std::string_view> manifest = {"manifest"};
  if (command == Command::Extract) return extract;
  if (command == Command::List) return tables;
  if (command == Command::Init) return manifest;
  if (command == Command::Batch || command == Command::Summary) return batch;
  if (command == Command::Frontier) return pictures;
  if (command == Command::Report) return documents;
  return command == Command::Estimate || command == Command::Trends ? tables : reporter_names();
}

std::string usage() {
  return fmt::format(
      "usage: costlint <command> [options] [PATH...]\n"
      "\n"
      "Checks the cost disclosures of machine-learning papers, written as cost\n"
      "manifests (*.cost).\n"
      "\n"
      "commands:\n"
      "  check [PATH...]     check manifests; a folder means every *.cost under it;\n"
      "                      no PATH means every *.cost under the current folder\n"
      "  estimate [PATH...]  each system's figures: declared, logged, and estimated with\n"
      "                      their interval and method (--format text or json)\n"
      "  explain [RULE...]   a rule's rationale, example and fix; no RULE lists them all;\n"
      "                      with --markdown, as the page in docs/rules/\n"
      "  extract PAPER...    every statement of cost in a paper's source (.tex, .md,\n"
      "                      .txt, with the files it \\inputs within --root): a draft\n"
      "                      manifest citing the paper's lines, or --format json;\n"
      "                      --min-confidence P keeps the statements its confidence\n"
      "                      model weighs at P or more (0.5; 0 keeps all)\n"
      "  init [DIR]          write DIR/costlint.cost from the logs under DIR: one model\n"
      "                      per folder of logs, their figures, a TODO for the rest;\n"
      "                      --paper FILE merges what extract finds, --force replaces\n"
      "  list WHAT           what costlint knows: benchmarks, hardware, regions or\n"
      "                      profiles, with the spellings a manifest may use\n"
      "  frontier [PATH...]  each system's place on the Pareto frontier of score against\n"
      "                      each resource, with the 0.75-quantile trend (--format text,\n"
      "                      svg or html)\n"
      "  batch DIR...        check each submission (a folder under DIR, its own root) in\n"
      "                      its own process under a time and memory budget; --jobs N,\n"
      "                      --timeout S (60), --memory MB (2048), --summary FILE.csv|\n"
      "                      json|html, --resume (skip what is unchanged since the\n"
      "                      summary), --shard I/N; --format text, json (lines) or sarif\n"
      "  summary merge FILE...  the summaries (JSON) of shards, merged into one\n"
      "  report [PATH...]    the disclosure to paste into the paper: per system and phase\n"
      "                      each figure marked declared, logged or estimated, the\n"
      "                      comparison with the other systems, a statement in words\n"
      "                      (--format markdown, latex or html)\n"
      "  trends              doubling times of the parameters, training compute and cost\n"
      "                      of notable models (OLS and 0.95-quantile fits, bootstrap CIs)\n"
      "\n"
      "options:\n"
      "  --format FORMAT     output format: {} (check); text, json (estimate)\n"
      "  --profile NAME      rule set: {}\n"
      "                      (default: the paper's `profile`, else norms)\n"
      "  --enable RULE       turn a rule on (a code such as C101, or its name)\n"
      "  --disable RULE      turn a rule off\n"
      "  --Werror            treat warnings as errors\n"
      "  --tolerance PCT     how far a declared figure may be from its log (default 10)\n"
      "  --data DIR          reference data (hardware.csv, grid.csv, pue.csv, profiles/,\n"
      "                      benchmarks/)\n"
      "                      instead of the embedded corpus\n"
      "  --reference FILE    points of a benchmark (columns of corpus/benchmarks/*.csv)\n"
      "                      to place systems against; the file's stem is its key\n"
      "  --as-of YEAR        compare with the reference points published up to YEAR\n"
      "                      (default: the paper's `year`); later ones are context\n"
      "  --root DIR          repository root (default: the nearest folder above each\n"
      "                      manifest holding .git, else the manifest's folder)\n"
      "  --color WHEN        auto, always or never (default: auto)\n"
      "  --help              show this help\n"
      "  --version           show the version\n"
      "\n"
      "trends options:\n"
      "  --models FILE       an Epoch AI \"All ML Systems\" CSV export (default: the\n"
      "                      embedded corpus/models.csv); --format text or json\n"
      "  --from YEAR         first publication year (default 2018)\n"
      "  --to YEAR           last publication year, included (default 2024)\n"
      "  --bootstrap N       resamples for the 95% intervals (default 1000; 0: none)\n"
      "  --seed N            the resampling's seed (default 0)\n"
      "  --reimpute          impute each resample again, so that the intervals carry\n"
      "                      the imputation's uncertainty (slower; not the paper's way)\n"
      "\n"
      "exit status: 0 no error, 1 an error finding, 2 checking could not go on\n",
      fmt::join(reporter_names(), ", "), fmt::join(profile_names(), ", "));
}

ParsedOptions parse_options(const std::vector<std::string>& args) {
  ParsedOptions parsed;
  Options& options = parsed.options;
  std::optional<std::string>& error = parsed.error;
  bool have_command = false;
  std::vector<std::string_view> trend_options;  ///< given, to refuse them elsewhere
  for (size_t i = 0; i < args.size() && !error; ++i) {
    const std::string& arg = args[i];
    if (arg == "--help" || arg == "-h") {
      options.command = Command::Help;
      return parsed;
    }
    if (arg == "--version") {
      options.command = Command::Version;
      return parsed;
    }
    if (auto value = option_value(args, i, "--format", error)) {
      options.format = *value;
    } else if (auto value = option_value(args, i, "--models", error)) {
      options.models = *value;
      trend_options.push_back("--models");
    } else if (auto value = option_value(args, i, "--from", error)) {
      options.from_year = parse_number(*value, "--from", 1900, 2100, error);
      trend_options.push_back("--from");
    } else if (auto value = option_value(args, i, "--to", error)) {
      options.to_year = parse_number(*value, "--to", 1900, 2100, error);
      trend_options.push_back("--to");
    } else if (auto value = option_value(args, i, "--bootstrap", error)) {
      options.bootstrap = parse_number(*value, "--bootstrap", 0, 100000, error);
      trend_options.push_back("--bootstrap");
    } else if (auto value = option_value(args, i, "--seed", error)) {
      options.seed = parse_number<uint64_t>(*value, "--seed", 0, UINT64_MAX, error);
      trend_options.push_back("--seed");
    } else if (arg == "--reimpute") {
      options.reimpute = true;
      trend_options.push_back("--reimpute");
    } else if (auto value = option_value(args, i, "--root", error)) {
      options.root = *value;
    } else if (auto value = option_value(args, i, "--profile", error)) {
      const auto& names = profile_names();
      if (std::find(names.begin(), names.end(), *value) == names.end())
        error = fmt::format("unknown profile `{}`; expected one of {}", *value,
                            fmt::join(names, ", "));
      options.profile = *value;
    } else if (auto value = option_value(args, i, "--enable", error)) {
      if (auto code = rule_code_option(*value, false, error)) options.enable.push_back(*code);
    } else if (auto value = option_value(args, i, "--disable", error)) {
      if (auto code = rule_code_option(*value, true, error)) options.disable.push_back(*code);
    } else if (auto value = option_value(args, i, "--tolerance", error)) {
      char* end = nullptr;
      double percent = std::strtod(value->c_str(), &end);
      if (end == value->c_str() || *end != '\0' || !(percent > 0 && percent < 1000))
        error = fmt::format("--tolerance takes a percentage above 0, found `{}`", *value);
      options.tolerance = percent / 100;
    } else if (auto value = option_value(args, i, "--reference", error)) {
      options.references.push_back(*value);
    } else if (auto value = option_value(args, i, "--as-of", error)) {
      options.as_of = parse_number(*value, "--as-of", 1900, 2100, error);
    } else if (auto value = option_value(args, i, "--data", error)) {
      options.data_dir = *value;
    } else if (auto value = option_value(args, i, "--jobs", error)) {
      options.jobs = parse_number<unsigned>(*value, "--jobs", 1, 256, error);
    } else if (auto value = option_value(args, i, "--timeout", error)) {
      options.timeout = parse_number<unsigned>(*value, "--timeout", 1, 86400, error);
    } else if (auto value = option_value(args, i, "--memory", error)) {
      options.memory = parse_number<unsigned>(*value, "--memory", 64, 1 << 20, error);
    } else if (auto value = option_value(args, i, "--summary", error)) {
      options.summary = *value;
      if (!value->ends_with(".csv") && !value->ends_with(".json") && !value->ends_with(".html"))
        error = fmt::format("--summary `{}` names no format: end it in .csv, .json or .html", *value);
    } else if (arg == "--resume") {
      options.resume = true;
    } else if (arg == "--force") {
      options.force = true;
    } else if (auto value = option_value(args, i, "--min-confidence", error)) {
      char* end = nullptr;
      double least = std::strtod(value->c_str(), &end);
      if (end == value->c_str() || *end != '\0' || !(least >= 0 && least <= 1))
        error = fmt::format("--min-confidence takes a number from 0 to 1, found `{}`", *value);
      options.min_confidence = least;
    } else if (auto value = option_value(args, i, "--paper", error)) {
      options.paper = *value;
    } else if (auto value = option_value(args, i, "--shard", error)) {
      size_t slash = value->find('/');
      unsigned index = 0, count = 0;
      auto [end_i, ec_i] = std::from_chars(value->data(), value->data() + std::min(slash, value->size()), index);
      auto [end_n, ec_n] = slash == std::string::npos ? std::from_chars_result{nullptr, std::errc::invalid_argument}
                                                      : std::from_chars(value->data() + slash + 1, value->data() + value->size(), count);
      if (ec_i != std::errc() || ec_n != std::errc() || end_n != value->data() + value->size() ||
          count == 0 || index == 0 || index > count)
        error = fmt::format("--shard takes I/N with 1 <= I <= N, found `{}`", *value);
      options.shard = index - 1;
      options.shards = count ? count : 1;
    } else if (arg == "--markdown") {
      options.markdown = true;
    } else if (arg == "--Werror") {
      options.warnings_as_errors = true;
    } else if (auto value = option_value(args, i, "--color", error)) {
      if (*value == "auto") options.color = ColorChoice::Auto;
      else if (*value == "always") options.color = ColorChoice::Always;
      else if (*value == "never") options.color = ColorChoice::Never;
      else error = fmt::format("unknown color choice `{}`; expected auto, always or never", *value);
    } else if (error) {
      break;
    } else if (arg.starts_with("-") && arg != "-") {
      error = fmt::format("unknown option `{}`", arg);
    } else if (!have_command) {
      have_command = true;
      if (arg == "check") {
        options.command = Command::Check;
      } else if (arg == "batch") {
        options.command = Command::Batch;
      } else if (arg == "summary") {
        options.command = Command::Summary;
      } else if (arg == "estimate") {
        options.command = Command::Estimate;
      } else if (arg == "explain") {
        options.command = Command::Explain;
      } else if (arg == "extract") {
        options.command = Command::Extract;
      } else if (arg == "init") {
        options.command = Command::Init;
      } else if (arg == "list") {
        options.command = Command::List;
      } else if (arg == "frontier") {
        options.command = Command::Frontier;
      } else if (arg == "report") {
        options.command = Command::Report;
      } else if (arg == "trends") {
        options.command = Command::Trends;
      } else {
        error = fmt::format("unknown command `{}`", arg);
        if (auto suggestion = closest_match(arg, {"check", "batch", "summary", "estimate", "explain", "extract", "init", "list", "frontier", "report", "trends"}))
          *error += fmt::format("; did you mean `{}`?", *suggestion);
      }
    } else {
      options.paths.push_back(arg);
    }
  }
  if (!error && !have_command) error = "no command given";
  if (error) return parsed;
  if (options.command == Command::Trends) {
    if (!options.paths.empty())
      error = fmt::format("trends takes no path, found `{}`; use --models FILE",
                          options.paths.front());
    else if (options.from_year > options.to_year)
      error = fmt::format("--from {} is after --to {}", options.from_year, options.to_year);
  } else if (!trend_options.empty()) {
    error = fmt::format("`{}` is an option of `costlint trends`", trend_options.front());
  }
  if (!error && options.min_confidence && options.command != Command::Extract)
    error = "`--min-confidence` is an option of `costlint extract`";
  const auto& formats = formats_of(options.command);
  if (options.format.empty()) options.format = formats.front();
  if (!error && std::find(formats.begin(), formats.end(), options.format) == formats.end())
    error = fmt::format("unknown format `{}`; expected one of {}", options.format,
                        fmt::join(formats, ", "));
  return parsed;
}

}  // namespace costlint::cli
