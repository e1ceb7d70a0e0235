#include "corpus/countries.h"

#include <algorithm>
#include <cctype>
#include <vector>

#include "ir/csv_line.h"
#include "corpus/embedded_corpus.h"

namespace costlint {
namespace {

std::string folded(std::string_view text) {
  std::string out(text);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

const std::vector<Country>& countries() {
  static const std::vector<Country> table = [] {
    std::vector<Country> rows;
    std::string text = corpus_file("countries.csv").value_or("");
    std::string_view rest = text;
    bool header = true;
    while (!rest.empty()) {
      size_t end = std::min(rest.find('\n'), rest.size());
      std::string_view line = rest.substr(0, end);
      rest.remove_prefix(std::min(end + 1, rest.size()));
      if (line.empty() || line.starts_with('#')) continue;
      if (header) { header = false; continue; }
      std::vector<std::string> fields = split_csv_line(line);
      if (fields.size() == 3) rows.push_back({fields[0], fields[1], fields[2]});
    }
    return rows;
  }();
  return table;
}

}  // namespace

const Country* find_country(std::string_view text) {
  text = text.substr(0, text.find('/'));
  while (!text.empty() && std::isspace(static_cast<unsigned char>(text.back()))) text.remove_suffix(1);
  while (!text.empty() && std::isspace(static_cast<unsigned char>(text.front()))) text.remove_prefix(1);
  std::string key = folded(text);
  if (key.empty()) return nullptr;
  for (const Country& country : countries())
    if (key == folded(country.alpha2) || key == folded(country.alpha3) || key == folded(country.name))
      return &country;
  return nullptr;
}

}  // namespace costlint
