#include "corpus/profile.h"

#include <sstream>

#include <fmt/format.h>

#include "corpus/embedded_corpus.h"

namespace costlint {
namespace {

std::optional<std::optional<Severity>> parse_severity(std::string_view word) {
  if (word == "error") return Severity::Error;
  if (word == "warning") return Severity::Warning;
  if (word == "note") return Severity::Note;
  if (word == "off") return std::optional<Severity>();
  return std::nullopt;
}

std::optional<PhaseKind> parse_phase(std::string_view word) {
  if (word == "train") return PhaseKind::Train;
  if (word == "tune") return PhaseKind::Tune;
  if (word == "infer") return PhaseKind::Infer;
  return std::nullopt;
}

}  // namespace

std::optional<Severity> Profile::severity_of(RuleCode code) const {
  std::optional<Severity> severity = default_severity(code);
  if (auto it = rules.find(code); it != rules.end())
    severity = it->second;
  else if (others_off && !code_name(code).starts_with("S"))
    severity = std::nullopt;
  if (severity && minimum && *severity < *minimum) severity = minimum;
  return severity;
}

std::optional<Profile> parse_profile(std::string_view text, std::string* error) {
  Profile profile;
  std::istringstream lines{std::string(text)};
  std::string line;
  for (int number = 1; std::getline(lines, line); ++number) {
    if (size_t hash = line.find('#'); hash != std::string::npos) line.resize(hash);
    std::istringstream words(line);
    std::string key;
    if (!(words >> key)) continue;
    std::string rest;
    std::getline(words >> std::ws, rest);
    rest.erase(rest.find_last_not_of(" \t\r") + 1);
    auto fail = [&](std::string why) {
      *error = fmt::format("line {}: {}", number, why);
      return std::nullopt;
    };
    if (key == "name") {
      profile.name = rest;
    } else if (key == "source") {
      profile.source = rest;
    } else if (key == "require") {
      std::istringstream phases(rest);
      for (std::string word; phases >> word;) {
        auto phase = parse_phase(word);
        if (!phase) return fail(fmt::format("unknown phase `{}`", word));
        profile.required[static_cast<size_t>(*phase)] = true;
      }
    } else if (key == "others") {
      if (rest != "off" && rest != "default") return fail("`others` is `off` or `default`");
      profile.others_off = rest == "off";
    } else if (key == "minimum") {
      auto severity = parse_severity(rest);
      if (!severity || !*severity) return fail("`minimum` is `note`, `warning` or `error`");
      profile.minimum = *severity;
    } else if (auto code = find_rule_code(key)) {
      auto severity = parse_severity(rest);
      if (!severity) return fail(fmt::format("unknown severity `{}`", rest));
      profile.rules[*code] = *severity;
    } else {
      return fail(fmt::format("unknown rule or setting `{}`", key));
    }
  }
  return profile;
}

std::optional<Profile> load_profile(std::string_view name, const std::string& data_dir,
                                    std::string* error) {
  auto text = corpus_file(fmt::format("profiles/{}.profile", name), data_dir);
  if (!text) {
    *error = fmt::format("unknown profile `{}`", name);
    return std::nullopt;
  }
  std::string why;
  auto profile = parse_profile(*text, &why);
  if (!profile) *error = fmt::format("profile `{}`: {}", name, why);
  return profile;
}

const std::vector<std::string_view>& profile_names() {
  static const std::vector<std::string_view> names = {"norms", "neurips", "acl", "model-card",
                                                      "strict", "frontier"};
  return names;
}

}  // namespace costlint
