#include <doctest/doctest.h>

#include "ir/edit_distance.h"

using costlint::closest_match;
using costlint::edit_distance;

TEST_CASE("edit distance counts a swap as one edit and a case change as half") {
  CHECK(edit_distance("model", "model") == 0);
  CHECK(edit_distance("modle", "model") == 2);
  CHECK(edit_distance("kwh", "kWh") == 1);
  CHECK(edit_distance("", "abc") == 6);
}

TEST_CASE("closest match suggests plausible typos only") {
  std::vector<std::string_view> units = {"Wh", "kWh", "MWh", "h"};
  CHECK(closest_match("kwh", units) == "kWh");
  CHECK(closest_match("duraton", {"duration", "energy"}) == "duration");
  CHECK_FALSE(closest_match("energy", {"duration", "memory"}));
  CHECK_FALSE(closest_match("kWh", {"kWh"}));  // an exact match is no suggestion
}
