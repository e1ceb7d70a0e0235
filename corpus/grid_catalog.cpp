#include "corpus/grid_catalog.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <functional>
#include <sstream>

#include <fmt/format.h>

#include "ir/edit_distance.h"
#include "corpus/countries.h"
#include "ir/csv_table.h"
#include "ir/text_case.h"
#include "corpus/embedded_corpus.h"

namespace costlint {
namespace {

constexpr std::string_view kGridHeader = "region,provider,country,gco2e_per_kwh,year,source";
constexpr std::string_view kPueHeader = "provider,aliases,pue,year,source";
/// Above any grid's: coal, the dirtiest fuel, emits about 1000 gCO2e/kWh.
constexpr double kMaxIntensity = 2000;
/// Above any data centre's: the industry average was 2.5 in 2007.
constexpr double kMaxPue = 5;
/// The pue.csv row used when nothing says where the work ran.
constexpr std::string_view kDefaultPue = "unknown";

std::string_view trimmed(std::string_view text) {
  auto space = [](char c) { return std::isspace(static_cast<unsigned char>(c)) != 0; };
  while (!text.empty() && space(text.front())) text.remove_prefix(1);
  while (!text.empty() && space(text.back())) text.remove_suffix(1);
  return text;
}

/// A finite number in [low, high], or nothing.
std::optional<double> number_in(const std::string& text, double low, double high) {
  double value = 0;
  auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (text.empty() || error != std::errc() || end != text.data() + text.size() ||
      !std::isfinite(value) || value < low || value > high)
    return std::nullopt;
  return value;
}

/// Calls `row` with each row after the header; stops at the first row it
/// refuses. `--data` may hold anything.
bool read_table(std::string_view csv, std::string_view file, std::string_view header,
                std::string* error, const std::function<bool(const CsvRow&, size_t)>& row) {
  CsvError csv_error;
  std::optional<CsvTable> table = read_csv_table(csv, file, &csv_error);
  if (!table) {
    *error = csv_error.located();
    return false;
  }
  if (!table->header_is(header)) {
    *error = table->error(fmt::format("the header is not {}", header)).located();
    return false;
  }
  for (const CsvRow& r : table->rows)
    if (!row(r, r.line)) {
      if (error->empty()) *error = table->error_at(r, "malformed row").located();
      return false;
    }
  return true;
}

}  // namespace

bool GridCatalog::parse_grid(std::string_view csv, std::string* error) {
  bool have_world = false;
  bool ok = read_table(csv, "grid.csv", kGridHeader, error, [&](const CsvRow& f, size_t line) {
    GridRegion r{f[0], f[1], f[2], 0, 0, f[5]};
    auto intensity = number_in(f[3], 0, kMaxIntensity);
    auto year = number_in(f[4], 1900, 3000);
    bool world = r.region == "WORLD";
    const Country* country = find_country(r.country);
    bool placed = world ? r.country.empty() : country && country->alpha2 == r.country;
    // find() reaches a country's row by its alpha-2 code.
    bool named_as_country =
        world || !r.provider.empty() || folded(r.region) == folded(r.country);
    if (r.region.empty() || !intensity || !year || !placed || !named_as_country) return false;
    r.gco2e_per_kwh = *intensity;
    r.year = static_cast<int>(*year);
    if (!region_by_key_.emplace(folded(r.region), regions_.size()).second) {
      *error = fmt::format("grid.csv:{}: `{}` is listed twice", line, r.region);
      return false;
    }
    if (world) world_ = regions_.size();
    have_world = have_world || world;
    std::vector<std::string> spellings{r.region};
    if (r.provider.empty() && country) spellings.insert(spellings.end(), {country->alpha3, country->name});
    auto& pairs = spellings_.emplace_back();
    for (std::string& spelling : spellings) pairs.emplace_back(folded(spelling), std::move(spelling));
    regions_.push_back(std::move(r));
    return true;
  });
  if (ok && !have_world) *error = "grid.csv: no WORLD row, the figure for an unknown place";
  return ok && have_world;
}

bool GridCatalog::parse_pue(std::string_view csv, std::string* error) {
  bool have_default = false;
  bool ok = read_table(csv, "pue.csv", kPueHeader, error, [&](const CsvRow& f, size_t line) {
    ProviderPue p{f[0], 0, 0, f[4]};
    auto pue = number_in(f[2], 1, kMaxPue);
    auto year = number_in(f[3], 1900, 3000);
    if (p.provider.empty() || !pue || !year) return false;
    p.pue = *pue;
    p.year = static_cast<int>(*year);
    std::vector<std::string> names{p.provider};
    std::istringstream aliases(f[1]);
    for (std::string alias; std::getline(aliases, alias, '|');)
      if (!alias.empty()) names.push_back(alias);
    for (const std::string& name : names)
      if (!pue_by_key_.emplace(folded(name), pues_.size()).second) {
        *error = fmt::format("pue.csv:{}: `{}` is listed twice", line, name);
        return false;
      }
    if (p.provider == kDefaultPue) default_pue_ = pues_.size();
    have_default = have_default || p.provider == kDefaultPue;
    pues_.push_back(std::move(p));
    return true;
  });
  if (ok && !have_default)
    *error = fmt::format("pue.csv: no `{}` row, the default for an unknown data centre",
                         kDefaultPue);
  return ok && have_default;
}

std::optional<GridCatalog> GridCatalog::parse(std::string_view grid_csv,
                                              std::string_view pue_csv, std::string* error) {
  GridCatalog catalog;
  error->clear();
  if (!catalog.parse_grid(grid_csv, error) || !catalog.parse_pue(pue_csv, error))
    return std::nullopt;
  return catalog;
}

std::optional<GridCatalog> GridCatalog::load(const std::string& data_dir, std::string* error) {
  auto grid = corpus_file("grid.csv", data_dir);
  auto pue = corpus_file("pue.csv", data_dir);
  if (!grid || !pue) {
    *error = fmt::format("no {} in the reference data", grid ? "pue.csv" : "grid.csv");
    return std::nullopt;
  }
  return parse(*grid, *pue, error);
}

const GridRegion* GridCatalog::find(std::string_view region) const {
  auto it = region_by_key_.find(folded(trimmed(region)));
  if (it != region_by_key_.end()) return &regions_[it->second];
  const Country* country = find_country(region);
  if (!country) return nullptr;
  it = region_by_key_.find(folded(country->alpha2));
  return it == region_by_key_.end() ? nullptr : &regions_[it->second];
}

std::vector<std::string> GridCatalog::closest(std::string_view region, size_t count) const {
  // Rank each row by its nearest spelling: its code, or a country's alpha-3 or
  // name; a region longer than any typo is compared with nothing.
  if (region.size() > kMaxSuggestedLength) return {};
  std::string key = folded(trimmed(region));
  // In edit_distance's half-steps, as closest_match counts them.
  size_t limit = std::max<size_t>(2, 2 * key.size() / 3);
  std::vector<std::pair<size_t, std::string>> best(regions_.size(), {SIZE_MAX, ""});
  for (size_t i = 0; i < regions_.size(); ++i) {
    for (const auto& [folded_spelling, spelling] : spellings_[i]) {
      // Each character of difference in length is an insertion, two half-steps:
      // a spelling too long or too short to be within the limit is not compared.
      size_t gap = key.size() > spelling.size() ? key.size() - spelling.size()
                                                : spelling.size() - key.size();
      if (2 * gap > limit) continue;
      if (size_t distance = edit_distance(key, folded_spelling); distance < best[i].first)
        best[i] = {distance, spelling};
    }
  }
  std::stable_sort(best.begin(), best.end(),
                   [](const auto& a, const auto& b) { return a.first < b.first; });
  std::vector<std::string> out;
  for (size_t i = 0; i < best.size() && i < count && best[i].first <= limit; ++i)
    out.push_back(best[i].second);
  return out;
}

const ProviderPue* GridCatalog::pue_for(std::string_view provider) const {
  auto it = pue_by_key_.find(folded(trimmed(provider)));
  return it == pue_by_key_.end() ? nullptr : &pues_[it->second];
}

}  // namespace costlint
