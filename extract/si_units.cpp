#include "extract/si_units.h"

#include <array>
#include <string>
#include <utility>

#include "ir/text_case.h"

namespace costlint::extract {
namespace {

/// siunitx's unit macros, as symbols.
constexpr std::array<std::pair<std::string_view, std::string_view>, 24> kSiUnits = {{
    {"kilo", "k"}, {"mega", "M"}, {"giga", "G"}, {"tera", "T"}, {"peta", "P"},
    {"exa", "E"}, {"milli", "m"}, {"micro", "µ"}, {"watt", "W"}, {"hour", "h"},
    {"joule", "J"}, {"second", "s"}, {"minute", "min"}, {"day", "d"}, {"gram", "g"},
    {"tonne", "t"}, {"byte", "B"}, {"bit", "b"}, {"percent", "%"}, {"per", "/"},
    {"kWh", "kWh"}, {"flop", "FLOP"}, {"metre", "m"}, {"hertz", "Hz"},
}};

}  // namespace

void add_si_unit(std::string_view unit, size_t from, PlainText& out) {
  // A time alone, in words: `\qty{2.5}{\day}` is 2.5 days, where a `d` alone would say too little.
  for (std::string_view time : {"day", "hour", "minute", "second"})
    if (unit.size() == time.size() + 1 && unit.front() == '\\' && unit.substr(1) == time) {
      out.add(std::string(time) + "s", static_cast<uint32_t>(from));
      return;
    }
  for (size_t j = 0; j < unit.size();) {
    if (unit[j] != '\\') {
      if (unit[j] != ' ' && unit[j] != '{' && unit[j] != '}' && unit[j] != '~' && unit[j] != '.')
        out.add(unit.substr(j, 1), static_cast<uint32_t>(from + j));
      ++j;
      continue;
    }
    size_t k = j + 1;
    while (k < unit.size() && ascii_letter(unit[k])) ++k;
    std::string_view macro = unit.substr(j + 1, k - j - 1);
    for (const auto& [si, symbol] : kSiUnits)
      if (macro == si) out.add(symbol, static_cast<uint32_t>(from + j));
    j = k;
  }
}

}  // namespace costlint::extract
