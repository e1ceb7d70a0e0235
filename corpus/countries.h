#pragma once
// The countries of ISO 3166-1 (corpus/countries.csv, always the embedded one:
// the codes are a standard, not data a user replaces), so that the regions
// logs and manifests write in different ways can be compared: "FR", "FRA",
// "France", Eco2AI's "FR/Île-de-France".

#include <string>
#include <string_view>

namespace costlint {

struct Country {
  std::string alpha2, alpha3, name;
};

/// The country `text` names, in any case, or nullptr: a code of two or three
/// letters, an English name, or either followed by "/subdivision".
const Country* find_country(std::string_view text);

}  // namespace costlint
