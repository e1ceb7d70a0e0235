#include "corpus/countries.h"

#include <algorithm>
#include <cctype>
#include <vector>

#include "ir/csv_table.h"
#include "ir/text_case.h"
#include "corpus/embedded_corpus.h"

namespace costlint {
namespace {

const std::vector<Country>& countries() {
  static const std::vector<Country> table = [] {
    std::vector<Country> rows;
    CsvError error;
    auto csv = read_csv_table(corpus_file("countries.csv").value_or(""), "countries.csv", &error);
    // Embedded, not user data: a broken table places no grid row, which the grid tests catch.
    if (csv && csv->header_is("alpha2,alpha3,name"))
      for (const CsvRow& row : csv->rows) rows.push_back({row[0], row[1], row[2]});
    return rows;
  }();
  return table;
}

}  // namespace

const Country* find_country(std::string_view text) {
  text = text.substr(0, text.find('/'));
  while (!text.empty() && std::isspace(static_cast<unsigned char>(text.back()))) text.remove_suffix(1);
  while (!text.empty() && std::isspace(static_cast<unsigned char>(text.front()))) text.remove_prefix(1);
  if (text.empty()) return nullptr;
  for (const Country& country : countries())
    if (same_folded(text, country.alpha2) || same_folded(text, country.alpha3) ||
        same_folded(text, country.name))
      return &country;
  return nullptr;
}

}  // namespace costlint
