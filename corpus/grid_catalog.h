#pragma once
// The reference tables of where a computation's electricity came from
// (corpus/grid.csv: the carbon intensity of a country's or a cloud region's
// grid) and of what a data centre adds to it (corpus/pue.csv: a provider's
// average PUE), so that rules can check a site's region and estimators can
// turn energy into emissions when a paper leaves them out.

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace costlint {

struct GridRegion {
  std::string region;    ///< as a manifest writes it: "FR", "us-east-1", "WORLD"
  std::string provider;  ///< "aws", "azure", "gcp"; empty for a country and the world
  std::string country;   ///< ISO 3166-1 alpha-2; empty for the world
  double gco2e_per_kwh = 0;
  int year = 0;  ///< the year the figure describes
  std::string source;
};

struct ProviderPue {
  std::string provider;  ///< "gcp", "on-premise", "unknown" ...
  double pue = 0;
  int year = 0;
  std::string source;
};

class GridCatalog {
 public:
  /// Parses grid.csv and pue.csv; on a malformed row, returns nothing and says why.
  static std::optional<GridCatalog> parse(std::string_view grid_csv, std::string_view pue_csv,
                                          std::string* error);
  /// The catalog from the corpus (embedded, or `data_dir`).
  static std::optional<GridCatalog> load(const std::string& data_dir, std::string* error);

  /// The row a site's `region` names, whatever its case, or nullptr: a cloud
  /// region code, `WORLD`, or a country by its ISO alpha-2 or alpha-3 code or
  /// English name ("FR", "FRA", "France", "FR/Île-de-France").
  const GridRegion* find(std::string_view region) const;
  /// Up to `count` known spellings closest to `region`, for "did you mean":
  /// only those close enough to be a typo of it (a third of its length).
  std::vector<std::string> closest(std::string_view region, size_t count) const;
  /// The world average: the figure for a site nobody located.
  const GridRegion& world() const { return regions_[world_]; }

  /// The published average PUE of `provider` (a code or an alias such as
  /// "Google", any case), or nullptr.
  const ProviderPue* pue_for(std::string_view provider) const;
  /// The industry average, for a data centre nobody described.
  const ProviderPue& default_pue() const { return pues_[default_pue_]; }

  size_t size() const { return regions_.size(); }
  const std::vector<GridRegion>& regions() const { return regions_; }

 private:
  bool parse_grid(std::string_view csv, std::string* error);
  bool parse_pue(std::string_view csv, std::string* error);

  std::vector<GridRegion> regions_;
  /// Per region, the spellings closest() compares (its code; a country's alpha-3
  /// and name), each as written and folded: found once, not at every typo.
  std::vector<std::vector<std::pair<std::string, std::string>>> spellings_;
  std::map<std::string, size_t, std::less<>> region_by_key_;  ///< lower-case region
  size_t world_ = 0;
  std::vector<ProviderPue> pues_;
  std::map<std::string, size_t, std::less<>> pue_by_key_;  ///< lower-case provider or alias
  size_t default_pue_ = 0;
};

}  // namespace costlint
