// docs/rules/CODE.md is the rule's metadata rendered: a rule whose page is
// missing or stale fails here (regenerate with scripts/gen-rule-docs).

#include <doctest/doctest.h>

#include <filesystem>

#include "rules/rule.h"
#include "reporters/rule_doc.h"
#include "test_support.h"

using namespace costlint;

TEST_CASE("every rule's page in docs/rules/ is its metadata rendered") {
  for (const Rule* rule : all_rules()) {
    std::string path =
        testing::source_dir() + "/docs/rules/" + std::string(code_name(rule->info.code)) + ".md";
    CAPTURE(path);
    REQUIRE(std::filesystem::exists(path));
    CHECK(testing::read_file(path) == rule_markdown(rule->info));
  }
}

TEST_CASE("every rule documents itself completely") {
  for (const Rule* rule : all_rules()) {
    std::string_view code = code_name(rule->info.code);
    CAPTURE(code);
    CHECK(!rule->info.name.empty());
    CHECK(!rule->info.summary.empty());
    CHECK(rule->info.rationale.find("ource") != std::string_view::npos);  // names its source
    CHECK(!rule->info.example.empty());
    CHECK(!rule->info.fix.empty());
    CHECK(find_rule(rule->info.name) == rule);
  }
}

TEST_CASE("the generated rule codes are the registry's: one rule per code, same name and severity") {
  const std::vector<const Rule*>& rules = all_rules();
  REQUIRE(rules.size() == kRuleCodeCount);
  for (size_t i = 0; i < rules.size(); ++i) {
    const RuleInfo& info = rules[i]->info;
    CAPTURE(code_name(info.code));
    CHECK(static_cast<size_t>(info.code) == i);  // the registry is in code order
    CHECK(rule_name(info.code) == info.name);
    CHECK(default_severity(info.code) == info.severity);
    CHECK(find_rule_code(code_name(info.code)) == info.code);
    CHECK(find_rule_code(info.name) == info.code);
  }
  CHECK_FALSE(find_rule_code("C999"));
}
