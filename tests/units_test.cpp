#include <doctest/doctest.h>

#include <cmath>
#include <limits>

#include "ir/quantity_format.h"
#include "ir/units.h"
#include "ir/disclosure.h"
#include "test_support.h"

using namespace costlint;

namespace {
// The first declared quantity of the `train` phase of `model m`.
Fact train_fact(const std::string& field_line, Quantity quantity) {
  std::unique_ptr<SourceFile> file;
  Disclosure d = testing::resolve_clean(
      "costlint 1\nmodel m {\n  train {\n    " + field_line + "\n  }\n}\n", file);
  REQUIRE(d.systems.size() == 1);
  REQUIRE(d.systems[0].phase(PhaseKind::Train));
  const auto& fact = (*d.systems[0].phase(PhaseKind::Train))[quantity].declared;
  REQUIRE(fact);
  return *fact;
}
}  // namespace

TEST_CASE("dimensions have readers' names and canonical units") {
  CHECK(dim::energy.name() == "energy");
  CHECK((dim::energy / dim::time).name() == "power");
  CHECK((dim::device * dim::time).name() == "device-time");
  CHECK((dim::device * dim::time).canonical_unit() == "device.s");
  CHECK((dim::energy / dim::item).canonical_unit() == "J/item");
  CHECK((dim::bytes * dim::bytes).name() == "bytes^2");
  CHECK((dim::item / dim::bytes).name() == "items per bytes");
  CHECK(dim::count.is_count());
}

TEST_CASE("the unit table is case-sensitive") {
  REQUIRE(find_unit("kWh"));
  CHECK(find_unit("kWh")->scale == 3.6e6);
  CHECK(find_unit("kwh") == nullptr);
  CHECK(find_unit("MiB")->scale == 1048576.0);
  CHECK(count_suffix("B") == 1e9);
  CHECK(count_suffix("G") == 0);
}

TEST_CASE("quantities are kept in canonical units") {
  CHECK(train_fact("energy = 41.2 kWh", Quantity::Energy).value == doctest::Approx(41.2 * 3.6e6));
  CHECK(train_fact("duration = 90 min", Quantity::Duration).value == 5400);
  CHECK(train_fact("memory = 31 GiB", Quantity::Memory).value == 31.0 * (1 << 30));
  CHECK(train_fact("compute = 2.5 PF.day", Quantity::Compute).value == doctest::Approx(2.16e20));
  CHECK(train_fact("emissions = 0.5 tCO2e", Quantity::Emissions).value == 5e5);
  CHECK(train_fact("samples = 6_000", Quantity::Samples).value == 6000);
  CHECK(train_fact("tokens = 300 B", Quantity::Tokens).value == 3e11);
  CHECK(train_fact("cost = 1200 USD", Quantity::Cost).dimension == dim::usd);
}

TEST_CASE("arithmetic combines values and dimensions") {
  Fact compute = train_fact("compute = 60 * 0.9 GPU.h", Quantity::Compute);
  CHECK(compute.value == doctest::Approx(54 * 3600));
  CHECK(compute.dimension == dim::device * dim::time);

  Fact per_token = train_fact("energy = 3 Wh / (1000 token)", Quantity::Energy);
  CHECK(per_token.value == doctest::Approx(10.8));
  CHECK(per_token.dimension == dim::energy / dim::item);

  Fact sum = train_fact("duration = 6.5 h - 30 min", Quantity::Duration);
  CHECK(sum.value == 6 * 3600);

  Fact powered = train_fact("latency = 3 ms.sample^-1", Quantity::Latency);
  CHECK(powered.dimension == dim::time / dim::item);
}

TEST_CASE("uncertainty becomes an interval, with the unit once or twice") {
  Fact once = train_fact("energy = 41.2 ± 0.5 kWh", Quantity::Energy);
  REQUIRE(once.interval);
  CHECK(once.interval->low == doctest::Approx(40.7 * 3.6e6));
  CHECK(once.interval->high == doctest::Approx(41.7 * 3.6e6));

  Fact twice = train_fact("energy = 41.2 kWh +- 500 Wh", Quantity::Energy);
  REQUIRE(twice.interval);
  CHECK(twice.interval->high == doctest::Approx(41.7 * 3.6e6));

  // Relative uncertainties of a product add in quadrature.
  Fact product = train_fact("compute = (10 ± 3 GPU) * (2 ± 0.8 h)", Quantity::Compute);
  REQUIRE(product.interval);
  CHECK(product.interval->high - product.value == doctest::Approx(20 * 3600 * 0.5));
}

TEST_CASE("a `~` anywhere marks the figure as estimated") {
  CHECK(train_fact("energy = ~38 kWh", Quantity::Energy).origin == Origin::Estimated);
  CHECK(train_fact("energy = 2 * ~19 kWh", Quantity::Energy).origin == Origin::Estimated);
  CHECK(train_fact("energy = 38 kWh", Quantity::Energy).origin == Origin::Declared);
}

TEST_CASE("numbers print with three significant digits, and never throw") {
  CHECK(format_number(41.2) == "41.2");
  CHECK(format_number(0.0021) == "0.0021");
  CHECK(format_number(3.1e21) == "3.1e21");
  CHECK(format_number(-2.5e-7) == "-2.5e-7");
  CHECK(format_number(1e308) == "1e308");
  CHECK(format_number(std::numeric_limits<double>::infinity()) == "∞");
  CHECK(format_number(-std::numeric_limits<double>::infinity()) == "-∞");
  CHECK(format_number(std::nan("")) == "NaN");
  CHECK(format_quantity(std::numeric_limits<double>::infinity(), dim::energy) == "∞ GWh");
  CHECK(format_factor(3.24) == "3.2×");
}

TEST_CASE("a carbon intensity is written as grids publish it, in gCO2e/kWh") {
  CHECK(format_quantity(429 / 3.6e6, dim::co2e / dim::energy) == "429 gCO2e/kWh");
}

TEST_CASE("a list of names shows five and counts the rest") {
  CHECK(name_list({"a"}) == "`a`");
  CHECK(name_list({"a", "b"}) == "`a` and `b`");
  CHECK(name_list({"a", "b", "c", "d", "e", "f", "g"}) == "`a`, `b`, `c`, `d`, `e` and 2 others");
}

TEST_CASE("a ratio reads as a comparison") {
  CHECK(format_ratio(8.93) == "8.9×");
  CHECK(format_ratio(1 / 210.0) == "210× less than");
}
