// The JSON every report writes: nlohmann's layout, each number in its shortest
// decimal form, and derived figures rounded to the digits that mean something.

#include <doctest/doctest.h>

#include "reporters/json_values.h"
#include "reporters/json_writer.h"

using namespace costlint;
using Json = nlohmann::ordered_json;

TEST_CASE("json writer: nlohmann's layout, numbers as short as they read back") {
  Json value = {{"name", "a \"quoted\" \u00e9"},
                {"flop", 8.4e22},  // nlohmann's dump writes 8.399999999999999e+22
                {"count", 3},
                {"share", 1.0},
                {"empty", Json::object()},
                {"list", {1.5, nullptr, true, Json::array()}},
                {"nested", {{"x", -0.25}}}};
  std::string written = json::write_json(value);
  CHECK(written.find("\"flop\": 8.4e+22") != std::string::npos);
  CHECK(written.find("\"share\": 1.0") != std::string::npos);
  // Whatever it writes reads back to the same value.
  CHECK(Json::parse(written) == value);
  // And but for the numbers, it is dump(2) byte for byte.
  Json integral = {{"a", {1, 2}}, {"b", {{"c", "d"}}}, {"e", Json::array()}, {"f", nullptr}};
  CHECK(json::write_json(integral) == integral.dump(2));
}

TEST_CASE("json writer: derived figures to four digits, stated ones to ten") {
  CHECK(json::significant(2.3333333333333335, json::kDerivedDigits) == 2.333);
  CHECK(json::significant(0.18549999999999994, json::kReportDigits) == 0.1855);
  CHECK(json::significant(6738415616.0, json::kReportDigits) == 6738415616.0);  // kept whole
  Json tree = {{"x", 1.0000000000000002}, {"y", {0.30000000000000004}}, {"n", 7}};
  json::round_numbers(tree);
  CHECK(json::write_json(tree).find("0.3\n") != std::string::npos);
  CHECK(tree["x"] == 1.0);
  CHECK(tree["n"] == 7);
}
