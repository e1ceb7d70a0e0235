#include <doctest/doctest.h>

#include <regex>

#include "grammar/parser.h"
#include "test_support.h"

using namespace costlint;

namespace {
ast::Manifest parse_ok(std::string_view text) {
  ParseResult result = parse_manifest(text);
  if (result.error) FAIL(result.error->message);
  return std::move(result.manifest);
}

const ast::Field& only_field(const ast::Manifest& m) {
  REQUIRE(m.blocks.size() == 1);
  REQUIRE(m.blocks[0].fields.size() == 1);
  return m.blocks[0].fields[0];
}
}  // namespace

TEST_CASE("every example of MANIFEST.md parses" * testing::needs_shared()) {
  auto shared = testing::shared_dir();
  REQUIRE(shared);
  std::string doc = testing::read_file(*shared + "/design/MANIFEST.md");
  std::regex block("```\\n(costlint 1[^`]*)```");
  int examples = 0;
  for (std::sregex_iterator it(doc.begin(), doc.end(), block), end; it != end; ++it) {
    ParseResult result = parse_manifest((*it)[1].str());
    CHECK_MESSAGE(!result.error, (result.error ? result.error->message : ""));
    ++examples;
  }
  CHECK(examples >= 1);
}

TEST_CASE("the shipped examples parse") {
  ParseResult result =
      parse_manifest(testing::read_file(testing::source_dir() + "/corpus/examples/tabular.cost"));
  CHECK_FALSE(result.error);
  CHECK(result.manifest.blocks.size() == 5);
  CHECK(result.manifest.hardware.size() == 2);
}

TEST_CASE("strings unescape") {
  auto m = parse_ok("paper { title = \"a \\\"b\\\" \\\\ \\n\\t \\u{b1}\" }");
  CHECK(only_field(m).value.text == "a \"b\" \\ \n\t \xC2\xB1");
}

TEST_CASE("numbers take underscores, exponents and uncertainties") {
  auto m = parse_ok("paper { year = 6_000.5e-1 +- 2 }");
  const ast::Expr& e = *only_field(m).value.expr;
  CHECK(e.number == doctest::Approx(600.05));
  CHECK(e.uncertainty == 2);
}

TEST_CASE("arithmetic binds `*` and `/` tighter than `+` and `-`") {
  auto m = parse_ok("paper { year = 1 + 2 * 3 - 4 }");
  const ast::Expr& e = *only_field(m).value.expr;
  REQUIRE(e.kind == ast::Expr::Kind::Binary);
  CHECK(e.op == '-');
  CHECK(e.lhs->op == '+');
  CHECK(e.lhs->rhs->op == '*');
}

TEST_CASE("a unit reads `.`, `/` and `^N`, a spaced `/ (` is arithmetic") {
  auto m = parse_ok("paper { year = 3 Wh / (1000 token) }");
  const ast::Expr& e = *only_field(m).value.expr;
  CHECK(e.op == '/');
  REQUIRE(e.lhs->unit);
  CHECK(e.lhs->unit->factors.size() == 1);

  auto units = parse_ok("paper { year = 5 J/sample.s^-2 }");
  const auto& factors = only_field(units).value.expr->unit->factors;
  REQUIRE(factors.size() == 3);
  CHECK(factors[1].symbol == "sample");
  CHECK(factors[1].exponent == -1);
  CHECK(factors[2].exponent == -2);
}

TEST_CASE("device pools take `x` or `×`") {
  auto m = parse_ok("hardware a = 8 x \"A100\"\nhardware b = 2 \xC3\x97 \"V100\"\n");
  REQUIRE(m.hardware.size() == 2);
  CHECK(m.hardware[0].pool.pool.count == 8);
  CHECK(m.hardware[1].pool.pool.model == "V100");
}

TEST_CASE("statements end at a newline or a semicolon, blocks may sit on one line") {
  auto m = parse_ok("model m { train { duration = 4 min; energy = 1 kWh } ; infer { }\n}");
  REQUIRE(m.blocks[0].phases.size() == 2);
  CHECK(m.blocks[0].phases[0].fields.size() == 2);
}

TEST_CASE("suppressions are read from comments") {
  auto m = parse_ok(
      "# costlint: ignore E201, E202 -- energy was not metered\n"
      "paper { title = \"t\" }  # costlint: ignore D701\n"
      "# costlint: ignor E201\n");
  REQUIRE(m.suppressions.size() == 3);
  CHECK(m.suppressions[0].rules == std::vector<std::string>{"E201", "E202"});
  CHECK(m.suppressions[0].reason == "energy was not metered");
  CHECK(m.suppressions[0].own_line);
  CHECK(m.suppressions[1].rules == std::vector<std::string>{"D701"});
  CHECK(m.suppressions[1].reason.empty());
  CHECK_FALSE(m.suppressions[1].own_line);
  CHECK(m.suppressions[2].rules.empty());  // malformed: kept, silences nothing
}

TEST_CASE("keywords are not reserved as field names") {
  auto m = parse_ok("model m { score = 1; train = 2; evidence = 3 }");
  CHECK(m.blocks[0].fields.size() == 3);
}

TEST_CASE("ranges cover what they name") {
  std::string text = "model m {\n  train { energy = ~41.2 kWh }\n}";
  auto m = parse_ok(text);
  const ast::Block& train = m.blocks[0].phases[0];
  CHECK(text.substr(train.keyword_range.begin, 5) == "train");
  const ast::Value& value = train.fields[0].value;
  CHECK(text.substr(value.range.begin, value.range.end - value.range.begin) == "~41.2 kWh");
  CHECK(value.expr->estimated);
}
