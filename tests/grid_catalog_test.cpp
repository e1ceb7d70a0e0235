#include <doctest/doctest.h>

#include "lint/driver.h"
#include "corpus/grid_catalog.h"

using namespace costlint;

namespace {

const GridCatalog& corpus() { return embedded_reference().grid; }

constexpr std::string_view kGridHeader = "region,provider,country,gco2e_per_kwh,year,source\n";
constexpr std::string_view kWorld = "WORLD,,,475,2018,s\n";
constexpr std::string_view kPue = "provider,aliases,pue,year,source\nunknown,,1.56,2024,s\n";

/// Why `grid` (rows after the header) and `pue` do not parse, or "" when they do.
std::string grid_error(std::string_view rows, std::string_view pue = kPue) {
  std::string error;
  bool parsed = GridCatalog::parse(std::string(kGridHeader) + std::string(rows), pue, &error)
                    .has_value();
  return parsed ? "" : error;
}

}  // namespace

TEST_CASE("grid: a country is found by its code, alpha-3 code or name, in any case") {
  const GridRegion* france = corpus().find("FR");
  REQUIRE(france);
  CHECK(france->region == "FR");
  CHECK(france->provider.empty());
  CHECK(france->country == "FR");
  CHECK(france->gco2e_per_kwh == doctest::Approx(56.039));
  CHECK(france->year == 2023);
  CHECK(france->source.starts_with("Our World in Data via CodeCarbon"));
  for (std::string_view spelling : {"fr", "FRA", "France", " france ", "FR/Île-de-France"})
    CHECK(corpus().find(spelling) == france);
}

TEST_CASE("grid: a cloud region gives its provider, country and intensity") {
  const GridRegion* virginia = corpus().find("us-east-1");
  REQUIRE(virginia);
  CHECK(virginia->provider == "aws");
  CHECK(virginia->country == "US");
  CHECK(virginia->gco2e_per_kwh == doctest::Approx(308));
  CHECK(virginia->year == 2020);
  CHECK(corpus().find("US-EAST-1") == virginia);

  const GridRegion* belgium = corpus().find("europe-west1");
  REQUIRE(belgium);
  CHECK(belgium->provider == "gcp");
  CHECK(belgium->country == "BE");
  CHECK(belgium->gco2e_per_kwh == doctest::Approx(122));

  const GridRegion* netherlands = corpus().find("westeurope");
  REQUIRE(netherlands);
  CHECK(netherlands->provider == "azure");
  CHECK(netherlands->country == "NL");
  // A region in one national grid carries its country's figure.
  CHECK(netherlands->gco2e_per_kwh == corpus().find("NL")->gco2e_per_kwh);
}

TEST_CASE("grid: the world average, and places the table does not know") {
  CHECK(corpus().find("world") == &corpus().world());
  CHECK(corpus().world().gco2e_per_kwh == doctest::Approx(475));
  CHECK(corpus().world().year == 2018);
  CHECK(corpus().find("Atlantis") == nullptr);
  CHECK(corpus().find("AQ") == nullptr);  // Antarctica: a country no source covers
  CHECK(corpus().find("") == nullptr);
  CHECK(corpus().closest("Frnace", 1) == std::vector<std::string>{"France"});
  CHECK(corpus().closest("us-east-1a", 1) == std::vector<std::string>{"us-east-1"});
  CHECK(corpus().closest("Jean Zay", 3).empty());  // no plausible typo
}

TEST_CASE("pue: a provider by its code or alias, and the default for an unknown one") {
  REQUIRE(corpus().pue_for("gcp"));
  CHECK(corpus().pue_for("gcp")->pue == doctest::Approx(1.10));
  CHECK(corpus().pue_for("Google") == corpus().pue_for("gcp"));
  CHECK(corpus().pue_for("AWS")->pue == doctest::Approx(1.14));
  CHECK(corpus().pue_for("Microsoft")->provider == "azure");
  CHECK(corpus().pue_for("university")->provider == "on-premise");
  CHECK(corpus().pue_for("university")->pue == doctest::Approx(1.63));
  CHECK(corpus().pue_for("ovh") == nullptr);
  CHECK(corpus().default_pue().provider == "unknown");
  CHECK(corpus().default_pue().pue == doctest::Approx(1.56));
  CHECK(corpus().default_pue().year == 2024);
}

TEST_CASE("grid: tables from --data are checked row by row") {
  CHECK(grid_error(std::string(kWorld) + "FR,,FR,56,2023,s\nus-x,aws,US,300,2020,s\n") == "");
  CHECK(grid_error("") == "grid.csv: no WORLD row, the figure for an unknown place");
  CHECK(grid_error(std::string(kWorld) + "FR,,FR,5e3,2023,s\n") == "grid.csv:3: malformed row");
  CHECK(grid_error(std::string(kWorld) + "FR,,FR,-1,2023,s\n") == "grid.csv:3: malformed row");
  CHECK(grid_error(std::string(kWorld) + "FR,,FR,56,,s\n") == "grid.csv:3: malformed row");
  CHECK(grid_error(std::string(kWorld) + "FR,,FRA,56,2023,s\n") == "grid.csv:3: malformed row");
  CHECK(grid_error(std::string(kWorld) + "XX,,XX,56,2023,s\n") == "grid.csv:3: malformed row");
  CHECK(grid_error(std::string(kWorld) + "paris,,FR,56,2023,s\n") == "grid.csv:3: malformed row");
  CHECK(grid_error(std::string(kWorld) + "FR,,FR,56,2023\n") == "grid.csv:3: 5 fields; the header has 6");
  CHECK(grid_error(std::string(kWorld) + "FR,,FR,56,2023,s\nfr,,FR,60,2024,s\n") ==
        "grid.csv:4: `fr` is listed twice");
  std::string error;
  CHECK_FALSE(GridCatalog::parse("region,intensity\n", kPue, &error));
  CHECK(error == "grid.csv: the header is not region,provider,country,gco2e_per_kwh,year,source");
}

TEST_CASE("pue: tables from --data are checked row by row") {
  std::string header = "provider,aliases,pue,year,source\n";
  CHECK(grid_error(kWorld, header + "unknown,,1.56,2024,s\ngcp,google,1.1,2023,s\n") == "");
  CHECK(grid_error(kWorld, header + "gcp,,1.1,2023,s\n") ==
        "pue.csv: no `unknown` row, the default for an unknown data centre");
  CHECK(grid_error(kWorld, header + "unknown,,0.9,2024,s\n") == "pue.csv:2: malformed row");
  CHECK(grid_error(kWorld, header + "unknown,,1.5,2024,s\ngcp,Unknown,1.1,2023,s\n") ==
        "pue.csv:3: `Unknown` is listed twice");
  CHECK(grid_error(kWorld, "provider,pue\n") ==
        "pue.csv: the header is not provider,aliases,pue,year,source");
}
